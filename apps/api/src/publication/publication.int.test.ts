// Publication of OMI products on the simulator, for each offer type, as a seller does it over HTTP.
import { ImageCopy, MarketplaceAccount, Offer, Subscription } from '@marketplace/db';
import type { OfferType } from '@marketplace/domain';
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../testing/eventually.ts';
import { createMember, createSeller, OFFER_TEXTS } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace, waitForMail } from '../testing/marketplace.ts';

// The simulator's demo seed: a seller's source OMIs, the distribution accounts, a stranger.
const SOURCES = {
  'cloudgouv-eu-west-1': { owner: '200000000011', imageId: 'ami-a1011000' },
  'eu-west-2': { owner: '200000000012', imageId: 'ami-a1021000' },
} as const;
const DISTRIBUTION = { 'cloudgouv-eu-west-1': '100000000001', 'eu-west-2': '100000000002' } as const;
const STRANGER = '300000000002';

const OFFERS: Record<OfferType, unknown> = {
  hourly: {
    type: 'hourly',
    prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: { amount: 12, currency: 'EUR' } }],
  },
  free: { type: 'free' },
  byol: { type: 'byol', licenceUrl: 'https://nimbus.example/licence' },
  subscription: {
    type: 'subscription',
    price: { amount: 9900, currency: 'EUR' },
    commitmentMonths: 12,
    billingFrequency: 'monthly',
  },
};

type ProductView = {
  state: string;
  productCode: string | null;
  checklist: { key: string }[];
  versions: {
    id: string;
    state: string;
    copies: { region: string; imageId: string | null; state: string; visibility: string }[];
  }[];
};

describe('publishing OMI products on OUTSCALE', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('the test marketplace runs on the simulator');
    // The seller shares its source OMIs with the marketplace's distribution account of each region.
    for (const [region, source] of Object.entries(SOURCES)) {
      await shareImage(simulatorClient(simulator, source.owner), source.imageId, [
        DISTRIBUTION[region as keyof typeof DISTRIBUTION],
      ]);
    }
    // The seller owns the demo seed's Nimbus accounts: its home account in cloudgouv-eu-west-1, and its
    // eu-west-2 account linked, so that both source OMIs are its own.
    const member = await createSeller(marketplace.services.orm, {
      simulator,
      secretKey: marketplace.services.secretKey,
      home: SOURCES['cloudgouv-eu-west-1'].owner,
      linked: [SOURCES['eu-west-2'].owner],
    });
    seller = new HttpClient(marketplace.url);
    await seller.mutation('auth.login', { email: member.email, password: member.password });
    await seller.mutation('showcase.save', {
      companyName: 'Nimbus Linux SAS',
      shortDescription: { en: 'Linux, hardened', fr: 'Linux, durci' },
      description: {
        en: 'We build hardened Linux images.',
        fr: 'Nous construisons des images Linux durcies.',
      },
      contactEmail: 'sales@nimbus.example',
      supportContact: 'support@nimbus.example',
    });
    await seller.mutation('showcase.publish');
  });
  afterAll(() => marketplace.stop());

  const distribution = (region: keyof typeof DISTRIBUTION) => {
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('no simulator');
    return simulatorClient(simulator, DISTRIBUTION[region]);
  };

  async function publishedProduct(offer: OfferType) {
    const { id } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: `Nimbus ${offer}`, fr: `Nimbus ${offer}` },
      shortDescription: { en: 'Hardened Debian', fr: 'Debian durcie' },
      description: { en: 'A hardened Debian 12.', fr: 'Une Debian 12 durcie.' },
      categories: ['operating-systems'],
      regions: ['eu-west-2'],
      supportContact: 'support@nimbus.example',
      licence: 'https://nimbus.example/licence',
      activationProcedure: {
        en: 'Enter the licence key at first boot.',
        fr: 'Saisissez la clé de licence au premier démarrage.',
      },
      offers: [{ ...OFFER_TEXTS, ...(OFFERS[offer] as object) }],
    });
    await seller.mutation('products.versions.create', {
      productId: id,
      name: '1.0.0',
      releaseNotes: { en: 'First release', fr: 'Première version' },
      sources: Object.entries(SOURCES).map(([region, s]) => ({ region, imageId: s.imageId })),
    });
    await seller.mutation('products.publish', { id });
    const product = await eventually(async () => {
      const view = await seller.query<ProductView>('products.get', { id });
      if (view.versions[0]?.state !== 'available') throw new Error(`version ${view.versions[0]?.state}`);
      return view;
    });
    return { id, product };
  }

  it.each([
    ['hourly', 'private'],
    ['free', 'public'],
    ['byol', 'public'],
    ['subscription', 'private'],
  ] as const)(
    'copies a %s product into each region’s distribution account, %s, with its product code',
    async (offer, visibility) => {
      const { product } = await publishedProduct(offer);
      expect(product.state).toBe('published');
      expect(product.productCode).toMatch(/^pty-/);
      const copies = product.versions[0]?.copies ?? [];
      expect(copies.map((c) => c.region).sort()).toEqual(['cloudgouv-eu-west-1', 'eu-west-2']);
      for (const copy of copies) {
        const region = copy.region as keyof typeof DISTRIBUTION;
        const { Images = [] } = await distribution(region).call('ReadImages', {
          Filters: { ImageIds: [copy.imageId ?? ''] },
        });
        expect(Images[0]?.AccountId).toBe(DISTRIBUTION[region]);
        expect(Images[0]?.ProductCodes).toContain(product.productCode);
        expect(Images[0]?.PermissionsToLaunch?.GlobalPermission ?? false).toBe(visibility === 'public');
        const simulator = marketplace.services.cloud.simulator;
        if (!simulator) throw new Error('no simulator');
        // Images are regional: the stranger's account lives in cloudgouv-eu-west-1.
        if (region !== 'cloudgouv-eu-west-1') continue;
        const seenByStranger = await simulatorClient(simulator, STRANGER).call('ReadImages', {
          Filters: { ImageIds: [copy.imageId ?? ''] },
        });
        expect(seenByStranger.Images ?? []).toHaveLength(visibility === 'public' ? 1 : 0);
      }
    },
  );

  it('unpublishing a version deletes its copies from the cloud', async () => {
    const { id, product } = await publishedProduct('free');
    const version = product.versions[0];
    await seller.mutation('products.versions.unpublish', { id: version?.id });
    await eventually(async () => {
      const view = await seller.query<ProductView>('products.get', { id });
      if (view.versions[0]?.state !== 'unpublished') throw new Error(`version ${view.versions[0]?.state}`);
    });
    for (const copy of version?.copies ?? []) {
      const { Images = [] } = await distribution(copy.region as keyof typeof DISTRIBUTION).call(
        'ReadImages',
        {
          Filters: { ImageIds: [copy.imageId ?? ''] },
        },
      );
      expect(Images).toEqual([]);
    }
  });

  it('e-mails subscribers and their admins, in their language, when a version or the product is unpublished', async () => {
    const { id, product } = await publishedProduct('hourly');
    const em = marketplace.services.orm.em.fork();
    const offer = await em.findOneOrFail(Offer, { product: id }, { populate: ['product'] });
    const french = await createMember(marketplace.services.orm, {
      language: 'fr',
      email: 'admin@acheteur.example',
    });
    const subscriber = em.create(MarketplaceAccount, {
      organization: french.organization.id,
      email: 'agent@acheteur.example',
      firstName: 'Léa',
      lastName: 'Durand',
      roles: ['user'],
      language: 'fr',
    });
    const english = await createMember(marketplace.services.orm, { email: 'admin@buyer.example' });
    for (const [organization, by, region] of [
      [french.organization.id, subscriber, 'eu-west-2'],
      [english.organization.id, english.account.id, 'cloudgouv-eu-west-1'],
    ] as const) {
      em.create(Subscription, {
        organization,
        product: id,
        seller: offer.product.organization,
        offer,
        region,
        outscaleAccountIds: [],
        state: 'active',
        subscribedBy: by,
        activatesAt: new Date(),
      });
    }
    await em.flush();

    const subscribers = await seller.query<{ items: { organization: { name: string }; region: string }[] }>(
      'products.subscribers',
      { id },
    );
    expect(subscribers.items.map((s) => s.region).sort()).toEqual(['cloudgouv-eu-west-1', 'eu-west-2']);

    await seller.mutation('products.versions.unpublish', { id: product.versions[0]?.id });
    const toSubscriber = await waitForMail(marketplace, 'agent@acheteur.example', /n'est plus disponible/);
    expect(toSubscriber.text).toContain('1.0.0');
    expect(toSubscriber.text).toContain('eu-west-2');
    expect(toSubscriber.text).toMatch(/English version below/);
    await waitForMail(marketplace, 'admin@acheteur.example', /n'est plus disponible/);
    const toEnglishAdmin = await waitForMail(marketplace, 'admin@buyer.example', /is no longer available/);
    expect(toEnglishAdmin.text).toContain('cloudgouv-eu-west-1');

    await seller.mutation('products.unpublish', { id });
    await waitForMail(marketplace, 'admin@buyer.example', /was unpublished/);
    await waitForMail(marketplace, 'agent@acheteur.example', /a été dépublié/);
    await waitForMail(marketplace, 'admin@acheteur.example', /a été dépublié/);
    // Exactly one notice per person and per event.
    const inbox = marketplace.services.devInbox?.list() ?? [];
    expect(inbox.filter((m) => m.to.includes('admin@acheteur.example'))).toHaveLength(2);
  });

  it('finishes with exactly one copy per region when OUTSCALE fails with 500 then recovers', async () => {
    const simulator = marketplace.services.cloud.simulator;
    simulator?.faults.add({ action: 'CreateImage', count: 2, status: 500 });
    simulator?.faults.add({ action: 'ReadImages', count: 2, status: 503 });
    const { product } = await publishedProduct('hourly');
    const names = new Set<string>();
    for (const region of Object.keys(DISTRIBUTION) as (keyof typeof DISTRIBUTION)[]) {
      const { Images = [] } = await distribution(region).call('ReadImages', {
        Filters: { AccountIds: [DISTRIBUTION[region]], ProductCodes: [product.productCode ?? ''] },
      });
      expect(Images, region).toHaveLength(1);
      for (const image of Images) names.add(image.ImageName ?? '');
    }
    expect(names.size).toBe(2);
    expect(await marketplace.services.orm.em.fork().count(ImageCopy, { state: 'failed' })).toBe(0);
  });

  it('keeps buyer-only organizations out, and pending sellers from publishing', async () => {
    const buyer = await createMember(marketplace.services.orm, { types: ['buyer'] });
    const client = new HttpClient(marketplace.url);
    await client.mutation('auth.login', { email: buyer.email, password: buyer.password });
    expect((await trpcError(client.query('products.list'))).code).toBe('FORBIDDEN');
    expect((await trpcError(client.query('showcase.get'))).code).toBe('FORBIDDEN');

    const pending = await createMember(marketplace.services.orm, {
      types: ['seller'],
      state: 'pending_validation',
    });
    const pendingClient = new HttpClient(marketplace.url);
    await pendingClient.mutation('auth.login', { email: pending.email, password: pending.password });
    const other = await seller.query<{ items: { id: string }[] }>('products.list');
    expect((await trpcError(pendingClient.query('products.get', { id: other.items[0]?.id }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
