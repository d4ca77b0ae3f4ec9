// Sign-in security against an attacker: attempts are counted before the secret is checked (so that
// parallel or batched guesses get no more tries than sequential ones), two-factor codes are limited
// too, and the answers do not tell which e-mails have an account. The marketplace trusts the proxy at
// 127.0.0.1 here, so that each test signs in from its own address (X-Forwarded-For).
import { request as httpRequest } from 'node:http';
import { totpCode, totpKeyFromManualEntry } from '@marketplace/auth';
import { findSignInThrottle, Session } from '@marketplace/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient, TrpcHttpError, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

let addresses = 0;
/** A new client address for each test, so that the per-address limit of one does not touch another. */
const newAddress = () => `198.51.100.${++addresses}`;

/** The tRPC codes of settled calls: the successes as 'OK'. */
async function outcomes(calls: Promise<unknown>[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const result of await Promise.allSettled(calls)) {
    const code =
      result.status === 'fulfilled'
        ? 'OK'
        : result.reason instanceof TrpcHttpError
          ? result.reason.code
          : String(result.reason);
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

describe('sign-in attempts, batching and two-factor codes under attack', () => {
  let marketplace: TestMarketplace;
  let clock: Date;
  const tick = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeAll(async () => {
    marketplace = await startTestMarketplace({ TRUST_PROXY: '127.0.0.1' });
    marketplace.services.now = () => clock;
  });
  beforeEach(() => {
    clock = new Date();
  });
  afterAll(() => marketplace.stop());

  const client = (address: string, language = 'en') =>
    new HttpClient(marketplace.url, { 'x-language': language, 'x-forwarded-for': address });
  const throttle = (key: string) => findSignInThrottle(marketplace.services.orm.em.fork(), key);

  /** A raw tRPC batch request, as an attacker would send it. */
  const batch = (method: 'GET' | 'POST', paths: string[], inputs: unknown[], headers = {}) => {
    const input = Object.fromEntries(inputs.map((value, index) => [index, value]));
    const search = method === 'GET' ? `&input=${encodeURIComponent(JSON.stringify(input))}` : '';
    return fetch(`${marketplace.url}/trpc/${paths.join(',')}?batch=1${search}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
    });
  };

  it('gives 41 parallel guesses on one account exactly 4 tries, then keeps even the right password out', async () => {
    const member = await createMember(marketplace.services.orm);
    // From many addresses, as a botnet would: only the account's own limit applies.
    const guesses = Array.from({ length: 41 }, (_, i) =>
      client(newAddress()).mutation('auth.login', { email: member.email, password: `Wrong-guess-${i}!` }),
    );
    expect(await outcomes(guesses)).toEqual({ UNAUTHORIZED: 4, TOO_MANY_REQUESTS: 37 });

    const locked = await trpcError(
      client(newAddress()).mutation('auth.login', { email: member.email, password: member.password }),
    );
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.body.message).toMatch(/Try again in 1 minute/);
    tick(61_000);
    expect(
      await client(newAddress()).mutation('auth.login', { email: member.email, password: member.password }),
    ).toEqual({ status: 'ok' });
  });

  it('gives 41 parallel guesses from one address exactly 20 tries, not counting its successful sign-ins', async () => {
    const address = newAddress();
    // A shared office: many people signing in from one address is no attack.
    for (let i = 0; i < 25; i++) {
      const member = await createMember(marketplace.services.orm);
      await client(address).mutation('auth.login', { email: member.email, password: member.password });
    }
    const guesses = Array.from({ length: 41 }, (_, i) =>
      client(address).mutation('auth.login', { email: `guess${i}@example.com`, password: 'Wrong-guess-1!' }),
    );
    expect(await outcomes(guesses)).toEqual({ UNAUTHORIZED: 20, TOO_MANY_REQUESTS: 21 });
    const locked = await trpcError(
      client(address, 'fr').mutation('auth.login', { email: 'other@example.com', password: 'x' }),
    );
    expect(locked.body.message).toMatch(/Trop d'échecs de connexion depuis votre réseau/);
  });

  it('refuses a batch of sign-ins before any password is checked, in the caller’s language', async () => {
    const member = await createMember(marketplace.services.orm);
    const inputs = [
      ...Array.from({ length: 99 }, (_, i) => ({ email: member.email, password: `Wrong-guess-${i}!` })),
      { email: member.email, password: member.password },
    ];
    const response = await batch(
      'POST',
      inputs.map(() => 'auth.login'),
      inputs,
      { 'x-language': 'fr' },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string; data: { code: string } } };
    expect(body.error.data.code).toBe('BAD_REQUEST');
    expect(body.error.message).toMatch(/ne peuvent pas être groupés/);
    // Nothing was counted, so nothing was tried; even a batch of one sign-in is refused.
    expect(await throttle(`email:${member.email}`)).toBeNull();
    const single = await batch('POST', ['auth.login'], [inputs[99]]);
    expect(single.status).toBe(400);
    // Encoded commas are decoded as tRPC decodes them.
    const encoded = await fetch(`${marketplace.url}/trpc/health%252Cauth.login?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ 1: inputs[99] }),
    });
    expect(encoded.status).toBe(400);
    expect(await throttle(`email:${member.email}`)).toBeNull();
  });

  it('takes batches of up to 10 calls, and refuses 11', async () => {
    const ten = await batch('GET', Array(10).fill('health'), []);
    expect(ten.status).toBe(200);
    expect(((await ten.json()) as unknown[]).length).toBe(10);
    const eleven = await batch('GET', Array(11).fill('health'), []);
    expect(eleven.status).toBe(400);
    expect(((await eleven.json()) as { error: { message: string } }).error.message).toMatch(
      /at most 10 calls/,
    );
  });

  it('answers an unknown e-mail and an existing one alike when they are locked', async () => {
    const member = await createMember(marketplace.services.orm);
    const answers = async (email: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        const error = await trpcError(
          client(newAddress()).mutation('auth.login', { email, password: 'Wrong-guess-1!' }),
        );
        seen.push(`${error.status} ${error.code} ${error.body.message}`);
      }
      return seen;
    };
    const existing = await answers(member.email);
    const unknown = await answers('nobody-here@example.com');
    expect(unknown).toEqual(existing);
    expect(existing[4]).toMatch(/^429 TOO_MANY_REQUESTS Too many failed sign-ins with this e-mail address/);
  });

  it('answers a reset request for an unknown e-mail through the same path as for an account', async () => {
    const member = await createMember(marketplace.services.orm);
    const request = (email: string) =>
      client(newAddress()).mutation('auth.requestPasswordReset', { email, portal: 'seller' });
    expect(await request('nobody-at-all@example.com')).toEqual(await request(member.email));
    // Both only enqueued the same job, the e-mail looked up later by the job.
    const jobs: { data: Record<string, unknown> }[] = await marketplace.services.orm.em
      .getConnection()
      .execute(`select data from pgboss.job where name = 'identity.password-reset' order by created_on`);
    expect(jobs.map((job) => job.data.email)).toEqual(['nobody-at-all@example.com', member.email]);
    expect(Object.keys(jobs[0]?.data ?? {})).toEqual(Object.keys(jobs[1]?.data ?? {}));
  });

  it('limits two-factor codes when turning it on and off, even in parallel', async () => {
    const member = await createMember(marketplace.services.orm);
    const browser = client(newAddress());
    await browser.mutation('auth.login', { email: member.email, password: member.password });
    const setup = await browser.mutation<{ secret: string }>('auth.totp.setup');
    const key = totpKeyFromManualEntry(setup.secret);
    const wrong = (path: string) =>
      Array.from({ length: 10 }, (_, i) =>
        browser.mutation(path, {
          code: String(100000 + i) === totpCode(key, clock) ? '999999' : `${100000 + i}`,
        }),
      );

    expect(await outcomes(wrong('auth.totp.enable'))).toEqual({ BAD_REQUEST: 4, TOO_MANY_REQUESTS: 6 });
    const locked = await trpcError(browser.mutation('auth.totp.enable', { code: totpCode(key, clock) }));
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.body.message).toMatch(/Too many wrong two-factor codes/);
    tick(61_000);
    await browser.mutation('auth.totp.enable', { code: totpCode(key, clock) });

    tick(30_000);
    expect(await outcomes(wrong('auth.totp.disable'))).toEqual({ BAD_REQUEST: 4, TOO_MANY_REQUESTS: 6 });
    const french = client(newAddress(), 'fr');
    await french.mutation('auth.login', {
      email: member.email,
      password: member.password,
      totp: totpCode(key, clock),
    });
    const stillLocked = await trpcError(french.mutation('auth.totp.disable', { code: totpCode(key, clock) }));
    expect(stillLocked.body.message).toMatch(/Trop de codes de double authentification erronés/);
    tick(61_000);
    await browser.mutation('auth.totp.disable', { code: totpCode(key, clock) });
  });

  it('limits guesses of the current password from a signed-in session', async () => {
    const member = await createMember(marketplace.services.orm);
    const browser = client(newAddress(), 'fr');
    await browser.mutation('auth.login', { email: member.email, password: member.password });
    const guesses = Array.from({ length: 10 }, (_, i) =>
      browser.mutation('auth.changePassword', {
        currentPassword: `Guess-${i}!`,
        newPassword: 'Second-pass-42!',
      }),
    );
    expect(await outcomes(guesses)).toEqual({ BAD_REQUEST: 4, TOO_MANY_REQUESTS: 6 });
    const locked = await trpcError(
      browser.mutation('auth.changePassword', {
        currentPassword: member.password,
        newPassword: 'Second-pass-42!',
      }),
    );
    expect(locked.body.message).toMatch(/Trop de mots de passe actuels erronés. Réessayez dans 1 minute/);
    tick(61_000);
    await browser.mutation('auth.changePassword', {
      currentPassword: member.password,
      newPassword: 'Second-pass-42!',
    });
  });

  it('counts wrong sign-in codes atomically too, and not the password step before them', async () => {
    const member = await createMember(marketplace.services.orm);
    const browser = client(newAddress());
    await browser.mutation('auth.login', { email: member.email, password: member.password });
    const key = totpKeyFromManualEntry(
      (await browser.mutation<{ secret: string }>('auth.totp.setup')).secret,
    );
    await browser.mutation('auth.totp.enable', { code: totpCode(key, clock) });
    tick(30_000);

    // Three wrong passwords, then the right one: it asks for the code rather than locking.
    for (let i = 0; i < 3; i++) {
      await trpcError(
        client(newAddress()).mutation('auth.login', { email: member.email, password: 'Nope-1!' }),
      );
    }
    expect(
      await client(newAddress()).mutation('auth.login', { email: member.email, password: member.password }),
    ).toEqual({ status: 'totp_required' });
    const code = totpCode(key, clock);
    expect(
      await client(newAddress()).mutation('auth.login', {
        email: member.email,
        password: member.password,
        totp: code,
      }),
    ).toEqual({ status: 'ok' });

    const guesses = Array.from({ length: 12 }, (_, i) =>
      client(newAddress()).mutation('auth.login', {
        email: member.email,
        password: member.password,
        totp: String(200000 + i) === totpCode(key, clock) ? '999999' : `${200000 + i}`,
      }),
    );
    expect(await outcomes(guesses)).toEqual({ UNAUTHORIZED: 4, TOO_MANY_REQUESTS: 8 });
  });

  it('takes the client’s address from X-Forwarded-For only when a trusted proxy sends it', async () => {
    const member = await createMember(marketplace.services.orm);
    const sessionAddress = async () => {
      const em = marketplace.services.orm.em.fork();
      const [session] = await em.find(
        Session,
        { account: member.account.id },
        { orderBy: { createdAt: 'desc' } },
      );
      await em.nativeDelete(Session, { account: member.account.id });
      return session?.ipAddress;
    };
    await client('203.0.113.77').mutation('auth.login', { email: member.email, password: member.password });
    expect(await sessionAddress()).toBe('203.0.113.77');

    // The same header from another address than the proxy's is the client's own claim: ignored.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const call = httpRequest(
        `${marketplace.url}/trpc/auth.login`,
        {
          method: 'POST',
          localAddress: '127.0.0.2',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.78' },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode));
        },
      );
      call.on('error', reject);
      call.end(JSON.stringify({ email: member.email, password: member.password }));
    });
    expect(status).toBe(200);
    expect(await sessionAddress()).toBe('127.0.0.2');
  });
});
