import { type ApiAccessVerdict, evaluateApiAccessRules, MARKETPLACE_IP } from '../api-access-rules.ts';
import type { OutscaleClient } from '../client.ts';
import { OutscaleError } from '../errors.ts';
import type { ApiAccessRule } from '../generated/api.gen.ts';

export type ApiAccessCheck =
  | ({ reachable: true; rules: ApiAccessRule[] } & ApiAccessVerdict)
  | { reachable: false; reason: 'api_access_rules' | 'invalid_credentials'; error: OutscaleError };

/**
 * Whether `ip` (the marketplace's address by default) may call the API for this account, and whether a
 * rule requiring a CA certificate is what keeps it out. When the call itself is refused by the rules,
 * the answer says so rather than throwing: that is the finding.
 */
export async function checkApiAccess(
  client: OutscaleClient,
  ip: string = MARKETPLACE_IP,
): Promise<ApiAccessCheck> {
  try {
    const { ApiAccessRules = [] } = await client.call('ReadApiAccessRules', {});
    return { reachable: true, rules: ApiAccessRules, ...evaluateApiAccessRules(ApiAccessRules, ip) };
  } catch (error) {
    if (error instanceof OutscaleError && error.isApiAccessRuleDenied()) {
      return { reachable: false, reason: 'api_access_rules', error };
    }
    if (error instanceof OutscaleError && error.isInvalidCredentials()) {
      return { reachable: false, reason: 'invalid_credentials', error };
    }
    throw error;
  }
}
