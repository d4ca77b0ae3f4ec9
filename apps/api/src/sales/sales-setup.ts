// What the sales tests start from: a validated seller (the simulator's Nimbus account, owning its
// source OMI) with a colleague reading French, its showcase published; a buyer organization working
// in French with a second admin; and a way to publish a product with one offer, copied and available.
import { SESSION_COOKIE } from '@marketplace/auth';
import { LinkedOutscaleAccount, MarketplaceAccount, Organization } from '@marketplace/db';
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { eventually } from '../testing/eventually.ts';
import { createMember, createSeller, publishNimbusShowcase } from '../testing/fixtures.ts';
import { HttpClient } from '../testing/http-client.ts';
import type { TestMarketplace } from '../testing/marketplace.ts';

export const ACME = '300000000002';
/** Two more accounts of the simulator's seed in cloudgouv-eu-west-1, linked to the buyer here. */
export const STAGING = '300000000004';
export const MINISTRY = '300000000003';
/**
 * Different sets of the buyer's accounts: subscriptions to one offer on different accounts are never
 * duplicates of each other (SPEC §6).
 */
export const ACCOUNT_SETS = [
  [ACME],
  [STAGING],
  [MINISTRY],
  [ACME, STAGING],
  [ACME, MINISTRY],
  [STAGING, MINISTRY],
  [ACME, STAGING, MINISTRY],
] as const;
const NIMBUS = '200000000011';
const SOURCE_OMI = 'ami-a1011000';
const DISTRIBUTION = '100000000001';

export type PublishedProduct = {
  id: string;
  offers: { id: string }[];
  versions: { id: string; state: string; copies: { imageId: string | null }[] }[];
};

/** What every offer has besides its pricing (SPEC §4), as publishing requires. */
const TERMS = {
  description: { en: 'Updates and support included.', fr: 'Mises à jour et support inclus.' },
  recommendedVms: [{ cpuGeneration: 'v6', vCpus: 2, memoryGiB: 4, performance: 'high' }],
};

export const SUBSCRIPTION_OFFER = {
  ...TERMS,
  type: 'subscription',
  title: { en: 'Annual plan', fr: 'Offre annuelle' },
  price: { amount: 9900, currency: 'EUR' },
  commitmentMonths: 12,
  billingFrequency: 'monthly',
} as const;

let sequence = 0;

export async function startSelling(marketplace: TestMarketplace) {
  sequence += 1;
  const { orm, secretKey, cloud } = marketplace.services;
  const simulator = cloud.simulator;
  if (!simulator) throw new Error('no simulator');
  await shareImage(simulatorClient(simulator, NIMBUS), SOURCE_OMI, [DISTRIBUTION]);
  const sellerMember = await createSeller(orm, { simulator, secretKey, home: NIMBUS });
  const em = orm.em.fork();
  const colleague = em.create(MarketplaceAccount, {
    organization: sellerMember.organization.id,
    email: `colleague${sequence}@nimbus.example`,
    firstName: 'Inès',
    lastName: 'Moreau',
    roles: ['user'],
    language: 'fr',
  });
  const buyerMember = await createMember(orm, {
    types: ['buyer'],
    email: `it${sequence}@acme.example`,
    language: 'fr',
  });
  await em.nativeUpdate(Organization, { id: buyerMember.organization.id }, { name: 'Acme Industries' });
  await em.nativeUpdate(Organization, { id: buyerMember.organization.id }, { outscaleAccountId: ACME });
  const buyerAdmin = em.create(MarketplaceAccount, {
    organization: buyerMember.organization.id,
    email: `admin${sequence}@acme.example`,
    firstName: 'Alex',
    lastName: 'Martin',
    roles: ['admin'],
    language: 'en',
  });
  for (const accountId of [STAGING, MINISTRY]) {
    em.create(LinkedOutscaleAccount, {
      organization: buyerMember.organization.id,
      label: accountId,
      accountId,
      region: 'cloudgouv-eu-west-1',
      accessKey: `AKLINKED${accountId}`,
      secretKeyEncrypted: 'v1:unused-in-this-test',
    });
  }
  await em.flush();

  const seller = await signIn(marketplace, sellerMember);
  await publishNimbusShowcase(seller);
  const buyer = await signIn(marketplace, buyerMember);

  /** A free offer (no licence key), with the terms publishing asks for. */
  const FREE_OFFER = { ...TERMS, type: 'free', title: { en: 'Community', fr: 'Communauté' } };

  async function publish(offer: unknown = SUBSCRIPTION_OFFER): Promise<PublishedProduct> {
    const { id } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Hardened Debian', fr: 'Debian durcie' },
      shortDescription: { en: 'OS', fr: 'OS' },
      description: { en: 'A hardened Debian.', fr: 'Une Debian durcie.' },
      categories: ['development-tools'],
      supportContact: 'support@nimbus.example',
      licence: 'https://nimbus.example/licence',
      activationProcedure: {
        en: 'Paste the licence key into /etc/nimbus/licence, then restart the service.',
        fr: 'Collez la clé de licence dans /etc/nimbus/licence, puis redémarrez le service.',
      },
      offers: [offer],
    });
    await seller.mutation('products.versions.create', {
      productId: id,
      name: '1.0.0',
      releaseNotes: { en: 'First', fr: 'Première' },
      sources: [{ region: 'cloudgouv-eu-west-1', imageId: SOURCE_OMI }],
    });
    await seller.mutation('products.publish', { id });
    return eventually(async () => {
      const view = await seller.query<PublishedProduct>('products.get', { id });
      if (view.versions[0]?.state !== 'available') throw new Error('not yet');
      return view;
    });
  }

  return { seller, buyer, sellerMember, colleague, buyerMember, buyerAdmin, publish, FREE_OFFER };
}

export async function signIn(marketplace: TestMarketplace, member: { email: string; password: string }) {
  const client = new HttpClient(marketplace.url);
  await client.mutation('auth.login', { email: member.email, password: member.password });
  return client;
}

/** A plain HTTP request with the client's session, as a page's link or upload sends it. */
export function withSession(
  marketplace: TestMarketplace,
  as: HttpClient | null,
  path: string,
  init: RequestInit = {},
) {
  const session = as?.cookie(SESSION_COOKIE);
  return fetch(`${marketplace.url}${path}`, {
    ...init,
    headers: {
      ...(init.headers as Record<string, string> | undefined),
      ...(session ? { cookie: `${SESSION_COOKIE}=${session}` } : {}),
    },
  });
}

/** Whether an OUTSCALE account can see (so launch) an image, asked of the simulator. */
export async function sees(marketplace: TestMarketplace, accountId: string, imageId: string) {
  const simulator = marketplace.services.cloud.simulator;
  if (!simulator) throw new Error('no simulator');
  const { Images = [] } = await simulatorClient(simulator, accountId).call('ReadImages', {
    Filters: { ImageIds: [imageId] },
  });
  return Images.length === 1;
}
