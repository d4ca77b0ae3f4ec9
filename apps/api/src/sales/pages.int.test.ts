// My sales in keyset pages: every page check of the lists (order, a row added meanwhile, the default
// size, refusals), newest first and oldest first; a page costs the same few statements at 20 or 100
// sales, current keys included.
import { LicenceKey, Offer, Subscription } from '@marketplace/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedProduct } from '../testing/catalog-rows.ts';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import { expectKeysetPages, type Page, type PageInput, spreadCreationTimes } from '../testing/pages.ts';
import { listSales } from './my-sales.ts';

const ROWS = 150;

describe('My sales in pages', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;
  let sellerMember: Awaited<ReturnType<typeof createMember>>;
  let newest: string[];
  let addSale: () => Promise<string>;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const orm = marketplace.services.orm;
    sellerMember = await createMember(orm, { types: ['seller'] });
    const otherSeller = await createMember(orm, { types: ['seller'] });
    const buyers = await Promise.all([1, 2, 3].map(() => createMember(orm, { types: ['buyer'] })));
    seller = new HttpClient(marketplace.url);
    await seller.mutation('auth.login', { email: sellerMember.email, password: sellerMember.password });

    const em = orm.em.fork();
    const free = createPublishedProduct(em, sellerMember.organization.id, 'free');
    const keyed = createPublishedProduct(em, sellerMember.organization.id, 'free');
    const subscriptionOffer = em.create(Offer, {
      product: keyed.product,
      type: 'subscription',
      title: { en: 'Annual', fr: 'Annuel' },
      terms: {
        type: 'subscription',
        price: { amount: 100, currency: 'EUR' },
        commitmentMonths: 12,
        billingFrequency: 'yearly',
      },
    });
    const foreign = createPublishedProduct(em, otherSeller.organization.id, 'free');
    let sequence = 0;
    const sale = (fork: typeof em, product: typeof free, offer = product.offer, withKey = false) => {
      sequence += 1;
      const subscription = fork.create(Subscription, {
        organization: buyers[sequence % buyers.length]?.organization.id ?? '',
        product: product.product,
        seller: product.product.organization,
        offer,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: [String(400000000000 + sequence)],
        state: withKey ? 'active' : offer.type === 'subscription' ? 'awaiting_key' : 'active',
        activatesAt: new Date(),
        keyAllocatedAt: withKey ? new Date() : null,
      });
      if (withKey) {
        fork.create(LicenceKey, {
          subscription,
          version: 1,
          kind: 'text',
          textEncrypted: 'v1:unused-in-this-test',
          allocatedAt: new Date(),
        });
      }
      return subscription;
    };
    const mine = Array.from({ length: ROWS }, (_, i) =>
      i % 3 === 0 ? sale(em, free) : sale(em, keyed, subscriptionOffer, i % 3 === 1),
    );
    for (let i = 0; i < 5; i += 1) sale(em, foreign);
    await em.flush();
    newest = await spreadCreationTimes(
      em,
      'subscription',
      mine.map((s) => s.id),
    );
    addSale = async () => {
      const fork = orm.em.fork();
      const added = sale(fork, free);
      await fork.flush();
      return added.id;
    };
  });
  afterAll(() => marketplace.stop());

  const read = (sort: 'newest' | 'oldest') => (page: PageInput) =>
    seller.query<Page<{ id: string }>>('sales.list', { ...page, sort });

  it('pages the organization’s sales newest first, and only them', async () => {
    await expectKeysetPages({ read: read('newest'), expected: newest, newestLast: false, insert: addSale });
  });

  it('pages them oldest first too', async () => {
    const all = (await seller.query<Page<{ id: string }>>('sales.list', { limit: 100 })).items.length;
    expect(all).toBe(100);
    // Every sale so far (the ones added by the previous test are the newest), oldest first.
    const everything: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<{ id: string }> = await seller.query('sales.list', {
        sort: 'oldest',
        limit: 100,
        ...(cursor ? { cursor } : {}),
      });
      everything.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(everything.slice(0, ROWS)).toEqual([...newest].reverse());
    await expectKeysetPages({
      read: read('oldest'),
      expected: everything,
      newestLast: true,
      insert: addSale,
    });
  });

  it('costs the same few statements for a page of 20 or 100 sales, their keys included', async () => {
    const statementsFor = async (limit: number) => {
      const knex = marketplace.services.orm.em.getConnection().getKnex();
      let statements = 0;
      const count = () => {
        statements += 1;
      };
      knex.on('query', count);
      try {
        const page = await listSales(marketplace.services.orm.em.fork(), sellerMember.organization, {
          limit,
        });
        expect(page.items).toHaveLength(limit);
        expect(page.items.some((s) => s.key !== null)).toBe(true);
      } finally {
        knex.off('query', count);
      }
      return statements;
    };
    const few = await statementsFor(20);
    expect(await statementsFor(100)).toBe(few);
    expect(few).toBeLessThanOrEqual(4);
  });
});
