// No accidental duplicates: an identical subscription (same offer, region and set of OUTSCALE accounts)
// to one in force is refused with CONFLICT, naming it; other accounts, another region, or one ended are
// allowed; concurrent identical creates let exactly one through.
import { LinkedOutscaleAccount, Organization, Product as ProductEntity, Subscription } from '@marketplace/db';
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../testing/eventually.ts';
import { createMember, createSeller, OFFER_TEXTS, publishNimbusShowcase } from '../testing/fixtures.ts';
import { HttpClient, type TrpcHttpError, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import { expectKeysetPages, type Page, type PageInput, spreadCreationTimes } from '../testing/pages.ts';

const ACME = '300000000002';
const STAGING = '300000000004';
const ACME_LONDON = '300000000001';

type Product = { id: string; offers: { id: string }[]; versions: { state: string }[] };
type Details = { subscriptionId: string; path: string };
const detailsOf = (error: TrpcHttpError) => (error.body.data as { details?: Details }).details;

describe('duplicate subscriptions', () => {
  let marketplace: TestMarketplace;
  let buyer: HttpClient;
  let product: Product;
  let signIn: (headers?: Record<string, string>) => Promise<HttpClient>;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('no simulator');
    await shareImage(simulatorClient(simulator, '200000000011'), 'ami-a1011000', ['100000000001']);
    await shareImage(simulatorClient(simulator, '200000000012'), 'ami-a1021000', ['100000000002']);
    const sellerMember = await createSeller(marketplace.services.orm, {
      simulator,
      secretKey: marketplace.services.secretKey,
      home: '200000000011',
      linked: ['200000000012'],
    });
    const seller = new HttpClient(marketplace.url);
    await seller.mutation('auth.login', { email: sellerMember.email, password: sellerMember.password });
    await publishNimbusShowcase(seller);
    const { id } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Hardened Debian', fr: 'Debian durcie' },
      shortDescription: { en: 'OS', fr: 'OS' },
      description: { en: 'A hardened Debian.', fr: 'Une Debian durcie.' },
      categories: ['operating-systems'],
      regions: ['cloudgouv-eu-west-1', 'eu-west-2'],
      supportContact: 'support@nimbus.example',
      licence: 'https://nimbus.example/licence',
      offers: [
        {
          ...OFFER_TEXTS,
          type: 'hourly',
          title: { en: 'Pay as you go', fr: 'Paiement à l’usage' },
          prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: { amount: 12, currency: 'EUR' } }],
        },
      ],
    });
    await seller.mutation('products.versions.create', {
      productId: id,
      name: '1.0.0',
      releaseNotes: { en: 'First', fr: 'Première' },
      sources: [
        { region: 'cloudgouv-eu-west-1', imageId: 'ami-a1011000' },
        { region: 'eu-west-2', imageId: 'ami-a1021000' },
      ],
    });
    await seller.mutation('products.publish', { id });
    product = await eventually(async () => {
      const view = await seller.query<Product>('products.get', { id });
      if (view.versions[0]?.state !== 'available') throw new Error('not yet');
      return view;
    });

    const buyerMember = await createMember(marketplace.services.orm);
    const em = marketplace.services.orm.em.fork();
    await em.nativeUpdate(Organization, { id: buyerMember.organization.id }, { outscaleAccountId: ACME });
    for (const [accountId, region] of [
      [STAGING, 'cloudgouv-eu-west-1'],
      [ACME_LONDON, 'eu-west-2'],
    ] as const) {
      em.create(LinkedOutscaleAccount, {
        organization: buyerMember.organization.id,
        label: accountId,
        accountId,
        region,
        accessKey: `AK${accountId}00000000`,
        secretKeyEncrypted: 'v1:opaque',
      });
    }
    await em.flush();
    signIn = async (headers = {}) => {
      const client = new HttpClient(marketplace.url, headers);
      await client.mutation('auth.login', { email: buyerMember.email, password: buyerMember.password });
      return client;
    };
    buyer = await signIn();
  });
  afterAll(() => marketplace.stop());

  const subscribe = (accounts: string[], region = 'cloudgouv-eu-west-1', client = buyer) =>
    client.mutation<{ id: string; state: string }>('subscriptions.create', {
      productId: product.id,
      offerId: product.offers[0]?.id,
      region,
      outscaleAccountIds: accounts,
      licenceAccepted: true,
    });

  it('refuses an identical subscription with CONFLICT, naming the one in force and its page', async () => {
    const first = await subscribe([ACME]);
    const refused = await trpcError(subscribe([ACME]));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.body.message).toMatch(
      /^Your organization already subscribed to “Pay as you go” in cloudgouv-eu-west-1 for the OUTSCALE accounts 300000000002 \(since \d{1,2} \w+ \d{4}\): see it in My subscriptions\.$/,
    );
    expect(detailsOf(refused)).toEqual({
      subscriptionId: first.id,
      path: `/subscriptions?subscription=${first.id}`,
    });
  });

  it('allows other accounts, the same accounts in another order refused, another region allowed', async () => {
    const both = await subscribe([ACME, STAGING]);
    const reordered = await trpcError(subscribe([STAGING, ACME, STAGING]));
    expect(reordered.code).toBe('CONFLICT');
    expect(detailsOf(reordered)?.subscriptionId).toBe(both.id);
    expect(reordered.body.message).toContain('300000000002, 300000000004');
    await subscribe([STAGING]);
    await subscribe([ACME_LONDON], 'eu-west-2');

    // The product page's list: the organization's subscriptions in force to this product.
    const mine = await buyer.query<{
      items: { id: string; region: string; outscaleAccountIds: string[]; state: string }[];
    }>('subscriptions.forProduct', { productId: product.id });
    expect(mine.items.map((s) => [s.region, s.outscaleAccountIds])).toEqual([
      ['cloudgouv-eu-west-1', [ACME]],
      ['cloudgouv-eu-west-1', [ACME, STAGING]],
      ['cloudgouv-eu-west-1', [STAGING]],
      ['eu-west-2', [ACME_LONDON]],
    ]);
    const stranger = await createMember(marketplace.services.orm);
    const other = new HttpClient(marketplace.url);
    await other.mutation('auth.login', { email: stranger.email, password: stranger.password });
    expect(
      (await other.query<{ items: unknown[] }>('subscriptions.forProduct', { productId: product.id })).items,
    ).toEqual([]);
  });

  it('allows subscribing again once the identical subscription is cancelled, and says so in French', async () => {
    const { items } = await buyer.query<{ items: { id: string; outscaleAccountIds: string[] }[] }>(
      'subscriptions.forProduct',
      { productId: product.id },
    );
    const london = items.find((s) => s.outscaleAccountIds.includes(ACME_LONDON));
    const french = await signIn({ 'x-language': 'fr' });
    const refused = await trpcError(subscribe([ACME_LONDON], 'eu-west-2', french));
    expect(refused.body.message).toMatch(
      /^Votre organisation a déjà souscrit à « Paiement à l’usage » dans eu-west-2 pour les comptes OUTSCALE 300000000001 \(depuis le \d{1,2} \S+ \d{4}\) : voyez-la dans Mes souscriptions\.$/,
    );
    await buyer.mutation('subscriptions.cancel', { id: london?.id });
    const again = await subscribe([ACME_LONDON], 'eu-west-2');
    expect(again.state).toBe('active');
  });

  it('pages subscriptions.forProduct, oldest first, in force only', async () => {
    const em = marketplace.services.orm.em.fork();
    const organization = await em.findOneOrFail(Organization, { outscaleAccountId: ACME });
    const existing = await em.find(Subscription, { organization, state: { $ne: 'ended' } });
    const { organization: seller } = await em.findOneOrFail(ProductEntity, { id: product.id });
    const row = (state: 'active' | 'ended', i: number) =>
      em.create(Subscription, {
        organization,
        product: product.id,
        seller,
        offer: product.offers[0]?.id ?? '',
        region: 'eu-west-2',
        outscaleAccountIds: [String(500000000000 + i)],
        state,
        activatesAt: new Date(),
      });
    const rows = Array.from({ length: 150 }, (_, i) => row('active', i));
    for (let i = 0; i < 5; i += 1) row('ended', 1000 + i);
    await em.flush();
    const newest = await spreadCreationTimes(
      em,
      'subscription',
      [...existing, ...rows].map((s) => s.id),
    );
    await expectKeysetPages({
      read: (page: PageInput) =>
        buyer.query<Page<{ id: string; state: string }>>('subscriptions.forProduct', {
          productId: product.id,
          ...page,
        }),
      expected: [...newest].reverse(),
      newestLast: true,
      insert: async () => {
        const added = row('active', 2000);
        await em.flush();
        return added.id;
      },
    });
  });

  it('lets exactly one of concurrent identical creates through', async () => {
    const em = marketplace.services.orm.em.fork();
    const organization = await em.findOneOrFail(Organization, { outscaleAccountId: ACME });
    em.create(LinkedOutscaleAccount, {
      organization,
      label: 'Race',
      accountId: '300000000003',
      region: 'cloudgouv-eu-west-1',
      accessKey: 'AKRACE00000000000000',
      secretKeyEncrypted: 'v1:opaque',
    });
    await em.flush();
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () => subscribe(['300000000003', ACME])),
    );
    const created = results.filter((r) => r.status === 'fulfilled');
    expect(created).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect((r.reason as TrpcHttpError).code).toBe('CONFLICT');
    }
  });
});
