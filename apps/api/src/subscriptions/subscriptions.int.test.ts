// Subscribing on the simulator: hourly offers share at once, subscription offers on their start date.
import { LinkedOutscaleAccount, Organization } from '@marketplace/db';
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../testing/eventually.ts';
import { createMember, createSeller, OFFER_TEXTS } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace, waitForMail } from '../testing/marketplace.ts';

const ACME = '300000000002';
const MINISTRY = '300000000003';

type Product = {
  id: string;
  offers: { id: string }[];
  versions: { id: string; state: string; copies: { imageId: string | null }[] }[];
};

describe('subscribing to OMI products', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;
  let buyer: HttpClient;
  let clock: Date;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    clock = new Date();
    marketplace.services.now = () => clock;
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('no simulator');
    await shareImage(simulatorClient(simulator, '200000000011'), 'ami-a1011000', ['100000000001']);

    // The seller owns its source OMIs: the demo seed's Nimbus account is its home account, and a second
    // cloudgouv account (seeded as Ubuntu Works', linked to this seller here) owns version 2.0.0's OMI.
    const sellerMember = await createSeller(marketplace.services.orm, {
      simulator,
      secretKey: marketplace.services.secretKey,
      home: '200000000011',
      linked: ['200000000021'],
    });
    seller = new HttpClient(marketplace.url);
    await seller.mutation('auth.login', { email: sellerMember.email, password: sellerMember.password });
    await seller.mutation('showcase.save', {
      companyName: 'Nimbus Linux SAS',
      shortDescription: { en: 'Linux', fr: 'Linux' },
      description: { en: 'Linux images.', fr: 'Des images Linux.' },
      contactEmail: 'sales@nimbus.example',
      supportContact: 'support@nimbus.example',
    });
    await seller.mutation('showcase.publish');

    const buyerMember = await createMember(marketplace.services.orm, {
      types: ['buyer'],
      email: 'it@acme.example',
    });
    const em = marketplace.services.orm.em.fork();
    await em.nativeUpdate(Organization, { id: buyerMember.organization.id }, { outscaleAccountId: ACME });
    em.create(LinkedOutscaleAccount, {
      organization: buyerMember.organization.id,
      label: 'Other',
      accountId: '300000000009',
      region: 'cloudgouv-eu-west-1',
      accessKey: 'AKUNUSED000000000000',
      secretKeyEncrypted: 'v1:opaque',
    });
    await em.flush();
    buyer = new HttpClient(marketplace.url);
    await buyer.mutation('auth.login', { email: buyerMember.email, password: buyerMember.password });
  });
  afterAll(() => marketplace.stop());

  async function publish(offer: unknown): Promise<Product> {
    const { id } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Hardened Debian', fr: 'Debian durcie' },
      shortDescription: { en: 'OS', fr: 'OS' },
      description: { en: 'A hardened Debian.', fr: 'Une Debian durcie.' },
      categories: ['operating-systems'],
      supportContact: 'support@nimbus.example',
      licence: 'https://nimbus.example/licence',
      activationProcedure: {
        en: 'Enter the licence key at first boot.',
        fr: 'Saisissez la clé de licence au premier démarrage.',
      },
      offers: [{ ...OFFER_TEXTS, ...(offer as object) }],
    });
    await seller.mutation('products.versions.create', {
      productId: id,
      name: '1.0.0',
      releaseNotes: { en: 'First', fr: 'Première' },
      sources: [{ region: 'cloudgouv-eu-west-1', imageId: 'ami-a1011000' }],
    });
    await seller.mutation('products.publish', { id });
    return eventually(async () => {
      const view = await seller.query<Product>('products.get', { id });
      if (view.versions[0]?.state !== 'available') throw new Error('not yet');
      return view;
    });
  }

  /** The first test's subscription, to an hourly offer of a product still published. */
  const hourlySubscription = async () =>
    (
      await buyer.query<{ items: { product: { id: string }; offer: { id: string; type: string } }[] }>(
        'subscriptions.list',
      )
    ).items.find((s) => s.offer.type === 'hourly');

  const sees = async (accountId: string, imageId: string) => {
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('no simulator');
    const { Images = [] } = await simulatorClient(simulator, accountId).call('ReadImages', {
      Filters: { ImageIds: [imageId] },
    });
    return Images.length === 1;
  };

  it('shares an hourly product’s OMIs with the chosen accounts at once, and with no one else', async () => {
    const product = await publish({
      type: 'hourly',
      prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: { amount: 12, currency: 'EUR' } }],
    });
    const imageId = product.versions[0]?.copies[0]?.imageId ?? '';
    expect(await sees(ACME, imageId)).toBe(false);

    const { id } = await buyer.mutation<{ id: string }>('subscriptions.create', {
      productId: product.id,
      offerId: product.offers[0]?.id,
      region: 'cloudgouv-eu-west-1',
      outscaleAccountIds: [ACME],
      licenceAccepted: true,
      reservation: { vmType: 'tinav6.c2r4p2', vmCount: 3, commitment: 'on_demand' },
    });
    await eventually(async () => {
      if (!(await sees(ACME, imageId))) throw new Error('not shared yet');
    });
    expect(await sees(MINISTRY, imageId)).toBe(false);
    // The buyer's account can copy the OMI, as launching needs.
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('no simulator');
    const copy = await simulatorClient(simulator, ACME).call('CreateImage', {
      SourceImageId: imageId,
      SourceRegionName: 'cloudgouv-eu-west-1',
      ImageName: 'acme-copy',
    });
    expect(copy.Image?.ImageId).toMatch(/^ami-/);

    const mail = await waitForMail(marketplace, 'it@acme.example', /is confirmed/);
    expect(mail.text).toContain(imageId);
    const mine = (
      await buyer.query<{ items: { id: string; state: string; images: { imageId: string }[] }[] }>(
        'subscriptions.list',
      )
    ).items;
    expect(mine.find((s) => s.id === id)).toMatchObject({ state: 'active', images: [{ imageId }] });

    // The price recorded is the catalog's estimate for the VMs the buyer meant to run.
    const estimate = await new HttpClient(marketplace.url).query('catalog.estimate', {
      productId: product.id,
      offerId: product.offers[0]?.id,
      region: 'cloudgouv-eu-west-1',
      vmType: 'tinav6.c2r4p2',
      vmCount: 3,
      commitment: 'on_demand',
    });
    const recorded = await buyer.query<{ price: unknown; sharing: { id: string; state: string } }>(
      'subscriptions.get',
      { id },
    );
    expect(recorded.price).toEqual(estimate);
    // The page follows the sharing job until done.
    const sharing = await eventually(async () => {
      const job = await buyer.query<{ state: string; kind: string }>('jobs.get', { id });
      if (job.state !== 'done') throw new Error(`sharing ${job.state}`);
      return job;
    });
    expect(sharing.kind).toBe('subscription.share');

    // Another organization sees neither the subscription nor its job.
    const other = await createMember(marketplace.services.orm, { types: ['buyer'] });
    const stranger = new HttpClient(marketplace.url);
    await stranger.mutation('auth.login', { email: other.email, password: other.password });
    expect((await trpcError(stranger.query('subscriptions.get', { id }))).code).toBe('NOT_FOUND');
    expect((await trpcError(stranger.query('jobs.get', { id }))).code).toBe('NOT_FOUND');
  });

  it('estimates publicly, refusing in the visitor’s language a VM type the offer has no price for', async () => {
    const hourly = await hourlySubscription();
    const visitor = new HttpClient(marketplace.url, { 'accept-language': 'fr-FR,fr;q=0.9' });
    const input = {
      productId: hourly?.product.id,
      offerId: hourly?.offer.id,
      region: 'cloudgouv-eu-west-1',
      vmType: 'tinav6.c2r4p2',
      vmCount: 2,
      commitment: 'on_demand',
    };
    const estimate = await visitor.query<{
      lines: { kind: string; perHour: { amount: number } }[];
      storageIncluded: boolean;
      priceTable: { source: string; asOf: string };
    }>('catalog.estimate', input);
    expect(estimate.lines.map((l) => l.kind)).toEqual(['software', 'vm']);
    expect(estimate.lines[0]?.perHour.amount).toBe(24);
    // OUTSCALE's rate from the region's catalogue read at start: 2 × 0.0425 + 4 × 0.00625 = 0.11 €/h a VM.
    expect(estimate.lines[1]?.perHour.amount).toBe(22);
    expect(estimate.priceTable).toEqual({
      source: 'OUTSCALE ReadPublicCatalog, cloudgouv-eu-west-1',
      asOf: new Date().toISOString().slice(0, 10),
    });
    expect(estimate.storageIncluded).toBe(false);
    const wrongType = await trpcError(
      visitor.query('catalog.estimate', { ...input, vmType: 'tinav5.c8r16p1' }),
    );
    expect(wrongType.code).toBe('BAD_REQUEST');
    expect(wrongType.body.message).toContain('Cette offre est tarifée pour ces types de VM : tinav6.c2r4p2');
    const oneYear = await trpcError(visitor.query('catalog.estimate', { ...input, commitment: 'one_year' }));
    expect(oneYear.body.data.fieldErrors).toHaveProperty('commitment');
    const elsewhere = await trpcError(visitor.query('catalog.estimate', { ...input, region: 'eu-west-2' }));
    expect(elsewhere.body.data.fieldErrors).toHaveProperty('region');
  });

  it('shows in My subscriptions a version, then the product, unpublished by the seller', async () => {
    const product = await publish({ type: 'free' });
    const { id } = await buyer.mutation<{ id: string }>('subscriptions.create', {
      productId: product.id,
      offerId: product.offers[0]?.id,
      region: 'cloudgouv-eu-west-1',
      outscaleAccountIds: [ACME],
      licenceAccepted: true,
    });
    type View = {
      product: { state: string };
      sharing: unknown;
      images: { imageId: string; state: string; unpublishedAt: string | null }[];
    };
    const before = await buyer.query<View>('subscriptions.get', { id });
    // Free copies are public: nothing to share, no job to follow.
    expect(before.sharing).toBeNull();
    expect(before.images).toMatchObject([{ state: 'available', unpublishedAt: null }]);

    await seller.mutation('products.versions.unpublish', { id: product.versions[0]?.id });
    const after = await eventually(async () => {
      const view = await buyer.query<View>('subscriptions.get', { id });
      // Unpublished at once for new VMs; dated once its copies are deleted.
      if (view.images[0]?.state !== 'unpublished' || !view.images[0]?.unpublishedAt)
        throw new Error('not yet');
      return view;
    });
    expect(after.images[0]?.imageId).toBe(before.images[0]?.imageId);

    await seller.mutation('products.unpublish', { id: product.id });
    await eventually(async () => {
      const view = await buyer.query<View>('subscriptions.get', { id });
      if (view.product.state !== 'unpublished') throw new Error('not yet');
    });
  });

  it('asks for the licence to be accepted before subscribing', async () => {
    const hourly = await hourlySubscription();
    const refused = await trpcError(
      buyer.mutation('subscriptions.create', {
        productId: hourly?.product.id,
        offerId: hourly?.offer.id,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: [ACME],
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.body.data.fieldErrors).toHaveProperty('licenceAccepted');
  });

  it('follows linked accounts and new versions: linking shares, unlinking revokes, a new version is shared', async () => {
    const list = (
      await buyer.query<{
        items: { product: { id: string }; images: { imageId: string }[]; offer: { type: string } }[];
      }>('subscriptions.list')
    ).items;
    const hourly = list.find((s) => s.offer.type === 'hourly');
    const imageId = hourly?.images[0]?.imageId ?? '';
    expect(await sees(MINISTRY, imageId)).toBe(false);

    const linked = await buyer.mutation<{ id: string }>('outscaleAccounts.link', {
      region: 'cloudgouv-eu-west-1',
      accessKey: 'AKBUYMINGOUV00000000',
      secretKey: 'SKCA467C9EEC8F99297EB79DA9EE91FAA2CD7925',
    });
    await eventually(async () => {
      if (!(await sees(MINISTRY, imageId))) throw new Error('not shared yet');
    });

    // The seller publishes version 2.0.0: the subscriber gets it at once.
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('no simulator');
    await shareImage(simulatorClient(simulator, '200000000021'), 'ami-b1011001', ['100000000001']);
    const { id: versionId } = await seller.mutation<{ id: string }>('products.versions.create', {
      productId: hourly?.product.id,
      name: '2.0.0',
      releaseNotes: { en: 'Second', fr: 'Deuxième' },
      sources: [{ region: 'cloudgouv-eu-west-1', imageId: 'ami-b1011001' }],
    });
    await seller.mutation('products.versions.publish', { id: versionId });
    const newImage = await eventually(async () => {
      const mine = (
        await buyer.query<{
          items: { product: { id: string }; images: { version: string; imageId: string }[] }[];
        }>('subscriptions.list')
      ).items;
      const image = mine
        .find((s) => s.product.id === hourly?.product.id)
        ?.images.find((i) => i.version === '2.0.0');
      if (!image) throw new Error('no 2.0.0 yet');
      if (!(await sees(ACME, image.imageId)) || !(await sees(MINISTRY, image.imageId)))
        throw new Error('not shared yet');
      return image.imageId;
    });

    await buyer.mutation('outscaleAccounts.unlink', { id: linked.id });
    await eventually(async () => {
      if ((await sees(MINISTRY, imageId)) || (await sees(MINISTRY, newImage)))
        throw new Error('still shared');
    });
    expect(await sees(ACME, imageId)).toBe(true);
  });

  it('shares a subscription offer’s OMIs on its start date, not before', async () => {
    const product = await publish({
      type: 'subscription',
      price: { amount: 9900, currency: 'EUR' },
      commitmentMonths: 12,
      billingFrequency: 'monthly',
    });
    const imageId = product.versions[0]?.copies[0]?.imageId ?? '';
    const tomorrow = new Date(clock.getTime() + 24 * 3600_000).toISOString().slice(0, 10);
    const { id, state } = await buyer.mutation<{ id: string; state: string }>('subscriptions.create', {
      productId: product.id,
      offerId: product.offers[0]?.id,
      region: 'cloudgouv-eu-west-1',
      outscaleAccountIds: [ACME],
      startDate: tomorrow,
      licenceAccepted: true,
    });
    expect(state).toBe('awaiting_key');
    // The seller's key comes before the start date (sales/licence-keys.int.test.ts covers the other order).
    const allocated = await seller.mutation<{ state: string }>('sales.allocateKey', {
      subscriptionId: id,
      key: { kind: 'text', text: 'NIMBUS-KEY-0001' },
    });
    expect(allocated.state).toBe('scheduled');
    const activate = () =>
      marketplace.services.subscriptionJobs.activate.run({}, { id: 'test', retryCount: 0 });
    await activate();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sees(ACME, imageId)).toBe(false);

    // OUTSCALE checks signatures against its own time: its clock moves with the marketplace's.
    clock = new Date(`${tomorrow}T08:00:00Z`);
    marketplace.services.cloud.simulator?.clock.set(clock);
    await activate();
    await eventually(async () => {
      if (!(await sees(ACME, imageId))) throw new Error('not shared yet');
    });
    await waitForMail(marketplace, 'it@acme.example', /is active/);
    // Back to today: up to 32 hours later, the next tests' sessions would have expired (24 hours idle).
    clock = new Date();
    marketplace.services.cloud.simulator?.clock.reset();
  });

  it('refuses accounts that are not the organization’s, and a subscription starting in the past', async () => {
    const hourly = await hourlySubscription();
    const foreign = await trpcError(
      buyer.mutation('subscriptions.create', {
        productId: hourly?.product.id,
        offerId: hourly?.offer.id,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: [MINISTRY],
        licenceAccepted: true,
      }),
    );
    expect(foreign.code).toBe('BAD_REQUEST');
    expect(foreign.body.message).toContain(ACME);
  });
});
