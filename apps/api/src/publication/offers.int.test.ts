// Offers as OUTSCALE defines them (SPEC §4, §7b), as a seller saves and publishes them over HTTP: VM
// types and recommended VMs checked against OUTSCALE's, categories from the marketplace's list, texts
// required to publish, and Nuage public offers stored, with an offer for all buyers, kept from others.
import { formatDay } from '@marketplace/domain';
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../testing/eventually.ts';
import { createMember, createSeller, OFFER_TEXTS, publishNimbusShowcase } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

const SOURCE = { owner: '200000000011', imageId: 'ami-a1011000' };
const DISTRIBUTION = '100000000001';
const VM = { cpuGeneration: 'v6', vCpus: 4, memoryGiB: 8, performance: 'high' };
const hourly = (vmType: string) => ({
  type: 'hourly',
  prices: [{ vmType, onDemandPerHour: { amount: 12, currency: 'EUR' } }],
});
const subscription = {
  type: 'subscription',
  price: { amount: 9900, currency: 'EUR' },
  commitmentMonths: 1,
  billingFrequency: 'monthly',
};

type OfferView = {
  id: string;
  type: string;
  title: { en: string; fr: string };
  description: { en: string; fr: string };
  target: string;
  recommendedVms: unknown[];
  commitmentMonths?: number;
  billingFrequency?: string;
};
type ProductView = {
  id: string;
  categories: string[];
  offers: OfferView[];
  checklist: { key: string; text: { en: string; fr: string } }[];
};

describe('offers as OUTSCALE defines them', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;
  let sellerFr: HttpClient;
  let buyer: HttpClient;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('the test marketplace runs on the simulator');
    await shareImage(simulatorClient(simulator, SOURCE.owner), SOURCE.imageId, [DISTRIBUTION]);
    const member = await createSeller(marketplace.services.orm, {
      simulator,
      secretKey: marketplace.services.secretKey,
      home: SOURCE.owner,
    });
    seller = new HttpClient(marketplace.url, { 'x-language': 'en' });
    await seller.mutation('auth.login', { email: member.email, password: member.password });
    sellerFr = new HttpClient(marketplace.url, { 'x-language': 'fr' });
    await sellerFr.mutation('auth.login', { email: member.email, password: member.password });
    await publishNimbusShowcase(seller);
    const buyerMember = await createMember(marketplace.services.orm, { types: ['buyer'] });
    buyer = new HttpClient(marketplace.url, { 'x-language': 'en' });
    await buyer.mutation('auth.login', { email: buyerMember.email, password: buyerMember.password });
  });
  afterAll(() => marketplace.stop());

  const create = (client: HttpClient, offers: unknown[], fields: Record<string, unknown> = {}) =>
    client.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Nimbus Debian', fr: 'Nimbus Debian' },
      shortDescription: { en: 'Hardened Debian', fr: 'Debian durcie' },
      description: { en: 'A hardened Debian 12.', fr: 'Une Debian 12 durcie.' },
      categories: ['operating-systems'],
      supportContact: 'support@nimbus.example',
      licence: 'https://nimbus.example/licence',
      activationProcedure: {
        en: 'Enter the licence key at first boot.',
        fr: 'Saisissez la clé de licence au premier démarrage.',
      },
      offers,
      ...fields,
    });
  const view = (id: string) => seller.query<ProductView>('products.get', { id });
  const addVersion = (productId: string) =>
    seller.mutation('products.versions.create', {
      productId,
      name: '1.0.0',
      releaseNotes: { en: 'First release', fr: 'Première version' },
      sources: [{ region: 'cloudgouv-eu-west-1', imageId: SOURCE.imageId }],
    });

  it('refuses a per-VM-type rate on a VM type OUTSCALE does not have, saying what a valid one looks like', async () => {
    const refused = await trpcError(create(seller, [{ ...OFFER_TEXTS, ...hourly('tinav6.c99r99p9') }]));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.body.data.fieldErrors).toEqual({
      'offers.0.prices.0.vmType': [expect.stringContaining('tinavW.cXrYpZ')],
    });
    expect(
      String(refused.body.data.fieldErrors && Object.values(refused.body.data.fieldErrors)[0]),
    ).toContain('for example tinav6.c4r8p2');
    const french = await trpcError(create(sellerFr, [{ ...OFFER_TEXTS, ...hourly('tinav6.c99r99p9') }]));
    expect(french.body.data.fieldErrors).toEqual({
      'offers.0.prices.0.vmType': [expect.stringContaining('par exemple tinav6.c4r8p2')],
    });

    // Saved with a type ReadVmTypes lists, then changed to a well-written one it does not list (33 GiB
    // for 2 vCores): refused, naming the region and the reading, and saying which sizes exist.
    const { id } = await create(seller, [{ ...OFFER_TEXTS, ...hourly('tinav6.c4r8p2') }]);
    const tooMuch = await trpcError(
      seller.mutation('products.update', { id, offers: [{ ...OFFER_TEXTS, ...hourly('tinav6.c2r33p2') }] }),
    );
    expect(tooMuch.code).toBe('BAD_REQUEST');
    const today = new Date().toISOString().slice(0, 10);
    expect(tooMuch.body.data.fieldErrors).toEqual({
      'offers.0.prices.0.vmType': [
        `OUTSCALE has no VM type tinav6.c2r33p2 in cloudgouv-eu-west-1 (ReadVmTypes of ${formatDay(new Date(`${today}T00:00:00Z`), 'en')}): With 2 vCores, OUTSCALE’s v6 VMs have 2, 4, 8, 16, 32 GiB of memory.`,
      ],
    });
    expect((await view(id)).offers[0]).toMatchObject({ prices: [{ vmType: 'tinav6.c4r8p2' }] });
    // A fixed type ReadVmTypes lists is priced like a custom one.
    await seller.mutation('products.update', { id, offers: [{ ...OFFER_TEXTS, ...hourly('t2.small') }] });
    expect((await view(id)).offers[0]).toMatchObject({ prices: [{ vmType: 't2.small' }] });
  });

  it('refuses a recommended VM ReadVmTypes does not list, on the field to change', async () => {
    const refused = await trpcError(
      create(seller, [
        { ...subscription, recommendedVms: [VM, { ...VM, cpuGeneration: 'v9' }, { ...VM, vCpus: 200 }] },
      ]),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(Object.keys(refused.body.data.fieldErrors as object).sort()).toEqual([
      'offers.0.recommendedVms.1.cpuGeneration',
      'offers.0.recommendedVms.2.vCpus',
    ]);
  });

  it('takes categories from the marketplace’s list only, by their slugs', async () => {
    const refused = await trpcError(create(seller, [subscription], { categories: ['security', 'Sécurité'] }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.body.data.fieldErrors).toEqual({
      'categories.1': [expect.stringContaining('operating-systems')],
    });
    const { id } = await create(seller, [subscription], {
      categories: ['security', 'databases', 'security'],
    });
    expect((await view(id)).categories).toEqual(['security', 'databases']);
    const update = await trpcError(seller.mutation('products.update', { id, categories: ['free text'] }));
    expect(update.code).toBe('BAD_REQUEST');
    expect((await view(id)).categories).toEqual(['security', 'databases']);
  });

  it('publishes only once each offer has its title and description in both languages and a recommended VM', async () => {
    const { id } = await create(seller, [{ ...subscription, title: { en: 'Yearly', fr: '' } }]);
    await addVersion(id);
    const refused = await trpcError(seller.mutation('products.publish', { id }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(Object.keys(refused.body.data.fieldErrors as object)).toEqual([
      'offers.0.title',
      'offers.0.description',
      'offers.0.recommendedVms',
    ]);
    const before = await view(id);
    expect(before.checklist.map((c) => c.key)).toEqual([
      'offers.0.title',
      'offers.0.description',
      'offers.0.recommendedVms',
    ]);
    expect(before.checklist[1]?.text).toEqual({
      en: 'Offer 1 “Yearly”: its description, in English and in French.',
      fr: 'L’offre 1 « Yearly » : sa description, en anglais et en français.',
    });

    // Completed in place: the offer keeps its ID.
    const offerId = before.offers[0]?.id;
    await seller.mutation('products.update', {
      id,
      offers: [
        {
          ...subscription,
          id: offerId,
          title: { en: 'Yearly', fr: 'Annuel' },
          description: { en: 'Support included.', fr: 'Support inclus.' },
          recommendedVms: [VM],
        },
      ],
    });
    const after = await view(id);
    expect(after.checklist).toEqual([]);
    expect(after.offers).toEqual([
      expect.objectContaining({
        id: offerId,
        description: { en: 'Support included.', fr: 'Support inclus.' },
        target: 'all',
        recommendedVms: [VM],
      }),
    ]);
    await seller.mutation('products.publish', { id });
  });

  it('stores Nuage public offers, preset for that market, with an offer for all buyers, and keeps them from ordinary buyers', async () => {
    // That market buys subscriptions and yearly per-VM-type offers only.
    const free = await trpcError(create(seller, [{ ...OFFER_TEXTS, type: 'free', target: 'nuage_public' }]));
    expect(free.code).toBe('BAD_REQUEST');
    expect(Object.keys(free.body.data.fieldErrors as object)).toEqual(['offers.0.target']);
    const hourlyWithoutYear = await trpcError(
      create(seller, [{ ...OFFER_TEXTS, ...hourly('tinav6.c4r8p2'), target: 'nuage_public' }]),
    );
    expect(Object.keys(hourlyWithoutYear.body.data.fieldErrors as object)).toEqual([
      'offers.0.prices.0.oneYearPerHour',
    ]);

    const nuage = {
      ...OFFER_TEXTS,
      ...subscription,
      target: 'nuage_public',
      title: { en: 'UGAP', fr: 'UGAP' },
    };
    const { id } = await create(seller, [nuage]);
    const stored = (await view(id)).offers[0];
    // Its commitment is preset: 12 months, billed yearly, whatever was sent.
    expect(stored).toMatchObject({
      target: 'nuage_public',
      commitmentMonths: 12,
      billingFrequency: 'yearly',
    });
    await addVersion(id);
    const refused = await trpcError(seller.mutation('products.publish', { id }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.body.data.fieldErrors).toEqual({
      'offers.target': ['An offer for all buyers besides the Nuage public offers.'],
    });

    await seller.mutation('products.update', {
      id,
      offers: [
        { ...nuage, id: stored?.id },
        { ...OFFER_TEXTS, ...subscription, title: { en: 'Monthly', fr: 'Mensuel' } },
      ],
    });
    await seller.mutation('products.publish', { id });
    const visitor = new HttpClient(marketplace.url);
    const page = await eventually(() =>
      visitor.query<{ offers: { id: string; title: string; description: string }[] }>('catalog.product', {
        id,
        language: 'fr',
      }),
    );
    // Buyers see the offer for all buyers, its description in their language; not the Nuage one.
    expect(page.offers).toEqual([
      expect.objectContaining({ title: 'Mensuel', description: 'Ce que comprend l’offre.' }),
    ]);
    const estimate = await trpcError(
      visitor.query('catalog.estimate', {
        productId: id,
        offerId: stored?.id,
        region: 'cloudgouv-eu-west-1',
        vmType: 'tinav6.c4r8p2',
        vmCount: 1,
        commitment: 'one_year',
      }),
    );
    expect(estimate.code).toBe('NOT_FOUND');
    const subscribe = await trpcError(
      buyer.mutation('subscriptions.create', {
        productId: id,
        offerId: stored?.id,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: ['300000000002'],
        licenceAccepted: true,
      }),
    );
    expect(subscribe.code).toBe('PRECONDITION_FAILED');
    expect(subscribe.body.message).toContain('reserved for Nuage public (UGAP) buyers');
  });
});
