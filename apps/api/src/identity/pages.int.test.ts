// The identity lists page by keyset: the organization's accounts, its linked OUTSCALE accounts, and the
// operator's organizations (issue 10: no list answers everything at once).
import { LinkedOutscaleAccount, MarketplaceAccount, Organization } from '@marketplace/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import { expectKeysetPages, type Page, type PageInput, spreadCreationTimes } from '../testing/pages.ts';

const ROWS = 150;

describe('identity lists in pages', () => {
  let marketplace: TestMarketplace;
  let admin: HttpClient;
  let member: Awaited<ReturnType<typeof createMember>>;
  let other: Awaited<ReturnType<typeof createMember>>;
  let sequence = 0;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    member = await createMember(marketplace.services.orm);
    other = await createMember(marketplace.services.orm);
    admin = new HttpClient(marketplace.url);
    await admin.mutation('auth.login', { email: member.email, password: member.password });
  });
  afterAll(() => marketplace.stop());

  const em = () => marketplace.services.orm.em.fork();

  function newAccount(organization: string) {
    sequence += 1;
    return {
      organization,
      email: `page${sequence}@example.com`,
      firstName: 'Page',
      lastName: String(sequence),
      roles: ['user' as const],
      language: 'en' as const,
    };
  }

  function newLinked(organization: string, region: 'cloudgouv-eu-west-1' | 'eu-west-2' = 'eu-west-2') {
    sequence += 1;
    return {
      organization,
      label: `Linked ${sequence}`,
      accountId: String(500000000000 + sequence),
      region,
      accessKey: `AKPAGE${String(sequence).padStart(14, '0')}`,
      secretKeyEncrypted: 'v1:unused-in-this-test',
    };
  }

  it('pages accounts.list, oldest first, the organization’s own accounts only', async () => {
    const fork = em();
    const accounts = Array.from({ length: ROWS - 1 }, () =>
      fork.create(MarketplaceAccount, newAccount(member.organization.id)),
    );
    for (let i = 0; i < 5; i += 1) fork.create(MarketplaceAccount, newAccount(other.organization.id));
    await fork.flush();
    const newest = await spreadCreationTimes(fork, 'marketplace_account', [
      member.account.id,
      ...accounts.map((a) => a.id),
    ]);
    await expectKeysetPages({
      read: (page: PageInput) => admin.query<Page<{ id: string }>>('accounts.list', page),
      expected: [...newest].reverse(),
      newestLast: true,
      insert: async () => {
        const added = em();
        const account = added.create(MarketplaceAccount, newAccount(member.organization.id));
        await added.flush();
        return account.id;
      },
    });
  });

  it('pages outscaleAccounts.list, oldest first, beside the home account', async () => {
    const fork = em();
    const linked = Array.from({ length: ROWS }, () =>
      fork.create(LinkedOutscaleAccount, newLinked(member.organization.id)),
    );
    for (let i = 0; i < 5; i += 1) fork.create(LinkedOutscaleAccount, newLinked(other.organization.id));
    await fork.flush();
    const newest = await spreadCreationTimes(
      fork,
      'linked_outscale_account',
      linked.map((l) => l.id),
    );
    const read = (page: PageInput) =>
      admin.query<Page<{ id: string }> & { home: { accountId: string } }>('outscaleAccounts.list', page);
    expect((await read({})).home.accountId).toBe(member.organization.outscaleAccountId);
    await expectKeysetPages({
      read,
      expected: [...newest].reverse(),
      newestLast: true,
      insert: async () => {
        const added = em();
        const account = added.create(LinkedOutscaleAccount, newLinked(member.organization.id));
        await added.flush();
        return account.id;
      },
    });
  });

  it('pages operator.organizations.list, oldest first, keeping its state filter', async () => {
    const operator = await createMember(marketplace.services.orm);
    const fork = em();
    await fork.nativeUpdate(MarketplaceAccount, { id: operator.account.id }, { operator: true });
    const newOrganization = () => {
      sequence += 1;
      return {
        name: `Waiting ${sequence}`,
        types: ['buyer' as const],
        region: 'cloudgouv-eu-west-1' as const,
        language: 'en' as const,
        state: 'pending_validation' as const,
        outscaleAccountId: String(600000000000 + sequence),
        outscaleEmail: `waiting${sequence}@example.com`,
        accessKey: `AKWAIT${String(sequence).padStart(14, '0')}`,
        secretKeyEncrypted: 'v1:unused-in-this-test',
      };
    };
    const waiting = Array.from({ length: ROWS }, () => fork.create(Organization, newOrganization()));
    await fork.flush();
    const newest = await spreadCreationTimes(
      fork,
      'organization',
      waiting.map((o) => o.id),
    );
    const client = new HttpClient(marketplace.url);
    await client.mutation('auth.login', { email: operator.email, password: operator.password });
    // Validated organizations (the members') are left out by the filter, on every page.
    await expectKeysetPages({
      read: (page: PageInput) =>
        client.query<Page<{ id: string }>>('operator.organizations.list', {
          state: 'pending_validation',
          ...page,
        }),
      expected: [...newest].reverse(),
      newestLast: true,
      insert: async () => {
        const added = em();
        const organization = added.create(Organization, newOrganization());
        await added.flush();
        return organization.id;
      },
    });
    // Without the filter, every organization, each once.
    const all = await client.query<Page<{ id: string }>>('operator.organizations.list', { limit: 100 });
    const rest = await client.query<Page<{ id: string }>>('operator.organizations.list', {
      cursor: all.nextCursor,
      limit: 100,
    });
    const ids = [...all.items, ...rest.items].map((o) => o.id);
    expect(rest.nextCursor).toBeNull();
    expect(new Set(ids).size).toBe(ROWS + 1 + 3);
  });
});
