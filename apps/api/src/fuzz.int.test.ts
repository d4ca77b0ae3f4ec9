// Property: no input makes the API answer 5xx. Every procedure of the router (read from its definition,
// so a new one is fuzzed without editing this file) gets, over real HTTP, inputs built from its own
// schema with hostile texts, wrong types, huge values, any JSON and non-JSON, as a signed-in seller and
// buyer admin (and operator) and as anyone; the files routes too. Deterministic: a fixed seed, printed
// with any failure; FUZZ_SEED and FUZZ_RUNS (a multiplier) explore further locally, FUZZ_STATS=1 counts
// the statuses, FUZZ_DEBUG=<procedure> prints its answers.
import { MarketplaceAccount } from '@marketplace/db';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession } from './identity/sessions.ts';
import { appRouter } from './router.ts';
import { createMember } from './testing/fixtures.ts';
import { HOSTILE_TEXTS, type Pools, type Sent, sentFor } from './testing/fuzz-inputs.ts';
import { HttpClient } from './testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from './testing/marketplace.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
/** FUZZ_STATS=1 prints how often each procedure answered each status, to see how deep inputs reach. */
const statuses = new Map<string, Record<number, number>>();
const count = (name: string, status: number) => {
  const seen = statuses.get(name) ?? {};
  seen[status] = (seen[status] ?? 0) + 1;
  statuses.set(name, seen);
};
/** Runs per procedure: enough to meet each field's hostile values, bounded for CI on 2 cores. */
const RUNS = { signedIn: 30, anonymous: 8 };
/** Procedures that cost more per call (a password hash, a call to OUTSCALE). */
const SLOW = new Set(['auth.login', 'auth.signup', 'outscaleAccounts.link', 'auth.changePassword']);

type Procedure = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] } };
const procedures = Object.entries(
  (appRouter._def as unknown as { procedures: Record<string, Procedure> }).procedures,
);

/** Stands for a new session of the signed-in caller. */
const SIGNED_IN = 'signed-in';
/** Cookies a client may send, broken ones included. */
const ANONYMOUS_COOKIES = [
  undefined,
  'mp_session=%E0%A4%A',
  'mp_session=%00',
  `mp_session=${'a'.repeat(32)}`,
  'mp_session=; =x; ;',
  `mp_session=${'%'.repeat(4000)}`,
];

async function send(
  baseUrl: string,
  name: string,
  type: string,
  sent: Sent,
  headers: Record<string, string>,
) {
  const input =
    sent.kind === 'json' ? JSON.stringify(sent.value) : sent.kind === 'raw' ? sent.text : undefined;
  const response =
    type === 'query'
      ? await fetch(
          `${baseUrl}/trpc/${name}${input === undefined ? '' : `?input=${sent.kind === 'raw' ? input : encodeURIComponent(input ?? '')}`}`,
          { headers },
        )
      : await fetch(`${baseUrl}/trpc/${name}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          ...(input === undefined ? {} : { body: input }),
        });
  const cleared = response.headers.getSetCookie().some((line) => /^mp_session=;|max-age=0/i.test(line));
  return { status: response.status, body: (await response.text()).slice(0, 500), cleared };
}

const excerpt = (sent: Sent) =>
  JSON.stringify(sent, (_key, value) =>
    typeof value === 'string' && value.length > 200 ? `${value.slice(0, 200)}…(${value.length})` : value,
  ).slice(0, 2000);

describe('no input makes any procedure answer 5xx', () => {
  let marketplace: TestMarketplace;
  let accountId: string;
  let seller: HttpClient;
  const pools: Pools = { uuids: [], emails: [] };

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const orm = marketplace.services.orm;
    const member = await createMember(orm, { types: ['seller', 'buyer'] });
    accountId = member.account.id;
    const em = orm.em.fork();
    // The same account is an operator too, so operator procedures run past their access check.
    await em.nativeUpdate(MarketplaceAccount, { id: accountId }, { operator: true });
    // Ids of things that exist: another member of the organization, an organization awaiting
    // validation. Neither the caller's own account nor its organization is in the pools, so that
    // the fuzz cannot demote, delete or reject the caller midway and leave later procedures at 403.
    const colleague = em.create(MarketplaceAccount, {
      organization: member.organization.id,
      email: `colleague-${accountId}@example.com`,
      firstName: 'Grace',
      lastName: 'Hopper',
      roles: ['user'],
      language: 'fr',
    });
    await em.flush();
    const pending = await createMember(orm, { state: 'pending_validation' });
    pools.uuids.push(colleague.id, pending.organization.id);
    pools.emails.push(member.email, colleague.email, pending.email);
    seller = new HttpClient(marketplace.url);
    await seller.mutation('auth.login', { email: member.email, password: member.password });
    await seller.mutation('showcase.save', {
      companyName: 'Nimbus Linux SAS',
      description: { en: 'Hardened images', fr: 'Images durcies' },
      contactEmail: 'sales@nimbus.example',
      supportContact: 'support@nimbus.example',
    });
  });
  afterAll(async () => {
    if (process.env.FUZZ_STATS) console.table(Object.fromEntries(statuses));
    await marketplace.stop();
  });

  /** The caller's session, a new one after an answer cleared it (`auth.logout`, for one). */
  let session: string | undefined;
  async function signedInCookie(): Promise<string> {
    session ??= await newSession();
    return session;
  }
  async function newSession(): Promise<string> {
    const em = marketplace.services.orm.em.fork();
    const account = await em.findOneOrFail(MarketplaceAccount, { id: accountId });
    let cookie = '';
    const jar = {
      read: () => undefined,
      write: (value: string) => (cookie = value.split(';')[0] ?? ''),
      secure: false,
    };
    await startSession(em, account, { ipAddress: null, userAgent: null }, jar, marketplace.services.now());
    return cookie;
  }

  /** A draft of the caller's own for each procedure: `products.deleteDraft` may delete the last one. */
  async function freshProductIds(): Promise<string[]> {
    const product = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Nimbus', fr: 'Nimbus' },
      shortDescription: { en: '', fr: '' },
      description: { en: '', fr: '' },
      categories: [],
      supportContact: '',
      offers: [{ type: 'free' }],
    });
    const view = await seller.query<{ offers?: { id: string }[] }>('products.get', { id: product.id });
    return [product.id, ...(view.offers ?? []).map((offer) => offer.id)];
  }

  it('covers every procedure of the router', () => {
    expect(procedures.length).toBeGreaterThan(40);
  });

  // The files routes are plain HTTP, not procedures: names, purposes, types and ids of every kind.
  it('POST /files and GET /files/:id', { timeout: 120_000 }, async () => {
    const headerText = fc.oneof(
      fc.constantFrom(...HOSTILE_TEXTS).map((text) => {
        try {
          return encodeURIComponent(text);
        } catch {
          return '%ED%A0%80'; // half of a surrogate pair, as a careless client encodes it
        }
      }),
      fc.constantFrom('%', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', 'ÿé', '%00.pdf', 'x'.repeat(8000)),
    );
    const upload = fc.record({
      purpose: fc.constantFrom('logo', 'screenshot', 'licence', '', 'x%00', '%E0'),
      name: fc.option(headerText, { nil: undefined }),
      type: fc.constantFrom('image/png', 'application/pdf', 'text/plain', 'image/svg+xml', '', 'x/\u00ff'),
      body: fc.uint8Array({ maxLength: 64 }),
      id: fc.oneof(fc.uuid(), headerText),
    });
    const cookie = await signedInCookie();
    await fc.assert(
      fc.asyncProperty(upload, async ({ purpose, name, type, body, id }) => {
        const posted = await fetch(`${marketplace.url}/files?purpose=${purpose}`, {
          method: 'POST',
          headers: { cookie, 'content-type': type, ...(name === undefined ? {} : { 'x-file-name': name }) },
          body,
        });
        const got = await fetch(`${marketplace.url}/files/${id}?download=1`);
        for (const [route, response] of [
          ['POST /files', posted],
          ['GET /files/:id', got],
        ] as const) {
          if (response.status >= 500) {
            throw new Error(`${route} answered ${response.status} (seed ${SEED}): ${await response.text()}`);
          }
        }
      }),
      { seed: SEED, numRuns: Math.round(30 * SCALE), endOnFailure: true },
    );
  });

  for (const [index, [name, procedure]] of procedures.entries()) {
    const { type, inputs } = procedure._def;
    if (type === 'subscription') continue;
    const slow = SLOW.has(name) ? 0.4 : 1;
    // One seed per procedure, so that each meets other values (of the pools too).
    const seed = SEED + index;

    it(`${name} (${type})`, { timeout: 120_000 }, async () => {
      const local: Pools = { uuids: [...(await freshProductIds()), ...pools.uuids], emails: pools.emails };
      const passes = [
        { who: 'signed in', runs: RUNS.signedIn, languages: ['en', 'fr'], cookies: [SIGNED_IN] },
        { who: 'anonymous', runs: RUNS.anonymous, languages: ['en', 'fr', 'xx'], cookies: ANONYMOUS_COOKIES },
      ];
      for (const pass of passes) {
        await fc.assert(
          fc.asyncProperty(
            sentFor(inputs, local),
            fc.constantFrom(...pass.languages),
            fc.constantFrom(...pass.cookies),
            async (sent, language, cookie) => {
              const headers: Record<string, string> = { 'x-language': language };
              if (cookie) headers.cookie = cookie === SIGNED_IN ? await signedInCookie() : cookie;
              const answer = await send(marketplace.url, name, type, sent, headers);
              if (answer.cleared && cookie === SIGNED_IN) session = undefined;
              if (process.env.FUZZ_DEBUG === name && answer.status < 500)
                console.log(answer.status, answer.body.slice(0, 300));
              count(`${name} (${cookie === SIGNED_IN ? 'signed in' : 'anonymous'})`, answer.status);
              if (answer.status >= 500) {
                throw new Error(
                  `${name} as ${pass.who} answered ${answer.status} (seed ${seed}): ${answer.body}\ninput: ${excerpt(sent)}`,
                );
              }
            },
          ),
          { seed, numRuns: Math.max(1, Math.round(pass.runs * slow * SCALE)), endOnFailure: true },
        );
      }
    });
  }
});
