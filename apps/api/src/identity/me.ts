import { type EntityManager, MarketplaceAccount } from '@marketplace/db';
import type { Authenticated } from './sessions.ts';

/** What the portals know of the signed-in person: listed field by field, so nothing stored leaks. */
export async function describeMe(em: EntityManager, auth: Authenticated | null) {
  if (!auth) return null;
  const account = await em.findOneOrFail(
    MarketplaceAccount,
    { id: auth.account.id },
    { populate: ['totpSecretEncrypted', 'organization'] },
  );
  const organization = account.organization;
  return {
    account: {
      id: account.id,
      email: account.email,
      firstName: account.firstName,
      lastName: account.lastName,
      roles: account.roles,
      operator: account.operator,
      language: account.language,
      totpEnabled: Boolean(account.totpSecretEncrypted),
    },
    organization: organization
      ? {
          id: organization.id,
          name: organization.name,
          types: organization.types,
          region: organization.region,
          state: organization.state,
          rejectionReason: organization.rejectionReason ?? null,
        }
      : null,
  };
}
