// Fixed once published (SPEC §4), on the server: the pricing mode, the product's name, each version's OMI,
// the offers' rates (type, commitment, billing frequency), the regions. Each rule has its own test, which
// fails when the rule is removed; what may still change is tested beside it.
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeller, OFFER_TEXTS, publishNimbusShowcase } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

// Two OMIs of the seller's own accounts in cloudgouv-eu-west-1 (home and linked), both shared with the
// marketplace: a version could take either, as long as it is a draft.
const HOME = { owner: '200000000011', imageId: 'ami-a1011000' };
const LINKED = { owner: '200000000031', imageId: 'ami-c1011002' };
const DISTRIBUTION = '100000000001';
const money = (amount: number) => ({ amount, currency: 'EUR' });

type OfferView = { id: string; title: { en: string; fr: string } } & Record<string, unknown>;
type ProductView = {
  state: string;
  name: { en: string; fr: string };
  regions: string[];
  offers: OfferView[];
  versions: { id: string; sources: { region: string; imageId: string }[] }[];
};

describe('fixed once published', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;
  let sellerFr: HttpClient;
  /** A published hourly product, its offer and version; a published subscription product and its offer. */
  const hourly = { id: '', offer: {} as OfferView, versionId: '' };
  const subscription = { id: '', offer: {} as OfferView };

  const view = (id: string) => seller.query<ProductView>('products.get', { id });
  const update = (id: string, fields: Record<string, unknown>, client = seller) =>
    client.mutation('products.update', { id, ...fields });
  /** An offer as products.get gives it (with its id), sent back as products.update takes it. */
  const asInput = (offer: OfferView) => ({ ...offer });

  async function publish(offer: Record<string, unknown>) {
    const { id } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Nimbus Debian', fr: 'Nimbus Debian FR' },
      shortDescription: { en: 'Hardened Debian', fr: 'Debian durcie' },
      description: { en: 'A hardened Debian 12.', fr: 'Une Debian 12 durcie.' },
      categories: ['operating-systems'],
      supportContact: 'support@nimbus.example',
      licence: 'https://nimbus.example/licence',
      activationProcedure: {
        en: 'Enter the licence key at first boot.',
        fr: 'Saisissez la clé de licence au premier démarrage.',
      },
      offers: [{ ...OFFER_TEXTS, title: { en: 'Standard', fr: 'Standard' }, ...offer }],
    });
    const { id: versionId } = await seller.mutation<{ id: string }>('products.versions.create', {
      productId: id,
      name: '1.0.0',
      releaseNotes: { en: 'First release', fr: 'Première version' },
      sources: [{ region: 'cloudgouv-eu-west-1', imageId: HOME.imageId }],
    });
    await seller.mutation('products.publish', { id });
    const product = await view(id);
    expect(product.state).toBe('published');
    return { id, offer: product.offers[0] as OfferView, versionId };
  }

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('the test marketplace runs on the simulator');
    for (const source of [HOME, LINKED]) {
      await shareImage(simulatorClient(simulator, source.owner), source.imageId, [DISTRIBUTION]);
    }
    const member = await createSeller(marketplace.services.orm, {
      simulator,
      secretKey: marketplace.services.secretKey,
      home: HOME.owner,
      linked: [LINKED.owner],
    });
    seller = new HttpClient(marketplace.url, { 'x-language': 'en' });
    await seller.mutation('auth.login', { email: member.email, password: member.password });
    sellerFr = new HttpClient(marketplace.url, { 'x-language': 'fr' });
    await sellerFr.mutation('auth.login', { email: member.email, password: member.password });
    await publishNimbusShowcase(seller);
    Object.assign(
      hourly,
      await publish({
        type: 'hourly',
        prices: [
          { vmType: 'tinav6.c2r4p2', onDemandPerHour: money(12), oneYearPerHour: money(9) },
          { vmType: 'tinav6.c4r8p2', onDemandPerHour: money(20) },
        ],
      }),
    );
    Object.assign(
      subscription,
      await publish({
        type: 'subscription',
        price: money(9900),
        commitmentMonths: 12,
        billingFrequency: 'monthly',
      }),
    );
  });
  afterAll(() => marketplace.stop());

  it('keeps the product’s name, in both languages; the same name sent again is accepted', async () => {
    const refused = await trpcError(
      update(hourly.id, { name: { en: 'Nimbus Debian 2', fr: 'Nimbus Debian FR' } }),
    );
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.body.message).toBe(
      'Once published, these cannot change: the product’s name. Create a new product instead.',
    );
    const french = await trpcError(
      update(hourly.id, { name: { en: 'Nimbus Debian', fr: 'Autre' } }, sellerFr),
    );
    expect(french.body.message).toBe(
      'Une fois le produit publié, ceci ne peut plus changer : le nom du produit. Créez plutôt un nouveau produit.',
    );
    expect((await view(hourly.id)).name).toEqual({ en: 'Nimbus Debian', fr: 'Nimbus Debian FR' });
    await update(hourly.id, {
      name: { en: 'Nimbus Debian', fr: 'Nimbus Debian FR' },
      shortDescription: { en: 'Hardened Debian 12', fr: 'Debian 12 durcie' },
    });
  });

  it('keeps the regions; the same regions sent again are accepted', async () => {
    const refused = await trpcError(update(hourly.id, { regions: ['cloudgouv-eu-west-1', 'eu-west-2'] }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.body.message).toContain('these cannot change: the regions');
    expect((await view(hourly.id)).regions).toEqual(['cloudgouv-eu-west-1']);
    await update(hourly.id, { regions: ['cloudgouv-eu-west-1'] });
  });

  it('keeps the pricing mode: no offer of another type, even beside the published one', async () => {
    const byol = { ...OFFER_TEXTS, type: 'byol', licenceUrl: 'https://nimbus.example/buy' };
    const refused = await trpcError(update(hourly.id, { offers: [asInput(hourly.offer), byol] }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.body.message).toContain('the pricing mode of a product is fixed');
    const french = await trpcError(update(hourly.id, { offers: [asInput(hourly.offer), byol] }, sellerFr));
    expect(french.body.message).toContain('le mode de tarification d’un produit est figé');
    expect((await view(hourly.id)).offers.map((o) => o.type)).toEqual(['hourly']);
  });

  it('keeps every published offer: none can be removed', async () => {
    const refused = await trpcError(update(hourly.id, { offers: [] }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.body.message).toBe(
      'A published offer cannot be removed: Offer 1 “Standard”. Buyers may have subscribed to it.',
    );
    // Sent without its id, it would be another offer: the published one would still be removed.
    const { id: _id, ...withoutId } = asInput(hourly.offer);
    const replaced = await trpcError(update(hourly.id, { offers: [withoutId] }));
    expect(replaced.code).toBe('PRECONDITION_FAILED');
    expect((await view(hourly.id)).offers.map((o) => o.id)).toEqual([hourly.offer.id]);
  });

  it('keeps an offer’s rates', async () => {
    const prices = hourly.offer.prices as { vmType: string; onDemandPerHour: unknown }[];
    const cheaper = [{ ...prices[0], onDemandPerHour: money(10) }, prices[1]];
    const refused = await trpcError(
      update(hourly.id, { offers: [{ ...asInput(hourly.offer), prices: cheaper }] }),
    );
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.body.message).toContain(
      'Once published, an offer keeps its type, target, rates, commitment and billing frequency: Offer 1 “Standard”.',
    );
    const french = await trpcError(
      update(hourly.id, { offers: [{ ...asInput(hourly.offer), prices: cheaper }] }, sellerFr),
    );
    expect(french.body.message).toContain('garde son type, sa cible, ses tarifs');
    // A VM type more is a rate more: refused too. The same rates in another order are the same rates.
    const more = [...prices, { vmType: 'tinav6.c8r16p2', onDemandPerHour: money(30) }];
    expect(
      (await trpcError(update(hourly.id, { offers: [{ ...asInput(hourly.offer), prices: more }] }))).code,
    ).toBe('PRECONDITION_FAILED');
    await update(hourly.id, { offers: [{ ...asInput(hourly.offer), prices: [prices[1], prices[0]] }] });
    expect((await view(hourly.id)).offers[0]?.prices).toEqual(expect.arrayContaining(prices));
  });

  it('keeps an offer’s commitment and billing frequency', async () => {
    for (const change of [
      { commitmentMonths: 24 },
      { billingFrequency: 'yearly' },
      { target: 'nuage_public' },
    ]) {
      const refused = await trpcError(
        update(subscription.id, { offers: [{ ...asInput(subscription.offer), ...change }] }),
      );
      expect(refused.code, JSON.stringify(change)).toBe('PRECONDITION_FAILED');
      expect(refused.body.message).toContain(
        'an offer keeps its type, target, rates, commitment and billing',
      );
    }
    expect((await view(subscription.id)).offers[0]).toMatchObject({
      commitmentMonths: 12,
      billingFrequency: 'monthly',
      target: 'all',
    });
  });

  it('lets an offer’s title, description and recommended VMs change, and a complete offer be added', async () => {
    const edited = {
      ...asInput(subscription.offer),
      title: { en: 'Yearly support', fr: 'Support annuel' },
      description: { en: 'Support on business days.', fr: 'Support les jours ouvrés.' },
      recommendedVms: [{ cpuGeneration: 'v7', vCpus: 8, memoryGiB: 32, performance: 'highest' }],
    };
    const added = {
      type: 'subscription',
      price: money(19900),
      commitmentMonths: 24,
      billingFrequency: 'yearly',
    };
    // Sold at once, an added offer must be complete.
    const incomplete = await trpcError(update(subscription.id, { offers: [edited, added] }));
    expect(incomplete.code).toBe('BAD_REQUEST');
    expect(Object.keys(incomplete.body.data.fieldErrors as object)).toEqual([
      'offers.1.description',
      'offers.1.recommendedVms',
    ]);
    // On sale, a published offer stays complete: its description cannot be emptied.
    const emptied = await trpcError(
      update(subscription.id, { offers: [{ ...edited, description: { en: 'Support.', fr: ' ' } }] }),
    );
    expect(emptied.code).toBe('BAD_REQUEST');
    expect(Object.keys(emptied.body.data.fieldErrors as object)).toEqual(['offers.0.description']);
    await update(subscription.id, { offers: [edited, { ...OFFER_TEXTS, ...added }] });
    const offers = (await view(subscription.id)).offers;
    expect(offers).toEqual([
      expect.objectContaining({
        id: subscription.offer.id,
        title: edited.title,
        description: edited.description,
        recommendedVms: edited.recommendedVms,
        commitmentMonths: 12,
      }),
      expect.objectContaining({ commitmentMonths: 24, billingFrequency: 'yearly' }),
    ]);
  });

  it('keeps each version’s OMI once published; a draft version’s OMI may change', async () => {
    const sources = [{ region: 'cloudgouv-eu-west-1', imageId: LINKED.imageId }];
    const refused = await trpcError(
      seller.mutation('products.versions.update', { id: hourly.versionId, sources }),
    );
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.body.message).toBe(
      'Once published, version 1.0.0 keeps its OMI in each region: publish a new version for another OMI.',
    );
    const french = await trpcError(
      sellerFr.mutation('products.versions.update', { id: hourly.versionId, sources }),
    );
    expect(french.body.message).toContain('garde son OMI dans chaque région');
    expect((await view(hourly.id)).versions[0]?.sources).toEqual([
      { region: 'cloudgouv-eu-west-1', imageId: HOME.imageId },
    ]);
    // Its release notes may change.
    await seller.mutation('products.versions.update', {
      id: hourly.versionId,
      releaseNotes: { en: 'First release, hardened.', fr: 'Première version, durcie.' },
    });

    const { id: draftVersion } = await seller.mutation<{ id: string }>('products.versions.create', {
      productId: hourly.id,
      name: '1.1.0',
      releaseNotes: { en: 'Next', fr: 'Suivante' },
      sources: [{ region: 'cloudgouv-eu-west-1', imageId: HOME.imageId }],
    });
    await seller.mutation('products.versions.update', { id: draftVersion, sources });
    const draft = (await view(hourly.id)).versions.find((v) => v.id === draftVersion);
    expect(draft?.sources).toEqual(sources);
  });
});
