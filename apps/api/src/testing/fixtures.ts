import { hashPassword } from '@marketplace/auth';
import { MarketplaceAccount, Organization, type Orm } from '@marketplace/db';
import type { Language, OrganizationState, OrganizationType, Role } from '@marketplace/domain';

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
  } = {},
) {
  sequence += 1;
  const em = orm.em.fork();
  const organization = em.create(Organization, {
    name: `Organization ${sequence}`,
    types: options.types ?? ['buyer'],
    region: 'cloudgouv-eu-west-1',
    language: options.language ?? 'en',
    state: options.state ?? 'validated',
    outscaleAccountId: String(100000000000 + sequence),
    outscaleEmail: `owner${sequence}@example.com`,
    accessKey: `AK${String(sequence).padStart(18, '0')}`,
    secretKeyEncrypted: 'v1:unused-in-this-test',
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
