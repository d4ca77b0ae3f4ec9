import type { OutscaleClient } from '../client.ts';
import { OutscaleError } from '../errors.ts';

export interface AccountSummary {
  accountId: string;
  email: string;
  companyName: string;
  firstName?: string;
  lastName?: string;
  country?: string;
}

/** The caller's own account (ReadAccounts answers only that one). */
export async function readAccount(client: OutscaleClient): Promise<AccountSummary> {
  const { Accounts } = await client.call('ReadAccounts', {});
  const account = Accounts?.[0];
  if (!account?.AccountId) {
    throw new OutscaleError({
      action: 'ReadAccounts',
      status: 200,
      code: 'InvalidResponse',
      type: 'InvalidResponse',
      details: 'no account in the answer',
    });
  }
  return {
    accountId: account.AccountId,
    email: account.Email ?? '',
    companyName: account.CompanyName ?? '',
    ...(account.FirstName ? { firstName: account.FirstName } : {}),
    ...(account.LastName ? { lastName: account.LastName } : {}),
    ...(account.Country ? { country: account.Country } : {}),
  };
}

export type CredentialCheck =
  | { ok: true; account: AccountSummary }
  | { ok: false; reason: 'invalid_credentials' | 'api_access_rules' | 'access_denied'; error: OutscaleError };

/**
 * Proves that the keys work from here and says why not when they do not: wrong keys and API access rules
 * that refuse the marketplace's address call for different messages to the person.
 */
export async function verifyCredentials(client: OutscaleClient): Promise<CredentialCheck> {
  try {
    return { ok: true, account: await readAccount(client) };
  } catch (error) {
    if (!(error instanceof OutscaleError) || !error.isAccessDenied()) throw error;
    const reason = error.isApiAccessRuleDenied()
      ? 'api_access_rules'
      : error.isInvalidCredentials()
        ? 'invalid_credentials'
        : 'access_denied';
    return { ok: false, reason, error };
  }
}
