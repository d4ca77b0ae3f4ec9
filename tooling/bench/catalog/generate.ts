// Generated catalog rows, shaped as the tables (snake_case columns) so that they load with
// jsonb_populate_recordset. Deterministic text from a seeded generator; ids are random UUIDs.
import { randomUUID } from 'node:crypto';
import type { OfferType, Region } from '@marketplace/domain';
import {
  ADJECTIVES,
  AUDIENCES,
  BENEFITS,
  CATEGORIES,
  COMPANIES,
  EDITIONS,
  FEATURES,
  NOUNS,
  TECHNOLOGIES,
} from './words.ts';

type Row = Record<string, unknown>;
export type Batch = { products: Row[]; offers: Row[]; versions: Row[]; copies: Row[] };

/** mulberry32: small, fast, good enough to pick words. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(20261125);
/** A skew above 1 favours the first items, as real catalogs have popular words and sellers. */
function pick<T>(list: readonly T[], skew = 1): T {
  return list[Math.floor(list.length * random() ** skew)] as T;
}
const chance = (p: number) => random() < p;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const hex = (length: number) => Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

const NOW = Date.parse('2026-11-25T12:00:00Z');
const DAY = 86_400_000;

export type Seller = { id: string; name: string };

export function generateSellers(count: number): {
  sellers: Seller[];
  organizations: Row[];
  showcases: Row[];
} {
  const sellers: Seller[] = [];
  const organizations: Row[] = [];
  const showcases: Row[] = [];
  for (let i = 0; i < count; i++) {
    const company = `${COMPANIES[i % COMPANIES.length]}${i >= COMPANIES.length ? ` ${Math.floor(i / COMPANIES.length) + 1}` : ''}`;
    const id = randomUUID();
    const created = new Date(NOW - (800 + i) * DAY).toISOString();
    const domain = `${slug(company)}.example`;
    sellers.push({ id, name: company });
    organizations.push({
      id,
      name: `${company} SAS`,
      types: ['seller'],
      region: 'cloudgouv-eu-west-1',
      language: i % 3 === 0 ? 'en' : 'fr',
      state: 'validated',
      outscale_account_id: String(900_000_000_000 + i),
      outscale_email: `admin@${domain}`,
      access_key: `AKBENCH${String(i).padStart(13, '0')}`,
      secret_key_encrypted: 'not-a-real-key',
      created_at: created,
      updated_at: created,
      validated_at: created,
    });
    showcases.push({
      id: randomUUID(),
      organization_id: id,
      company_name: company,
      logo_url: null,
      short_description: { en: `${company} on OUTSCALE.`, fr: `${company} sur OUTSCALE.` },
      description: {
        en: `${company} publishes cloud software for ${pick(AUDIENCES)[0]}.`,
        fr: `${company} publie des logiciels cloud pour ${pick(AUDIENCES)[1]}.`,
      },
      website: `https://${domain}`,
      contact_email: `sales@${domain}`,
      support_contact: `support@${domain}`,
      published_at: created,
      created_at: created,
      updated_at: created,
    });
  }
  return { sellers, organizations, showcases };
}

function texts() {
  const tech = pick(TECHNOLOGIES, 1.4);
  const [nounEn, nounFr, gender] = pick(NOUNS, 1.2);
  const adjective = chance(0.7) ? pick(ADJECTIVES, 1.3) : undefined;
  const adjectiveFr = adjective ? (gender === 'm' ? adjective[1] : adjective[2]) : undefined;
  const edition = chance(0.3) ? pick(EDITIONS) : undefined;
  const audience = pick(AUDIENCES, 1.2);
  const [f1, f2, f3] = [pick(FEATURES, 1.3), pick(FEATURES, 1.3), pick(FEATURES)];
  const benefit = pick(BENEFITS);
  const other = pick(TECHNOLOGIES);
  const sentences: [string, string][] = [
    [
      `Deploy ${tech} in minutes on OUTSCALE, with ${f1[0]} and ${f2[0]}.`,
      `Déployez ${tech} en quelques minutes sur OUTSCALE, avec ${f1[1]} et ${f2[1]}.`,
    ],
  ];
  if (chance(0.8))
    sentences.push([
      `Built for ${audience[0]} who need ${benefit[0]}.`,
      `Conçu pour ${audience[1]} qui recherchent ${benefit[1]}.`,
    ]);
  if (chance(0.5))
    sentences.push([
      `Includes ${f3[0]}, monthly updates and support by our engineers in Paris.`,
      `Comprend ${f3[1]}, des mises à jour mensuelles et le support de nos ingénieurs à Paris.`,
    ]);
  if (chance(0.3))
    sentences.push([
      'Data stays in France, in a SecNumCloud-qualified region.',
      'Les données restent en France, dans une région qualifiée SecNumCloud.',
    ]);
  if (chance(0.25))
    sentences.push([
      `Our team helps you migrate from an existing ${other} installation.`,
      `Notre équipe vous accompagne dans la migration depuis une installation ${other} existante.`,
    ]);
  return {
    name: {
      en: [adjective?.[0], tech, nounEn, edition?.[0]].filter(Boolean).join(' '),
      fr: capitalize([nounFr, tech, adjectiveFr, edition?.[1]].filter(Boolean).join(' ')),
    },
    short_description: {
      en: `${adjective?.[0] ?? 'Ready-to-use'} ${tech} ${nounEn.toLowerCase()} for ${audience[0]}.`,
      fr: `${capitalize(nounFr)} ${tech} ${adjectiveFr ?? (gender === 'm' ? 'prêt à l’emploi' : 'prête à l’emploi')} pour ${audience[1]}.`,
    },
    description: {
      en: sentences.map((s) => s[0]).join(' '),
      fr: sentences.map((s) => s[1]).join(' '),
    },
  };
}

function terms(type: OfferType, premium: boolean) {
  const cents = (base: number) => ({ amount: base * (premium ? 3 : 1), currency: 'EUR' });
  switch (type) {
    case 'hourly':
      return {
        type,
        prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: cents(4 + Math.floor(random() * 40)) }],
      };
    case 'free':
      return { type };
    case 'byol':
      return { type, licenceUrl: 'https://licences.example/terms' };
    case 'subscription':
      return {
        type,
        price: cents(1000 + Math.floor(random() * 20) * 500),
        commitmentMonths: 12,
        billingFrequency: 'monthly',
      };
  }
}

const OFFER_MIX: OfferType[] = [
  'hourly',
  'hourly',
  'hourly',
  'subscription',
  'subscription',
  'free',
  'free',
  'byol',
  'byol',
];

/** `count` products of the given sellers (popular sellers have more), with offers, versions and copies. */
export function generateProducts(sellers: Seller[], count: number): Batch {
  const batch: Batch = { products: [], offers: [], versions: [], copies: [] };
  for (let i = 0; i < count; i++) {
    const seller = pick(sellers, 1.5);
    const id = randomUUID();
    const kind = chance(0.65) ? 'omi' : 'managed';
    const state = chance(0.96) ? 'published' : chance(0.5) ? 'draft' : 'unpublished';
    const created = NOW - Math.floor(random() * 700) * DAY;
    const publishedAt = state === 'draft' ? null : new Date(created + Math.floor(random() * 30) * DAY);
    const r = random();
    const regions: Region[] =
      kind === 'managed'
        ? []
        : r < 0.55
          ? ['cloudgouv-eu-west-1', 'eu-west-2']
          : r < 0.9
            ? ['cloudgouv-eu-west-1']
            : ['eu-west-2'];
    const categories = [...new Set([pick(CATEGORIES, 1.2), ...(chance(0.4) ? [pick(CATEGORIES)] : [])])];
    const domain = `${slug(seller.name)}.example`;
    batch.products.push({
      id,
      organization_id: seller.id,
      kind,
      state,
      ...texts(),
      categories,
      regions,
      support_contact: `support@${domain}`,
      documentation_url: `https://docs.${domain}/${i}`,
      external_url: kind === 'managed' ? `https://app.${domain}/` : null,
      licence: null,
      deployment_template: null,
      operating_system: kind === 'omi' ? 'Linux' : null,
      architecture: kind === 'omi' ? 'x86_64' : null,
      recommended_vm_types: kind === 'omi' ? ['tinav6.c2r4p2'] : [],
      logo_url: null,
      screenshot_urls: [],
      product_code: state === 'draft' ? null : `pty-${hex(8)}`,
      published_at: publishedAt?.toISOString() ?? null,
      created_at: new Date(created).toISOString(),
      updated_at: new Date(created).toISOString(),
    });

    // Every offer of a product has the same type (domain: sharesPricingMode).
    const type = pick(OFFER_MIX);
    const offers = chance(0.3) ? 2 : 1;
    for (let position = 0; position < offers; position++) {
      batch.offers.push({
        id: randomUUID(),
        product_id: id,
        type,
        title: position === 0 ? { en: 'Standard', fr: 'Standard' } : { en: 'Premium', fr: 'Premium' },
        description:
          position === 0
            ? { en: 'Community support.', fr: 'Support communautaire.' }
            : { en: 'Support on business days.', fr: 'Support les jours ouvrés.' },
        target: 'all',
        recommended_vms:
          kind === 'omi' ? [{ cpuGeneration: 'v6', vCpus: 2, memoryGiB: 4, performance: 'high' }] : [],
        terms: terms(type, position > 0),
        position,
        created_at: new Date(created).toISOString(),
      });
    }

    if (kind === 'omi') {
      const visibility = type === 'hourly' || type === 'subscription' ? 'private' : 'public';
      const versions = state === 'draft' ? 1 : 1 + Math.floor(random() * 3);
      for (let v = 0; v < versions; v++) {
        const versionId = randomUUID();
        const latest = v === versions - 1;
        const versionState =
          state === 'draft' ? 'draft' : latest || chance(0.6) ? 'available' : 'unpublished';
        const at = new Date(created + v * 20 * DAY).toISOString();
        const sources = regions.map((region) => ({ region, imageId: `ami-${hex(8)}` }));
        batch.versions.push({
          id: versionId,
          product_id: id,
          name: `${2 + Math.floor(i / 30_000)}.${v}.${Math.floor(random() * 5)}`,
          release_notes: { en: `Version ${v + 1}.`, fr: `Version ${v + 1}.` },
          sources,
          state: versionState,
          published_at: versionState === 'draft' ? null : at,
          unpublished_at: versionState === 'unpublished' ? at : null,
          created_at: at,
          updated_at: at,
        });
        if (versionState === 'draft') continue;
        for (const source of sources) {
          batch.copies.push({
            id: randomUUID(),
            version_id: versionId,
            region: source.region,
            source_image_id: source.imageId,
            image_id: versionState === 'available' ? `ami-${hex(8)}` : null,
            state: versionState === 'available' ? 'available' : 'deleted',
            progress: 100,
            visibility,
            error: null,
            created_at: at,
            updated_at: at,
          });
        }
      }
    }
  }
  return batch;
}
