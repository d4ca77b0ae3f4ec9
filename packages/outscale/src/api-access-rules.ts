import { ipInRange } from './cidr.ts';
import type { ApiAccessRule } from './generated/api.gen.ts';

/** The marketplace's egress address, which sellers and buyers must allow (MARKETPLACE_IP's default). */
export const MARKETPLACE_IP = '148.253.98.37';

export interface ApiAccessVerdict {
  /** A rule lets this IP in without a client certificate: the marketplace can call. */
  allowed: boolean;
  /** Some rule covers this IP, perhaps only with a certificate. */
  ipCovered: boolean;
  /** The IP is covered only by rules that require a CA certificate, which the marketplace never presents. */
  certificateRequired: boolean;
  matchingRules: ApiAccessRule[];
}

const hasItems = (list: string[] | undefined): boolean => (list?.length ?? 0) > 0;

/** A rule matches when every condition it sets holds; a request passes when any rule matches. */
export function ruleMatches(rule: ApiAccessRule, ip: string, certificateCaIds: string[] = []): boolean {
  const ipOk = !hasItems(rule.IpRanges) || (rule.IpRanges ?? []).some((range) => ipInRange(ip, range));
  const caOk = !hasItems(rule.CaIds) || (rule.CaIds ?? []).some((ca) => certificateCaIds.includes(ca));
  // Cns restrict which certificate of the CA; a caller without a certificate cannot satisfy them.
  const cnOk = !hasItems(rule.Cns) || certificateCaIds.length > 0;
  const constrains = hasItems(rule.IpRanges) || hasItems(rule.CaIds);
  return constrains && ipOk && caOk && cnOk;
}

/** What an account's API access rules mean for a caller at `ip` that presents no client certificate. */
export function evaluateApiAccessRules(rules: ApiAccessRule[], ip: string): ApiAccessVerdict {
  const allowed = rules.some((rule) => ruleMatches(rule, ip));
  const covering = rules.filter(
    (rule) => !hasItems(rule.IpRanges) || (rule.IpRanges ?? []).some((range) => ipInRange(ip, range)),
  );
  return {
    allowed,
    ipCovered: covering.length > 0,
    certificateRequired: !allowed && covering.some((rule) => hasItems(rule.CaIds)),
    matchingRules: rules.filter((rule) => ruleMatches(rule, ip)),
  };
}
