// My sales on real parts: the seller organization's subscriptions only, filtered by product, state and
// key status, sorted newest or oldest first, a keyset page at a time; the same list as CSV; the
// dashboard's figures.
import { Subscription } from '@marketplace/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../testing/fixtures.ts';
import { type HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import {
  ACCOUNT_SETS,
  ACME,
  type PublishedProduct,
  signIn,
  startSelling,
  withSession,
} from './sales-setup.ts';

type Sale = {
  id: string;
  product: { id: string; name: { en: string } };
  offer: { type: string };
  buyer: { name: string };
  outscaleAccountIds: string[];
  state: string;
  keyStatus: string;
  createdAt: string;
};
type Page = { items: Sale[]; nextCursor: string | null };

describe('My sales', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;
  let buyer: HttpClient;
  let subscriptionProduct: PublishedProduct;
  let freeProduct: PublishedProduct;
  /** Subscription IDs in the order they were made: four to the subscription offer, then two free. */
  const made: string[] = [];

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const setup = await startSelling(marketplace);
    seller = setup.seller;
    buyer = setup.buyer;
    subscriptionProduct = await setup.publish();
    freeProduct = await setup.publish(setup.FREE_OFFER);
    const today = new Date().toISOString().slice(0, 10);
    // Each on other accounts than the others of its offer: none is a duplicate.
    const buy = async (product: PublishedProduct, accounts: readonly string[]) => {
      const { id } = await buyer.mutation<{ id: string }>('subscriptions.create', {
        productId: product.id,
        offerId: product.offers[0]?.id,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: accounts,
        licenceAccepted: true,
        ...(product === subscriptionProduct ? { startDate: today } : {}),
      });
      made.push(id);
    };
    for (const accounts of ACCOUNT_SETS.slice(0, 4)) await buy(subscriptionProduct, accounts);
    for (const accounts of ACCOUNT_SETS.slice(0, 2)) await buy(freeProduct, accounts);
    // One key allocated; one subscription ended, cancelled 10 days ago.
    await seller.mutation('sales.allocateKey', {
      subscriptionId: made[0],
      key: { kind: 'text', text: 'LIST-KEY' },
    });
    const ended = new Date(Date.now() - 10 * 24 * 3600_000);
    await marketplace.services.orm.em
      .fork()
      .nativeUpdate(Subscription, { id: made[5] }, { state: 'ended', endsAt: ended, cancelledAt: ended });
  });
  afterAll(() => marketplace.stop());

  const list = (input: Record<string, unknown> = {}) => seller.query<Page>('sales.list', input);
  const ids = (page: Page) => page.items.map((s) => s.id);

  it('lists every sale of the organization, newest first, with product, offer, buyer and key status', async () => {
    const page = await list();
    expect(ids(page)).toEqual([...made].reverse());
    expect(page.nextCursor).toBeNull();
    expect(page.items.at(-1)).toMatchObject({
      product: { id: subscriptionProduct.id, name: { en: 'Hardened Debian' } },
      offer: { type: 'subscription' },
      buyer: { name: 'Acme Industries' },
      outscaleAccountIds: [ACME],
      state: 'active',
      keyStatus: 'allocated',
    });
    // Oldest first, on request.
    expect(ids(await list({ sort: 'oldest' }))).toEqual(made);
  });

  it('filters by product, state and key status', async () => {
    expect(ids(await list({ productId: freeProduct.id }))).toEqual([made[5], made[4]]);
    expect(ids(await list({ keyStatus: 'not_needed' }))).toEqual([made[5], made[4]]);
    expect(ids(await list({ keyStatus: 'awaiting' }))).toEqual([made[3], made[2], made[1]]);
    expect(ids(await list({ keyStatus: 'allocated' }))).toEqual([made[0]]);
    expect(ids(await list({ state: 'awaiting_key' }))).toEqual([made[3], made[2], made[1]]);
    expect(ids(await list({ state: 'ended', productId: freeProduct.id }))).toEqual([made[5]]);
    expect(ids(await list({ state: 'ended', productId: subscriptionProduct.id }))).toEqual([]);
  });

  it('pages by cursor, in either order, without repeating or skipping a sale', async () => {
    for (const sort of ['newest', 'oldest'] as const) {
      const seen: string[] = [];
      let cursor: string | null | undefined;
      do {
        const page = await list({ limit: 4, sort, ...(cursor ? { cursor } : {}) });
        expect(page.items.length).toBeLessThanOrEqual(4);
        seen.push(...ids(page));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(sort === 'newest' ? [...made].reverse() : made);
    }
    const filtered = await list({ keyStatus: 'awaiting', limit: 2 });
    expect(ids(filtered)).toEqual([made[3], made[2]]);
    const next = await list({ keyStatus: 'awaiting', limit: 2, cursor: filtered.nextCursor });
    expect(ids(next)).toEqual([made[1]]);
    expect(next.nextCursor).toBeNull();
  });

  it('shows another seller none of these sales, and a buyer-only organization nothing at all', async () => {
    const other = await signIn(
      marketplace,
      await createMember(marketplace.services.orm, { types: ['seller'] }),
    );
    expect(await other.query<Page>('sales.list', {})).toEqual({ items: [], nextCursor: null });
    expect(await other.query<Page>('sales.list', { productId: freeProduct.id })).toEqual({
      items: [],
      nextCursor: null,
    });
    expect((await trpcError(buyer.query('sales.list', {}))).code).toBe('FORBIDDEN');
    const allocate = buyer.mutation('sales.allocateKey', {
      subscriptionId: crypto.randomUUID(),
      key: { kind: 'text', text: 'KEY-1' },
    });
    expect((await trpcError(allocate)).code).toBe('FORBIDDEN');
    expect((await withSession(marketplace, buyer, '/sales.csv')).status).toBe(403);
    expect((await withSession(marketplace, null, '/sales.csv')).status).toBe(401);
  });

  it('exports the same filtered list as CSV, in the seller’s language', async () => {
    const answer = await withSession(marketplace, seller, `/sales.csv?keyStatus=awaiting&sort=oldest`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="sales-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    // Starts with UTF-8's byte order mark, for spreadsheets.
    const bytes = Buffer.from(await answer.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('Subscription ID,Product,Offer,')).toBe(true);
    const records = text.split('\r\n').filter(Boolean);
    expect(records).toHaveLength(4);
    expect(records.slice(1).map((r) => r.split(',')[0])).toEqual([made[1], made[2], made[3]]);
    expect(records[1]).toContain(
      ',Hardened Debian,Annual plan,Subscription,Acme Industries,cloudgouv-eu-west-1,',
    );
    expect(records[1]).toContain(',Awaiting its licence key,To allocate,');

    const french = await (
      await withSession(marketplace, seller, `/sales.csv?language=fr&productId=${freeProduct.id}`)
    ).text();
    const frenchRecords = french.split('\r\n').filter(Boolean);
    expect(frenchRecords[0]).toMatch(/^ID de la souscription,Produit,Offre,/);
    expect(frenchRecords).toHaveLength(3);
    expect(frenchRecords[1]).toContain(',Debian durcie,');
    expect(frenchRecords[1]).toContain(',Terminée,Non nécessaire,');

    const wrong = await withSession(marketplace, seller, '/sales.csv?state=nonsense');
    expect(wrong.status).toBe(400);
  });

  it('gives the dashboard its figures: keys to allocate, new sales and cancellations of 30 days', async () => {
    expect(await seller.query('sales.summary')).toMatchObject({
      keysToAllocate: 3,
      newSales: 6,
      cancellations: 1,
      days: 30,
    });
  });
});
