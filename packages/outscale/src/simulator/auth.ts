import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { ruleMatches } from '../api-access-rules.ts';
import { computeSignature, parseAuthorization, parseDateTime } from '../signing.ts';
import { errors } from './api-error.ts';
import type { SimAccessKey, SimAccount, SimulatorState } from './state.ts';

const MAX_SKEW_MS = 5 * 60_000;
const LOCK_AFTER_FAILURES = 4;
const LOCK_MS = 60_000;

export interface Caller {
  account: SimAccount;
  key: SimAccessKey;
}

export interface AuthRequest {
  headers: IncomingHttpHeaders;
  path: string;
  body: string;
  /** The region named in the endpoint path, when the endpoint template carries one. */
  pathRegion: string | undefined;
  /** The address the account's API access rules are checked against. */
  callerIp: string;
  /** CAs of the client certificate the caller is taken to present (the simulator has no TLS). */
  certificateCaIds: string[];
}

const header = (headers: IncomingHttpHeaders, name: string): string => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : (value ?? '');
};

/** The Host header as sent and, when it names a port, without it (`[::1]:3400` gives `[::1]`). */
export function hostCandidates(host: string): string[] {
  const withoutPort = /^(\[[^\]]*\]|[^:]*):\d+$/.exec(host.trim())?.[1];
  return withoutPort ? [host, withoutPort] : [host];
}

/** Checks the signature as the API does, then the account's API access rules. */
export function authenticate(state: SimulatorState, request: AuthRequest): Caller {
  const auth = parseAuthorization(header(request.headers, 'authorization'));
  if (!auth) {
    throw errors.authenticationFailed(
      header(request.headers, 'authorization')
        ? 'The authentication type specified in the Authorization header is unknown.'
        : 'The request is not signed.',
    );
  }
  const key = state.keys.get(auth.accessKey);
  const account = key && state.accounts.get(key.AccountId);
  if (!key || !account) throw errors.authenticationFailed();
  if (key.lockedUntil > state.now()) throw errors.temporarilyLocked();
  if (key.State !== 'ACTIVE') throw errors.authenticationFailed('The access key is not active.');

  const dateTime = header(request.headers, auth.scheme === 'OSC4' ? 'x-osc-date' : 'x-amz-date');
  const signedAt = parseDateTime(dateTime);
  if (Number.isNaN(signedAt) || dateTime.slice(0, 8) !== auth.date) {
    throw errors.authenticationFailed('The request date is missing or does not match the credential scope.');
  }
  if (Math.abs(state.now() - signedAt) > MAX_SKEW_MS) {
    throw errors.authenticationFailed('The request has expired: its date is more than 5 minutes away.');
  }
  if (auth.region !== account.Region || (request.pathRegion && request.pathRegion !== account.Region)) {
    throw errors.authenticationFailed(`The access key belongs to an account of ${account.Region}.`);
  }

  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) headers[name] = header(request.headers, name);
  // The official Python SDK signs the Host without its port (`127.0.0.1` for `127.0.0.1:3400`), and the
  // API accepts it: a signature over the Host as sent, or over the Host without its port, is valid.
  const hosts = auth.signedHeaders.includes('host') ? hostCandidates(headers.host ?? '') : [undefined];
  const given = Buffer.from(auth.signature);
  const matches = hosts.some((host) => {
    const expected = computeSignature({
      secretKey: key.SecretKey,
      region: auth.region,
      scheme: auth.scheme,
      dateTime,
      path: request.path,
      headers: host === undefined ? headers : { ...headers, host },
      signedHeaders: auth.signedHeaders,
      body: request.body,
    });
    return timingSafeEqual(Buffer.from(expected), given);
  });
  if (!matches) {
    key.failures += 1;
    // Four bad signatures in a row lock the key for a minute, as the real API does against brute force.
    if (key.failures >= LOCK_AFTER_FAILURES) {
      key.failures = 0;
      key.lockedUntil = state.now() + LOCK_MS;
    }
    throw errors.authenticationFailed('The signature does not match.');
  }
  key.failures = 0;

  if (!account.rules.some((rule) => ruleMatches(rule, request.callerIp, request.certificateCaIds))) {
    throw errors.unmatchedApiAccessRules();
  }
  return { account, key };
}
