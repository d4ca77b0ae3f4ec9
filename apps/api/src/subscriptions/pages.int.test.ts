// My subscriptions and the accounts a subscription may be shared with, in keyset pages (issue 10: 967
// subscriptions answered at once made 1.9 MB in up to 8 s).
import { LinkedOutscaleAccount, Subscription } from '@marketplace/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedProduct } from '../testing/catalog-rows.ts';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import {
  expectKeysetPages,
  expectPagingRefusals,
  type Page,
  type PageInput,
  readAllPages,
  spreadCreationTimes,
} from '../testing/pages.ts';
import { listSubscriptions } from './my-subscriptions.ts';

const ROWS = 150;

describe('buyer lists in pages', () => {
  let marketplace: TestMarketplace;
  let buyer: HttpClient;
  let member: Awaited<ReturnType<typeof createMember>>;
  let other: Awaited<ReturnType<typeof createMember>>;
  let sequence = 0;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    member = await createMember(marketplace.services.orm, { types: ['buyer'] });
    other = await createMember(marketplace.services.orm, { types: ['buyer'] });
    buyer = new HttpClient(marketplace.url);
    await buyer.mutation('auth.login', { email: member.email, password: member.password });
  });
  afterAll(() => marketplace.stop());

  const em = () => marketplace.services.orm.em.fork();

  it('pages subscriptions.list, newest first, the organization’s own subscriptions only', async () => {
    const seller = await createMember(marketplace.services.orm, { types: ['seller'] });
    const fork = em();
    const free = createPublishedProduct(fork, seller.organization.id, 'free');
    const hourly = createPublishedProduct(fork, seller.organization.id, 'hourly');
    const subscribe = (organization: string, i: number) => {
      const { product, offer } = i % 2 ? hourly : free;
      return fork.create(Subscription, {
        organization,
        product,
        seller: product.organization,
        offer,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: [],
        state: 'active',
        activatesAt: new Date(),
      });
    };
    const mine = Array.from({ length: ROWS }, (_, i) => subscribe(member.organization.id, i));
    for (let i = 0; i < 5; i += 1) subscribe(other.organization.id, i);
    await fork.flush();
    const newest = await spreadCreationTimes(
      fork,
      'subscription',
      mine.map((s) => s.id),
    );
    await expectKeysetPages({
      read: (page: PageInput) =>
        buyer.query<Page<{ id: string; product: { id: string }; seller: { id: string } }>>(
          'subscriptions.list',
          page,
        ),
      expected: newest,
      newestLast: false,
      insert: async () => {
        const added = em();
        const s = added.create(Subscription, {
          organization: member.organization.id,
          product: free.product.id,
          seller: seller.organization.id,
          offer: free.offer.id,
          region: 'cloudgouv-eu-west-1',
          outscaleAccountIds: [],
          state: 'active',
          activatesAt: new Date(),
        });
        await added.flush();
        return s.id;
      },
    });
    // A page costs the same few statements whatever its size: nothing is read per subscription.
    const statementsFor = async (limit: number) => {
      const knex = marketplace.services.orm.em.getConnection().getKnex();
      let statements = 0;
      const count = () => {
        statements += 1;
      };
      knex.on('query', count);
      try {
        const page = await listSubscriptions(em(), member.organization, { limit }, marketplace.services);
        expect(page.items).toHaveLength(limit);
      } finally {
        knex.off('query', count);
      }
      return statements;
    };
    // (Pages of both offer types: free ones need no sharing job looked up.)
    const few = await statementsFor(20);
    expect(await statementsFor(100)).toBe(few);
    expect(few).toBeLessThanOrEqual(8);
    // Each view still tells the product and its seller, read for the whole page at once.
    const first = await buyer.query<Page<{ product: { id: string }; seller: { id: string } }>>(
      'subscriptions.list',
      { limit: 2 },
    );
    expect(first.items.map((s) => s.seller.id)).toEqual([seller.organization.id, seller.organization.id]);
  });

  it('pages subscriptions.accounts: the own account first, then the linked ones in the region, oldest first', async () => {
    const fork = em();
    const link = (organization: string, region: 'cloudgouv-eu-west-1' | 'eu-west-2') => {
      sequence += 1;
      return fork.create(LinkedOutscaleAccount, {
        organization,
        label: `Linked ${sequence}`,
        accountId: String(700000000000 + sequence),
        region,
        accessKey: `AKSUBS${String(sequence).padStart(14, '0')}`,
        secretKeyEncrypted: 'v1:unused-in-this-test',
      });
    };
    const linked = Array.from({ length: ROWS }, () => link(member.organization.id, 'cloudgouv-eu-west-1'));
    for (let i = 0; i < 5; i += 1) link(member.organization.id, 'eu-west-2');
    for (let i = 0; i < 5; i += 1) link(other.organization.id, 'cloudgouv-eu-west-1');
    await fork.flush();
    const newest = await spreadCreationTimes(
      fork,
      'linked_outscale_account',
      linked.map((l) => l.id),
    );
    const accountIdOf = new Map(linked.map((l) => [l.id, l.accountId]));
    type Account = { accountId: string; own: boolean };
    const read = (page: PageInput) =>
      buyer.query<Page<Account>>('subscriptions.accounts', { region: 'cloudgouv-eu-west-1', ...page });
    let added: string | undefined;
    const pages = await readAllPages(read, 40, async (n) => {
      if (n !== 1) return;
      const after = em();
      sequence += 1;
      const account = after.create(LinkedOutscaleAccount, {
        organization: member.organization.id,
        label: 'Added meanwhile',
        accountId: String(700000000000 + sequence),
        region: 'cloudgouv-eu-west-1',
        accessKey: `AKSUBS${String(sequence).padStart(14, '0')}`,
        secretKeyEncrypted: 'v1:unused-in-this-test',
      });
      await after.flush();
      added = account.accountId;
    });
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(40);
    expect(pages.flat().map((a) => a.accountId)).toEqual([
      member.organization.outscaleAccountId,
      ...[...newest].reverse().map((id) => accountIdOf.get(id)),
      added,
    ]);
    expect(pages.flat().filter((a) => a.own)).toHaveLength(1);
    // A page of one holds the own account alone; the next one goes on with the linked accounts.
    const one = await read({ limit: 1 });
    expect(one.items).toEqual([expect.objectContaining({ own: true })]);
    const next = await read({ limit: 1, cursor: one.nextCursor ?? '' });
    expect(next.items).toEqual([
      expect.objectContaining({ own: false, accountId: accountIdOf.get(newest.at(-1) ?? '') }),
    ]);
    await expectPagingRefusals(read);
  });
});
