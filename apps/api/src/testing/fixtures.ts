import { encryptSecret, hashPassword } from '@marketplace/auth';
import { LinkedOutscaleAccount, MarketplaceAccount, Organization, type Orm } from '@marketplace/db';
import type { Language, OrganizationState, OrganizationType, Region, Role } from '@marketplace/domain';
import type { Simulator } from '@marketplace/outscale';
import type { HttpClient } from './http-client.ts';

let sequence = 0;

/** An organization and one account with a password, straight in the database (sign-up has its own tests). */
export async function createMember(
  orm: Orm,
  options: {
    email?: string;
    password?: string;
    roles?: Role[];
    types?: OrganizationType[];
    state?: OrganizationState;
    language?: Language;
    /** The home OUTSCALE account with its keys; by default an unused ID and keys that work nowhere. */
    outscale?: { accountId: string; region: Region; accessKey: string; secretKeyEncrypted: string };
  } = {},
) {
  sequence += 1;
  const em = orm.em.fork();
  const organization = em.create(Organization, {
    name: `Organization ${sequence}`,
    types: options.types ?? ['buyer'],
    region: options.outscale?.region ?? 'cloudgouv-eu-west-1',
    language: options.language ?? 'en',
    state: options.state ?? 'validated',
    outscaleAccountId: options.outscale?.accountId ?? String(100000000000 + sequence),
    outscaleEmail: `owner${sequence}@example.com`,
    accessKey: options.outscale?.accessKey ?? `AK${String(sequence).padStart(18, '0')}`,
    secretKeyEncrypted: options.outscale?.secretKeyEncrypted ?? 'v1:unused-in-this-test',
  });
  const password = options.password ?? 'Correct-Horse-9';
  const account = em.create(MarketplaceAccount, {
    organization,
    email: options.email ?? `person${sequence}@example.com`,
    firstName: 'Ada',
    lastName: 'Lovelace',
    roles: options.roles ?? ['admin', 'user'],
    language: options.language ?? 'en',
    passwordHash: await hashPassword(password),
  });
  await em.flush();
  return { organization, account, password, email: account.email };
}

/**
 * A validated seller on the simulator's seeded accounts: its home account and its linked accounts, with
 * their real keys encrypted as the marketplace stores them, so the seller's own OMIs can be published.
 */
export async function createSeller(
  orm: Orm,
  setup: { simulator: Simulator; secretKey: Buffer; home: string; linked?: string[] },
) {
  const keys = (accountId: string) => {
    const credentials = setup.simulator.credentials(accountId);
    return {
      accountId,
      region: credentials.region as Region,
      accessKey: credentials.accessKey,
      secretKeyEncrypted: encryptSecret(setup.secretKey, credentials.secretKey),
    };
  };
  const member = await createMember(orm, { types: ['seller'], outscale: keys(setup.home) });
  const em = orm.em.fork();
  for (const accountId of setup.linked ?? []) {
    em.create(LinkedOutscaleAccount, {
      organization: member.organization.id,
      label: accountId,
      ...keys(accountId),
    });
  }
  await em.flush();
  return member;
}

/** The demo seller's showcase, saved and published: a seller must have one before it creates a product. */
export async function publishNimbusShowcase(seller: HttpClient) {
  await seller.mutation('showcase.save', {
    companyName: 'Nimbus Linux SAS',
    shortDescription: { en: 'Linux, hardened', fr: 'Linux, durci' },
    description: { en: 'Hardened Linux images.', fr: 'Des images Linux durcies.' },
    contactEmail: 'sales@nimbus.example',
    supportContact: 'support@nimbus.example',
  });
  await seller.mutation('showcase.publish');
}

/**
 * What publication asks of every offer besides its terms (SPEC §4): a description in both languages and a
 * recommended VM. Spread into the offers of tests that publish: `{ ...OFFER_TEXTS, type: 'free' }`.
 */
export const OFFER_TEXTS = {
  description: { en: 'What the offer includes.', fr: 'Ce que comprend l’offre.' },
  recommendedVms: [{ cpuGeneration: 'v6', vCpus: 2, memoryGiB: 4, performance: 'high' }],
} as const;
