// The seller's lists in keyset pages: its products and a product's subscribers; and the public showcase
// shows a bounded number of products (issue 10: no list answers everything at once).
import { Product, Showcase, Subscription } from '@marketplace/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOWCASE_PRODUCTS } from '../catalog/product-page.ts';
import { createPublishedProduct } from '../testing/catalog-rows.ts';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import { expectKeysetPages, type Page, type PageInput, spreadCreationTimes } from '../testing/pages.ts';

const ROWS = 150;

describe('seller lists in pages', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;
  let member: Awaited<ReturnType<typeof createMember>>;
  let rival: Awaited<ReturnType<typeof createMember>>;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    member = await createMember(marketplace.services.orm, { types: ['seller'] });
    rival = await createMember(marketplace.services.orm, { types: ['seller'] });
    seller = new HttpClient(marketplace.url);
    await seller.mutation('auth.login', { email: member.email, password: member.password });
  });
  afterAll(() => marketplace.stop());

  const em = () => marketplace.services.orm.em.fork();

  it('pages products.list, newest first, the organization’s own products only', async () => {
    const fork = em();
    const products = Array.from(
      { length: ROWS },
      () => createPublishedProduct(fork, member.organization.id).product,
    );
    for (let i = 0; i < 5; i += 1) createPublishedProduct(fork, rival.organization.id);
    await fork.flush();
    const newest = await spreadCreationTimes(
      fork,
      'product',
      products.map((p) => p.id),
    );
    await expectKeysetPages({
      read: (page: PageInput) => seller.query<Page<{ id: string }>>('products.list', page),
      expected: newest,
      newestLast: false,
      insert: async () => {
        const added = em();
        const { product } = createPublishedProduct(added, member.organization.id);
        await added.flush();
        return product.id;
      },
    });
  });

  it('pages products.subscribers, newest first, the product’s subscriptions only', async () => {
    const fork = em();
    const { product, offer } = createPublishedProduct(fork, member.organization.id);
    const another = createPublishedProduct(fork, member.organization.id);
    const buyers = await Promise.all(
      [1, 2, 3].map(() => createMember(marketplace.services.orm, { types: ['buyer'] })),
    );
    const subscribe = (to: { product: Product; offer: typeof offer }, i: number) =>
      fork.create(Subscription, {
        organization: buyers[i % 3]?.organization.id ?? '',
        product: to.product,
        seller: to.product.organization,
        offer: to.offer,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: [],
        state: 'active',
        activatesAt: new Date(),
      });
    const subscriptions = Array.from({ length: ROWS }, (_, i) => subscribe({ product, offer }, i));
    for (let i = 0; i < 5; i += 1) subscribe(another, i);
    await fork.flush();
    const newest = await spreadCreationTimes(
      fork,
      'subscription',
      subscriptions.map((s) => s.id),
    );
    await expectKeysetPages({
      read: (page: PageInput) =>
        seller.query<Page<{ id: string }>>('products.subscribers', { id: product.id, ...page }),
      expected: newest,
      newestLast: false,
      insert: async () => {
        const added = em();
        const s = added.create(Subscription, {
          organization: buyers[0]?.organization.id ?? '',
          product: product.id,
          seller: member.organization.id,
          offer: offer.id,
          region: 'eu-west-2',
          outscaleAccountIds: [],
          state: 'active',
          activatesAt: new Date(),
        });
        await added.flush();
        return s.id;
      },
    });
    // Another seller's product is not found, on any page.
    const rivalClient = new HttpClient(marketplace.url);
    await rivalClient.mutation('auth.login', { email: rival.email, password: rival.password });
    expect((await trpcError(rivalClient.query('products.subscribers', { id: product.id }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('shows at most SHOWCASE_PRODUCTS products on a showcase', async () => {
    const fork = em();
    fork.create(Showcase, {
      organization: rival.organization.id,
      companyName: 'Rival SAS',
      shortDescription: { en: 'Rival', fr: 'Rival' },
      description: { en: 'Rival.', fr: 'Rival.' },
      contactEmail: 'sales@rival.example',
      supportContact: 'support@rival.example',
      publishedAt: new Date(),
    });
    for (let i = 0; i < SHOWCASE_PRODUCTS + 20; i += 1) createPublishedProduct(fork, rival.organization.id);
    await fork.flush();
    const page = await new HttpClient(marketplace.url).query<{ products: { id: string }[] }>(
      'catalog.showcase',
      { id: rival.organization.id },
    );
    expect(page.products).toHaveLength(SHOWCASE_PRODUCTS);
    const rivals = await em().find(Product, { organization: rival.organization.id }, { fields: ['id'] });
    const theirs = new Set(rivals.map((p) => p.id));
    expect(page.products.every((p) => theirs.has(p.id))).toBe(true);
  });
});
