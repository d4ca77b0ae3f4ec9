import { MarketplaceAccount, Organization } from '@marketplace/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../testing/eventually.ts';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { linkIn, startTestMarketplace, type TestMarketplace, waitForMail } from '../testing/marketplace.ts';
import { createOperator } from './operator.ts';

// Accounts of the simulator's demo seed (packages/outscale/seed/demo.json).
const ACME_GOUV = {
  accountId: '300000000002',
  accessKey: 'AKBUYACMEGOUV0000000',
  secretKey: 'SKCCB36941982FCA47BFF2887526A28E358244F2',
};
const MINISTRY = {
  accountId: '300000000003',
  accessKey: 'AKBUYMINGOUV00000000',
  secretKey: 'SKCA467C9EEC8F99297EB79DA9EE91FAA2CD7925',
};
const ACME_EUW2 = {
  accountId: '300000000001',
  accessKey: 'AKBUYACMEEUW20000000',
  secretKey: 'SK3CD408D83E99A7A28496E0483C8DC06174C618',
};
const RESTRICTED = {
  accessKey: 'AKSELRESTRICTED00000',
  secretKey: 'SKA8705CEA555767ABB3CF5A137DFB0E257B711E',
};
const CERTIFIED = {
  accessKey: 'AKSELCERTIFIED000000',
  secretKey: 'SK479BB7483AC69481029321E0353B27F6E8ACBD',
};

describe('organizations, accounts and their OUTSCALE side', () => {
  let marketplace: TestMarketplace;
  beforeAll(async () => {
    marketplace = await startTestMarketplace();
  });
  afterAll(() => marketplace.stop());

  const browser = (language = 'en') => new HttpClient(marketplace.url, { 'x-language': language });
  const signup = (
    client: HttpClient,
    keys: { accessKey: string; secretKey: string },
    region = 'cloudgouv-eu-west-1',
  ) =>
    client.mutation<{ id: string; emailSentTo: string }>('auth.signup', {
      organizationName: 'Acme Industries',
      types: ['buyer'],
      region,
      language: 'fr',
      portal: 'buyer',
      ...keys,
    });

  it('signs an organization up from its OUTSCALE keys, pending, with a set-password link to the account e-mail', async () => {
    const result = await signup(browser(), ACME_GOUV);
    expect(result.emailSentTo).toBe('c***@acme-industries.example');

    const mail = await waitForMail(
      marketplace,
      'cloud@acme-industries.example',
      /Définissez votre mot de passe/,
    );
    const { token } = linkIn(mail.text, 'set-password');
    const client = browser();
    await client.mutation('auth.setPassword', { token, password: 'Acme-admin-2026!' });
    await client.mutation('auth.login', {
      email: 'cloud@acme-industries.example',
      password: 'Acme-admin-2026!',
    });
    const me = await client.query<{ account: { roles: string[] }; organization: { state: string } }>(
      'auth.me',
    );
    expect(me.account.roles).toEqual(['admin', 'user']);
    expect(me.organization.state).toBe('pending_validation');

    const stored = await marketplace.services.orm.em
      .fork()
      .findOneOrFail(Organization, { id: result.id }, { populate: ['secretKeyEncrypted'] });
    expect(stored.secretKeyEncrypted).not.toContain(ACME_GOUV.secretKey);

    // The first admin is backed by an EIM user in the marketplace_ group, created by a job.
    const cloud = marketplace.services.cloud.client(
      'cloudgouv-eu-west-1',
      ACME_GOUV.accessKey,
      ACME_GOUV.secretKey,
    );
    const users = await eventually(async () => {
      const { Users = [] } = await cloud.call('ReadUsers', {});
      if (!Users.some((u) => u.UserName?.startsWith('marketplace_'))) throw new Error('not yet');
      return Users;
    });
    expect(users.filter((u) => u.UserName?.startsWith('marketplace_'))).toHaveLength(1);
    const groups = await cloud.call('ReadUserGroups', {});
    expect(groups.UserGroups?.map((g) => g.Name)).toContain('marketplace_users');
  });

  it('refuses an OUTSCALE account already registered, and wrong keys, with actionable messages', async () => {
    const taken = await trpcError(signup(browser(), ACME_GOUV));
    expect(taken.code).toBe('CONFLICT');
    const wrong = await trpcError(
      signup(browser('fr'), { accessKey: ACME_GOUV.accessKey, secretKey: 'S'.repeat(40) }),
    );
    expect(wrong.code).toBe('BAD_REQUEST');
    expect(wrong.body.message).toMatch(/OUTSCALE n'a pas accepté ces clés/);
  });

  it('explains API access rules that refuse the marketplace, or require a client certificate', async () => {
    const restricted = await trpcError(signup(browser(), RESTRICTED, 'eu-west-2'));
    expect(restricted.code).toBe('PRECONDITION_FAILED');
    expect(restricted.body.message).toContain('148.253.98.37/32');
    const certified = await trpcError(signup(browser(), CERTIFIED, 'eu-west-2'));
    expect(certified.code).toBe('PRECONDITION_FAILED');
    expect(certified.body.message).toMatch(/client certificate/);
  });

  it('lets an operator validate or reject an organization, e-mailing its admins', async () => {
    const pending = await createMember(marketplace.services.orm, {
      state: 'pending_validation',
      email: 'admin@pending.example',
    });
    const toReject = await createMember(marketplace.services.orm, {
      state: 'pending_validation',
      email: 'admin@doubtful.example',
    });
    const em = marketplace.services.orm.em.fork();
    await createOperator(
      em,
      marketplace.services.outbox,
      'ops@outscale.example',
      marketplace.url,
      new Date(),
    );
    const invitation = await waitForMail(marketplace, 'ops@outscale.example', /operator account/);
    const operator = browser();
    await operator.mutation('auth.setPassword', {
      token: linkIn(invitation.text, 'set-password').token,
      password: 'Operator-pass-42',
    });
    await operator.mutation('auth.login', { email: 'ops@outscale.example', password: 'Operator-pass-42' });

    const list = await operator.query<{ items: { id: string }[] }>('operator.organizations.list', {
      state: 'pending_validation',
    });
    expect(list.items.map((o) => o.id)).toEqual(
      expect.arrayContaining([pending.organization.id, toReject.organization.id]),
    );

    await operator.mutation('operator.organizations.validate', { id: pending.organization.id });
    await waitForMail(marketplace, 'admin@pending.example', /is validated/);
    await operator.mutation('operator.organizations.reject', {
      id: toReject.organization.id,
      reason: 'No SIRET found.',
    });
    const rejected = await waitForMail(marketplace, 'admin@doubtful.example', /was not validated/);
    expect(rejected.text).toContain('No SIRET found.');

    const member = browser();
    await member.mutation('auth.login', { email: 'admin@pending.example', password: pending.password });
    expect((await trpcError(member.query('operator.organizations.list'))).code).toBe('FORBIDDEN');
  });

  it('lets admins manage accounts, backed by EIM users, and never removes the last admin', async () => {
    const keys = MINISTRY;
    const signedUp = await signup(browser(), keys);
    const mail = await waitForMail(marketplace, 'dsi@ministere-exemple.example', /mot de passe/);
    const admin = browser();
    await admin.mutation('auth.setPassword', {
      token: linkIn(mail.text, 'set-password').token,
      password: 'Ministry-admin-1!',
    });
    await admin.mutation('auth.login', {
      email: 'dsi@ministere-exemple.example',
      password: 'Ministry-admin-1!',
    });
    expect(signedUp.id).toBeTruthy();

    const { id } = await admin.mutation<{ id: string }>('accounts.create', {
      email: 'agent@ministere-exemple.example',
      firstName: 'Camille',
      lastName: 'Martin',
      roles: ['user'],
    });
    const invite = await waitForMail(marketplace, 'agent@ministere-exemple.example', /Votre compte/);
    expect(invite.text).toContain('set-password?token=');

    const cloud = marketplace.services.cloud.client('cloudgouv-eu-west-1', keys.accessKey, keys.secretKey);
    await eventually(async () => {
      const accounts = await admin.query<{
        items: { id: string; eim: { state: string; userName: string } }[];
      }>('accounts.list');
      const created = accounts.items.find((a) => a.id === id);
      if (created?.eim.state !== 'provisioned') throw new Error('not yet');
      const { Users = [] } = await cloud.call('ReadUsers', {});
      expect(Users.map((u) => u.UserName)).toContain(created.eim.userName);
    });

    const user = browser();
    const userInvite = linkIn(invite.text, 'set-password');
    await user.mutation('auth.setPassword', { token: userInvite.token, password: 'Camille-agent-1!' });
    await user.mutation('auth.login', {
      email: 'agent@ministere-exemple.example',
      password: 'Camille-agent-1!',
    });
    expect((await trpcError(user.query('accounts.list'))).code).toBe('FORBIDDEN');

    const me = await admin.query<{ account: { id: string } }>('auth.me');
    const demote = await trpcError(admin.mutation('accounts.update', { id: me.account.id, roles: ['user'] }));
    expect(demote.code).toBe('PRECONDITION_FAILED');
    expect((await trpcError(admin.mutation('accounts.delete', { id: me.account.id }))).code).toBe(
      'PRECONDITION_FAILED',
    );

    await admin.mutation('accounts.update', { id, roles: ['admin', 'user'] });
    await waitForMail(marketplace, 'agent@ministere-exemple.example', /a été modifié/);

    const accounts = await admin.query<{ items: { id: string; eim: { userName: string } }[] }>(
      'accounts.list',
    );
    const userName = accounts.items.find((a) => a.id === id)?.eim.userName;
    await admin.mutation('accounts.delete', { id });
    await waitForMail(marketplace, 'agent@ministere-exemple.example', /a été supprimé/);
    expect(await user.query('auth.me')).toBeNull();
    await eventually(async () => {
      const { Users = [] } = await cloud.call('ReadUsers', {});
      if (Users.some((u) => u.UserName === userName)) throw new Error('still there');
    });
    expect(await marketplace.services.orm.em.fork().count(MarketplaceAccount, { id })).toBe(0);

    // A foreign organization's account answers NOT_FOUND, never FORBIDDEN.
    const other = await createMember(marketplace.services.orm);
    expect((await trpcError(admin.mutation('accounts.delete', { id: other.account.id }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('links and unlinks OUTSCALE accounts proved by their keys', async () => {
    const member = await createMember(marketplace.services.orm);
    const admin = browser();
    await admin.mutation('auth.login', { email: member.email, password: member.password });
    const linked = await admin.mutation<{ id: string; accountId: string }>('outscaleAccounts.link', {
      region: 'eu-west-2',
      label: 'Production',
      ...ACME_EUW2,
    });
    expect(linked.accountId).toBe(ACME_EUW2.accountId);
    const again = await trpcError(
      admin.mutation('outscaleAccounts.link', { region: 'eu-west-2', ...ACME_EUW2 }),
    );
    expect(again.code).toBe('CONFLICT');
    const listed = await admin.query<{ items: { id: string; label: string }[] }>('outscaleAccounts.list');
    expect(listed.items).toEqual([expect.objectContaining({ id: linked.id, label: 'Production' })]);
    expect(JSON.stringify(listed)).not.toContain(ACME_EUW2.secretKey);
    await admin.mutation('outscaleAccounts.unlink', { id: linked.id });
    expect((await admin.query<{ items: unknown[] }>('outscaleAccounts.list')).items).toEqual([]);
  });
});
