import { hashPassword } from '@marketplace/auth';
import { LinkedOutscaleAccount, MarketplaceAccount, Organization } from '@marketplace/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import { issueLink } from './one-time-links.ts';

describe('identity rules', () => {
  let marketplace: TestMarketplace;
  let clock: Date;
  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    marketplace.services.now = () => clock;
  });
  beforeEach(() => {
    clock = new Date();
  });
  afterAll(() => marketplace.stop());

  const browser = () => new HttpClient(marketplace.url);

  /** A set-password link for a new account of an organization, as `accounts.create` would send. */
  async function setPasswordLink(issuedAt: Date) {
    const { organization } = await createMember(marketplace.services.orm);
    const em = marketplace.services.orm.em.fork();
    const account = em.create(MarketplaceAccount, {
      organization: organization.id,
      email: `invited-${crypto.randomUUID()}@example.com`,
      firstName: 'New',
      lastName: 'Person',
      roles: ['user'],
      language: 'en',
    });
    const url = issueLink(em, account, 'set_password', marketplace.url, issuedAt);
    await em.flush();
    return { token: new URL(url).searchParams.get('token') ?? '', email: account.email };
  }

  it.each([
    ['length', 'Short-pw-1!'],
    ['lower', 'NO-LOWER-CASE-123!'],
    ['upper', 'no-upper-case-123!'],
    ['digit', 'No-digits-here-at-all!'],
    ['special', 'NoSpecialCharacter123'],
  ])('refuses a password missing only the %s rule', async (rule, password) => {
    const { token } = await setPasswordLink(clock);
    const error = await trpcError(browser().mutation('auth.setPassword', { token, password }));
    expect(error.code).toBe('BAD_REQUEST');
    const expected = {
      length: 'at least 12 characters',
      lower: 'a lower-case letter',
      upper: 'an upper-case letter',
      digit: 'a digit',
      special: 'a special character',
    }[rule];
    expect(error.body.message).toBe(`The password needs ${expected}.`);
    // The refused attempt did not use the link up.
    await browser().mutation('auth.setPassword', { token, password: 'Accepted-pass-42' });
  });

  it('refuses a set-password link after 24 hours, and a second use', async () => {
    const fresh = await setPasswordLink(clock);
    await browser().mutation('auth.setPassword', { token: fresh.token, password: 'Accepted-pass-42' });
    const reused = await trpcError(
      browser().mutation('auth.setPassword', { token: fresh.token, password: 'Another-pass-42' }),
    );
    expect(reused.body.message).toMatch(/expired or was already used/);

    const old = await setPasswordLink(new Date(clock.getTime() - 24 * 3600_000 - 1000));
    const expired = await trpcError(
      browser().mutation('auth.setPassword', { token: old.token, password: 'Accepted-pass-42' }),
    );
    expect(expired.code).toBe('BAD_REQUEST');
    expect(expired.body.message).toMatch(/expired or was already used/);
  });

  it('changes the password under the same policy', async () => {
    const member = await createMember(marketplace.services.orm);
    const client = browser();
    await client.mutation('auth.login', { email: member.email, password: member.password });
    const error = await trpcError(
      client.mutation('auth.changePassword', {
        currentPassword: member.password,
        newPassword: 'nodigitsnorupper!',
      }),
    );
    expect(error.body.data.fieldErrors).toMatchObject({ newPassword: [expect.stringContaining('a digit')] });
  });

  it('answers NOT_FOUND for every ID of another organization, and leaves its objects alone', async () => {
    const mine = await createMember(marketplace.services.orm);
    const theirs = await createMember(marketplace.services.orm);
    const em = marketplace.services.orm.em.fork();
    const theirLinked = em.create(LinkedOutscaleAccount, {
      organization: theirs.organization.id,
      label: 'Theirs',
      accountId: '999999999999',
      region: 'eu-west-2',
      accessKey: 'AKTHEIRS000000000000',
      secretKeyEncrypted: 'v1:opaque',
    });
    await em.flush();

    const admin = browser();
    await admin.mutation('auth.login', { email: mine.email, password: mine.password });
    const calls: [string, unknown][] = [
      ['accounts.update', { id: theirs.account.id, roles: ['user'] }],
      ['accounts.update', { id: theirs.account.id, firstName: 'Hijacked' }],
      ['accounts.delete', { id: theirs.account.id }],
      ['outscaleAccounts.unlink', { id: theirLinked.id }],
    ];
    for (const [procedure, input] of calls) {
      const error = await trpcError(admin.mutation(procedure, input));
      expect(error.code, procedure).toBe('NOT_FOUND');
    }
    const check = marketplace.services.orm.em.fork();
    const account = await check.findOneOrFail(MarketplaceAccount, { id: theirs.account.id });
    expect(account.firstName).toBe('Ada');
    expect(account.roles).toEqual(['admin', 'user']);
    expect(await check.count(LinkedOutscaleAccount, { id: theirLinked.id })).toBe(1);
  });

  it('keeps users out of the admin procedures, and everyone out when signed out', async () => {
    const user = await createMember(marketplace.services.orm, { roles: ['user'] });
    const client = browser();
    await client.mutation('auth.login', { email: user.email, password: user.password });
    for (const procedure of ['accounts.list', 'outscaleAccounts.list']) {
      expect((await trpcError(client.query(procedure))).code, procedure).toBe('FORBIDDEN');
    }
    expect((await trpcError(client.mutation('organization.update', { name: 'Renamed' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await trpcError(browser().query('organization.get'))).code).toBe('UNAUTHORIZED');
  });

  it('lets an admin add the seller type to a buyer organization, and nobody else, nor remove one', async () => {
    const admin = await createMember(marketplace.services.orm, { types: ['buyer'] });
    const user = browser();
    const colleague = await createMember(marketplace.services.orm, { roles: ['user'], types: ['buyer'] });
    await user.mutation('auth.login', { email: colleague.email, password: colleague.password });
    expect((await trpcError(user.mutation('organization.update', { types: ['buyer', 'seller'] }))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await trpcError(browser().mutation('organization.update', { types: ['buyer', 'seller'] }))).code,
    ).toBe('UNAUTHORIZED');

    const client = browser();
    await client.mutation('auth.login', { email: admin.email, password: admin.password });
    for (const types of [[], ['vendor'], 'seller', ['buyer', 'seller', 'buyer']]) {
      const refused = await trpcError(client.mutation('organization.update', { types }));
      expect(refused.code, JSON.stringify(types)).toBe('BAD_REQUEST');
    }
    const added = (await client.mutation('organization.update', { types: ['seller', 'buyer'] })) as {
      types: string[];
      state: string;
    };
    expect(added).toMatchObject({ types: ['buyer', 'seller'], state: 'validated' });
    // Repeated, or sent twice at once (a double click): the same answer, the type stored once.
    const again = await Promise.all([
      client.mutation('organization.update', { types: ['buyer', 'seller'] }),
      client.mutation('organization.update', { types: ['seller', 'buyer'] }),
    ]);
    for (const answer of again)
      expect(answer).toMatchObject({ types: ['buyer', 'seller'], state: 'validated' });
    const removed = await trpcError(client.mutation('organization.update', { types: ['seller'] }));
    expect(removed.code).toBe('PRECONDITION_FAILED');
    expect(removed.body.message).toBe('An organization keeps its types: a type can be added, not removed.');

    const check = marketplace.services.orm.em.fork();
    expect((await check.findOneOrFail(Organization, { id: admin.organization.id })).types).toEqual([
      'buyer',
      'seller',
    ]);
    // The colleague's organization (another one) is untouched: the procedure acts on the caller's own.
    expect((await check.findOneOrFail(Organization, { id: colleague.organization.id })).types).toEqual([
      'buyer',
    ]);
    // As a seller now, its users may open the selling procedures.
    expect(await client.query('showcase.get')).toBeDefined();
    // A member who is not an admin reads whom to ask: its own organization's admins, nobody else.
    const em = marketplace.services.orm.em.fork();
    em.create(MarketplaceAccount, {
      organization: admin.organization.id,
      email: `member-${crypto.randomUUID()}@example.com`,
      firstName: 'Grace',
      lastName: 'Hopper',
      roles: ['user'],
      language: 'en',
      passwordHash: await hashPassword('Member-pass-42!'),
    });
    await em.flush();
    type Admins = { admins: { name: string; email: string }[] };
    expect(((await client.query('organization.get')) as Admins).admins).toEqual([
      { name: 'Ada Lovelace', email: admin.email },
    ]);
    expect(((await user.query('organization.get')) as Admins).admins).toEqual([]);
  });

  it('never sends a password hash or a secret to a page', async () => {
    const member = await createMember(marketplace.services.orm);
    member.account.passwordHash = await hashPassword('Unused-pass-42!');
    const client = browser();
    await client.mutation('auth.login', { email: member.email, password: member.password });
    const answers = JSON.stringify([
      await client.query('auth.me'),
      await client.query('organization.get'),
      await client.query('accounts.list'),
      await client.query('outscaleAccounts.list'),
    ]);
    expect(answers).not.toMatch(/argon2|v1:|secret/i);
  });
});
