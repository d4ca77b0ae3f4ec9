import { totpCode, totpKeyFromManualEntry } from '@marketplace/auth';
import { Session } from '@marketplace/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { linkIn, startTestMarketplace, type TestMarketplace, waitForMail } from '../testing/marketplace.ts';

type Me = {
  account: { email: string; roles: string[]; totpEnabled: boolean };
  organization: { state: string };
} | null;

describe('authentication over HTTP', () => {
  let marketplace: TestMarketplace;
  let clock: Date;
  const tick = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    marketplace.services.now = () => clock;
  });
  beforeEach(() => {
    clock = new Date();
  });
  afterAll(() => marketplace.stop());

  const browser = (language = 'en') => new HttpClient(marketplace.url, { 'x-language': language });

  it('signs in with the right password, sets an HttpOnly SameSite cookie, and signs out', async () => {
    const member = await createMember(marketplace.services.orm);
    const client = browser();
    expect(await client.query<Me>('auth.me')).toBeNull();

    const response = await fetch(`${marketplace.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: member.email.toUpperCase(), password: member.password }),
    });
    const cookie = response.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^mp_session=[a-z2-7]{32}; Path=\/; HttpOnly; SameSite=Lax; Expires=/);

    expect(await client.mutation('auth.login', { email: member.email, password: member.password })).toEqual({
      status: 'ok',
    });
    const me = await client.query<Me>('auth.me');
    expect(me?.account).toMatchObject({ email: member.email, roles: ['admin', 'user'], totpEnabled: false });
    expect(me?.organization).toMatchObject({ state: 'validated' });

    await client.mutation('auth.logout');
    expect(client.cookie('mp_session')).toBeUndefined();
    expect(await client.query<Me>('auth.me')).toBeNull();
  });

  it('answers a wrong password or an unknown e-mail alike, in the caller’s language', async () => {
    const member = await createMember(marketplace.services.orm);
    const wrong = await trpcError(
      browser().mutation('auth.login', { email: member.email, password: 'Nope-nope-123!' }),
    );
    const unknown = await trpcError(
      browser().mutation('auth.login', { email: 'nobody@example.com', password: 'Nope-nope-123!' }),
    );
    expect(wrong.code).toBe('UNAUTHORIZED');
    expect(unknown.code).toBe('UNAUTHORIZED');
    expect(unknown.body.message).toBe(wrong.body.message);
    const french = await trpcError(
      browser('fr').mutation('auth.login', { email: member.email, password: 'Nope-nope-123!' }),
    );
    expect(french.body.message).toBe('E-mail ou mot de passe incorrect.');
  });

  it('locks an account for a minute after 4 failures, then lets the right password in', async () => {
    const member = await createMember(marketplace.services.orm);
    for (let i = 0; i < 4; i++) {
      await trpcError(
        browser().mutation('auth.login', { email: member.email, password: 'Wrong-password-1!' }),
      );
    }
    const locked = await trpcError(
      browser().mutation('auth.login', { email: member.email, password: member.password }),
    );
    expect(locked.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.body.message).toMatch(/Try again in 1 minute/);
    tick(61_000);
    expect(
      await browser().mutation('auth.login', { email: member.email, password: member.password }),
    ).toEqual({
      status: 'ok',
    });
  });

  it('signs a session out after 24 hours without activity, and keeps an active one alive', async () => {
    const member = await createMember(marketplace.services.orm);
    const client = browser();
    await client.mutation('auth.login', { email: member.email, password: member.password });
    tick(23 * 3600_000);
    expect(await client.query<Me>('auth.me')).not.toBeNull();
    tick(23 * 3600_000); // 46 h after sign-in, 23 h after the last activity
    expect(await client.query<Me>('auth.me')).not.toBeNull();
    tick(24 * 3600_000 + 1000);
    expect(await client.query<Me>('auth.me')).toBeNull();
  });

  it('resets a forgotten password through an e-mailed link valid 5 minutes, once', async () => {
    const member = await createMember(marketplace.services.orm, { language: 'fr' });
    const stranger = await browser().mutation('auth.requestPasswordReset', { email: 'nobody@example.com' });
    expect(await browser().mutation('auth.requestPasswordReset', { email: member.email })).toEqual(stranger);

    const mail = await waitForMail(marketplace, member.email, /Réinitialisez votre mot de passe/);
    expect(mail.text).toMatch(/English version below/);
    const { token } = linkIn(mail.text, 'reset-password');

    const weak = await trpcError(browser().mutation('auth.resetPassword', { token, password: 'weak' }));
    expect(weak.code).toBe('BAD_REQUEST');
    expect(weak.body.data.fieldErrors).toMatchObject({
      password: [expect.stringMatching(/at least 12 characters/)],
    });

    await browser().mutation('auth.resetPassword', { token, password: 'Brand-new-pass-42' });
    const again = await trpcError(
      browser().mutation('auth.resetPassword', { token, password: 'Another-pass-42!' }),
    );
    expect(again.code).toBe('BAD_REQUEST');
    expect(
      await browser().mutation('auth.login', { email: member.email, password: 'Brand-new-pass-42' }),
    ).toEqual({
      status: 'ok',
    });

    // A second request within the minute sends nothing more; after it, a new link.
    await browser().mutation('auth.requestPasswordReset', { email: member.email });
    tick(61_000);
    await browser().mutation('auth.requestPasswordReset', { email: member.email });
    const newest = await waitForMail(marketplace, member.email, /Réinitialisez/, { count: 2 });
    expect(marketplace.services.devInbox?.list().filter((m) => m.to.includes(member.email))).toHaveLength(2);
    tick(5 * 60_000 + 1000);
    const expired = await trpcError(
      browser().mutation('auth.resetPassword', {
        token: linkIn(newest.text, 'reset-password').token,
        password: 'Too-late-pass-42',
      }),
    );
    expect(expired.body.message).toMatch(/expired or was already used/);
  });

  it('changes the password and signs out the other sessions only', async () => {
    const member = await createMember(marketplace.services.orm);
    const laptop = browser();
    const phone = browser();
    await laptop.mutation('auth.login', { email: member.email, password: member.password });
    await phone.mutation('auth.login', { email: member.email, password: member.password });

    const wrong = await trpcError(
      laptop.mutation('auth.changePassword', { currentPassword: 'nope', newPassword: 'Second-pass-42!' }),
    );
    expect(wrong.code).toBe('BAD_REQUEST');
    await laptop.mutation('auth.changePassword', {
      currentPassword: member.password,
      newPassword: 'Second-pass-42!',
    });
    expect(await laptop.query<Me>('auth.me')).not.toBeNull();
    expect(await phone.query<Me>('auth.me')).toBeNull();
    expect(
      (await trpcError(phone.mutation('auth.changePassword', { currentPassword: 'x', newPassword: 'y' })))
        .code,
    ).toBe('UNAUTHORIZED');
  });

  it('asks for a TOTP code once two-factor is on, and refuses a code used twice', async () => {
    const member = await createMember(marketplace.services.orm);
    const client = browser();
    await client.mutation('auth.login', { email: member.email, password: member.password });
    const setup = await client.mutation<{ uri: string; qrSvg: string; secret: string }>('auth.totp.setup');
    expect(setup.qrSvg).toContain('<svg');
    const key = totpKeyFromManualEntry(setup.secret);
    expect(setup.uri).toContain(`secret=${setup.secret.replace(/\s/g, '')}`);

    expect((await trpcError(client.mutation('auth.totp.enable', { code: '000000' }))).code).toBe(
      'BAD_REQUEST',
    );
    await client.mutation('auth.totp.enable', { code: totpCode(key, clock) });
    expect((await client.query<Me>('auth.me'))?.account.totpEnabled).toBe(true);

    const other = browser();
    expect(await other.mutation('auth.login', { email: member.email, password: member.password })).toEqual({
      status: 'totp_required',
    });
    expect(other.cookie('mp_session')).toBeUndefined();
    tick(30_000);
    const code = totpCode(key, clock);
    expect(
      await other.mutation('auth.login', { email: member.email, password: member.password, totp: code }),
    ).toEqual({
      status: 'ok',
    });
    const replay = await trpcError(
      browser().mutation('auth.login', { email: member.email, password: member.password, totp: code }),
    );
    expect(replay.code).toBe('UNAUTHORIZED');

    tick(30_000);
    await other.mutation('auth.totp.disable', { code: totpCode(key, clock) });
    expect(
      await browser().mutation('auth.login', { email: member.email, password: member.password }),
    ).toEqual({
      status: 'ok',
    });
  });

  it('ignores X-Forwarded-For when no proxy is trusted (the default), so a client cannot pick its address', async () => {
    const member = await createMember(marketplace.services.orm);
    await new HttpClient(marketplace.url, { 'x-forwarded-for': '203.0.113.77' }).mutation('auth.login', {
      email: member.email,
      password: member.password,
    });
    const [session] = await marketplace.services.orm.em.fork().find(Session, { account: member.account.id });
    expect(session?.ipAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
  });

  it('refuses bad input with BAD_REQUEST and field errors, never a server error', async () => {
    const error = await trpcError(
      browser('fr').mutation('auth.login', { email: 'not-an-email', password: '' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.body.message).toBe('Certains champs ne sont pas valides : veuillez les vérifier.');
    expect(error.body.data.fieldErrors).toHaveProperty('email');
  });
});
