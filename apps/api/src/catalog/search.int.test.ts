import { ImageCopy, Offer, type Orm, Product, Showcase, Version } from '@marketplace/db';
import type { OfferType, ProductKind, Text } from '@marketplace/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

type SearchResult = {
  items: {
    id: string;
    name: string;
    sellerName: string;
    offerTypes: string[];
    latestVersions: { region: string; version: string }[];
  }[];
  facets: Record<string, { value: string; count: number }[]>;
  sellers: { id: string; name: string }[];
  total: number;
  nextCursor: string | null;
};

/** A product as publication leaves it: published, with an available version copied in its regions. */
async function catalogProduct(
  orm: Orm,
  organizationId: string,
  options: {
    name: Text;
    description?: Text;
    kind?: ProductKind;
    offer?: OfferType;
    state?: 'published' | 'draft';
    versionAvailable?: boolean;
  },
) {
  const em = orm.em.fork();
  const product = em.create(Product, {
    organization: organizationId,
    kind: options.kind ?? 'omi',
    state: options.state ?? 'published',
    name: options.name,
    shortDescription: options.description ?? { en: '', fr: '' },
    description: options.description ?? { en: '', fr: '' },
    categories: ['security'],
    regions: ['cloudgouv-eu-west-1'],
    supportContact: 'support@example.com',
    recommendedVmTypes: [],
    screenshotUrls: [],
    publishedAt: new Date(),
  });
  const type = options.offer ?? 'free';
  em.create(Offer, { product, type, title: { en: type, fr: type }, terms: { type } as never });
  if ((options.kind ?? 'omi') === 'omi') {
    const version = em.create(Version, {
      product,
      name: '2.1.0',
      releaseNotes: { en: '', fr: '' },
      sources: [{ region: 'cloudgouv-eu-west-1', imageId: 'ami-00000001' }],
      state: options.versionAvailable === false ? 'publishing' : 'available',
      publishedAt: new Date(),
    });
    em.create(ImageCopy, {
      version,
      region: 'cloudgouv-eu-west-1',
      sourceImageId: 'ami-00000001',
      imageId: 'ami-10000001',
      state: options.versionAvailable === false ? 'copying' : 'available',
      visibility: 'public',
    });
  }
  await em.flush();
  return product.id;
}

describe('the public catalog search', () => {
  let marketplace: TestMarketplace;
  const visitor = () => new HttpClient(marketplace.url);
  const ids: Record<string, string> = {};
  let sellerId = '';

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const orm = marketplace.services.orm;
    const seller = await createMember(orm, { types: ['seller'] });
    const em = orm.em.fork();
    em.create(Showcase, {
      organization: seller.organization.id,
      companyName: 'Forge Appliances',
      shortDescription: { en: 'x', fr: 'x' },
      description: { en: 'x', fr: 'x' },
      contactEmail: 'sales@forge.example',
      supportContact: 'support@forge.example',
      publishedAt: new Date(),
    });
    await em.flush();
    const org = seller.organization.id;
    sellerId = org;
    ids.french = await catalogProduct(orm, org, {
      name: { en: '', fr: 'Coffre-fort numérique' },
      description: { en: '', fr: 'Sauvegarde chiffrée et sécurisée des réseaux d’entreprise.' },
      offer: 'subscription',
    });
    ids.gitlab = await catalogProduct(orm, org, {
      name: { en: 'GitLab appliance', fr: 'Appliance GitLab' },
      description: { en: 'Self-hosted DevOps platform.', fr: 'Plateforme DevOps auto-hébergée.' },
      offer: 'hourly',
    });
    ids.managed = await catalogProduct(orm, org, {
      name: { en: 'Managed PostgreSQL', fr: 'PostgreSQL infogéré' },
      description: { en: 'Databases run for you.', fr: 'Des bases de données opérées pour vous.' },
      kind: 'managed',
      offer: 'subscription',
    });
    ids.draft = await catalogProduct(orm, org, {
      name: { en: 'Secret draft', fr: 'Brouillon secret' },
      state: 'draft',
    });
    ids.copying = await catalogProduct(orm, org, {
      name: { en: 'Still copying', fr: 'Copie en cours' },
      versionAvailable: false,
    });
  });
  afterAll(() => marketplace.stop());

  const search = (input: Record<string, unknown>) =>
    visitor().query<SearchResult>('catalog.search', { language: 'fr', ...input });

  it('finds a product described only in French by a French query with an accent left out', async () => {
    const result = await search({ q: 'securisee' });
    expect(result.items[0]?.id).toBe(ids.french);
    expect((await search({ q: 'reseaux entreprise' })).items[0]?.id).toBe(ids.french);
    // Not found in the other language's words: English stemming of an English query finds nothing here.
    expect((await search({ q: 'kubernetes' })).items).toEqual([]);
  });

  it('tolerates a small typo', async () => {
    expect((await search({ q: 'sauvgarde' })).items[0]?.id).toBe(ids.french);
    expect((await search({ q: 'gitlba', language: 'en' })).items.map((i) => i.id)).toContain(ids.gitlab);
  });

  it('shows only published products, OMI ones once a version is available', async () => {
    const all = await search({});
    expect(all.items.map((i) => i.id).sort()).toEqual([ids.french, ids.gitlab, ids.managed].sort());
    expect(all.total).toBe(3);
    const gitlab = all.items.find((i) => i.id === ids.gitlab);
    expect(gitlab).toMatchObject({
      name: 'Appliance GitLab',
      sellerName: 'Forge Appliances',
      offerTypes: ['hourly'],
      latestVersions: [{ region: 'cloudgouv-eu-west-1', version: '2.1.0' }],
    });
  });

  it('filters, with facet counts that ignore their own filter', async () => {
    const result = await search({ filters: { kinds: ['omi'] } });
    expect(result.items.map((i) => i.id).sort()).toEqual([ids.french, ids.gitlab].sort());
    expect(result.facets.kinds).toEqual(
      expect.arrayContaining([
        { value: 'omi', count: 2 },
        { value: 'managed', count: 1 },
      ]),
    );
    expect(result.facets.offerTypes).toEqual(
      expect.arrayContaining([
        { value: 'hourly', count: 1 },
        { value: 'subscription', count: 1 },
      ]),
    );
    // The seller facet comes with the names buyers know the sellers by: their showcase's.
    const [seller] = result.facets.sellerIds ?? [];
    expect(result.sellers).toEqual([{ id: seller?.value, name: 'Forge Appliances' }]);
    const both = await search({ filters: { kinds: ['omi'], offerTypes: ['subscription'] } });
    expect(both.items.map((i) => i.id)).toEqual([ids.french]);
  });

  it('shows a product page in the visitor’s language, and hides drafts as not found', async () => {
    const page = await visitor().query<{
      name: string;
      offers: { type: string }[];
      versions: { name: string; regions: string[] }[];
      seller: { name: string };
    }>('catalog.product', { id: ids.gitlab, language: 'fr' });
    expect(page).toMatchObject({
      name: 'Appliance GitLab',
      offers: [{ type: 'hourly' }],
      versions: [{ name: '2.1.0', regions: ['cloudgouv-eu-west-1'] }],
      seller: { name: 'Forge Appliances' },
    });
    for (const hidden of [ids.draft, ids.copying, crypto.randomUUID()]) {
      expect((await trpcError(visitor().query('catalog.product', { id: hidden }))).code).toBe('NOT_FOUND');
    }
    const showcase = await visitor().query<{ companyName: string; products: { id: string }[] }>(
      'catalog.showcase',
      {
        id: sellerId,
      },
    );
    expect(showcase.companyName).toBe('Forge Appliances');
    expect(showcase.products.map((p) => p.id).sort()).toEqual([ids.french, ids.gitlab, ids.managed].sort());
  });

  it('pages with a cursor, and refuses a forged one', async () => {
    const first = await search({ sort: 'name', limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await search({ sort: 'name', limit: 2, cursor: first.nextCursor });
    expect(second.items).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(3);
    expect((await trpcError(search({ cursor: 'not-a-cursor' }))).code).toBe('BAD_REQUEST');
  });

  it('answers again from its cache, yet sees at once a change of the catalog', async () => {
    const cache = marketplace.services.catalog.cache;
    const empty = cache.size;
    const before = await search({ q: 'copie en cours' });
    expect(before.items.map((i) => i.id)).not.toContain(ids.copying);
    const cached = cache.size;
    expect(cached).toBe(empty + 1);
    expect((await search({ q: 'copie en cours' })).total).toBe(before.total);
    expect(cache.size).toBe(cached);
    // The copy becomes available: the very next search shows the product.
    const em = marketplace.services.orm.em.fork();
    const version = await em.findOneOrFail(Version, { product: ids.copying });
    await em.nativeUpdate(ImageCopy, { version }, { state: 'available' });
    await em.nativeUpdate(Version, { id: version.id }, { state: 'available' });
    const after = await search({ q: 'copie en cours' });
    expect(after.items.map((i) => i.id)).toContain(ids.copying);
    await em.nativeUpdate(Version, { id: version.id }, { state: 'publishing' });
    expect((await search({ q: 'copie en cours' })).items.map((i) => i.id)).not.toContain(ids.copying);
  });
});
