import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Which proxies may tell the client's address in `X-Forwarded-For` (Fastify's `trustProxy`): none by
 * default, so that a client cannot pick the address the per-address sign-in limit counts; or the
 * proxies' addresses and ranges. Never "trust everyone", nor a number of hops (Fastify 5 ignores it:
 * a count cannot tell a proxy from a client that sent the header itself).
 */
export type TrustProxy = false | string[];

/** proxy-addr's names for the private ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const EXPECTED = 'must be false, or the proxies’ addresses or ranges, such as 10.0.0.1,192.168.0.0/16';

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

export const trustProxySetting = z
  .string()
  .transform((value, context): TrustProxy => {
    const text = value.trim().toLowerCase();
    if (text === 'false' || text === 'no' || text === '0') return false;
    if (text === 'true' || text === 'yes') {
      context.addIssue({
        code: 'custom',
        message: `${EXPECTED} (true would let any client choose its address)`,
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(text)) {
      context.addIssue({
        code: 'custom',
        message: `${EXPECTED} (a number of hops cannot tell a proxy from a client)`,
      });
      return z.NEVER;
    }
    const entries = text.split(',').map((entry) => entry.trim());
    if (entries.every(isAddressOrRange)) return entries;
    context.addIssue({ code: 'custom', message: EXPECTED });
    return z.NEVER;
  })
  .default(false);
