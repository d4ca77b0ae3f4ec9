// The product form's sections as products.get reports them (the domain's productSections, computed by
// the server), and the activation procedure a subscription product needs to be published, shown to its
// subscribers.
import { Offer, Subscription } from '@marketplace/db';
import { FIXED_ONCE_PUBLISHED } from '@marketplace/domain';
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, createSeller, OFFER_TEXTS, publishNimbusShowcase } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

const SOURCE = { owner: '200000000011', imageId: 'ami-a1011000', distribution: '100000000001' };
const SUBSCRIPTION_OFFER = {
  ...OFFER_TEXTS,
  type: 'subscription',
  price: { amount: 9900, currency: 'EUR' },
  commitmentMonths: 12,
  billingFrequency: 'yearly',
};
const HOURLY_OFFER = {
  ...OFFER_TEXTS,
  type: 'hourly',
  prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: { amount: 12, currency: 'EUR' } }],
};
const PROCEDURE = {
  en: '1. Start the VM. 2. Paste the licence key into /etc/nimbus/licence. 3. Restart the service.',
  fr: '1. Démarrez la VM. 2. Collez la clé de licence dans /etc/nimbus/licence. 3. Redémarrez le service.',
};

type Item = { key: string; text: { en: string; fr: string } };
type ProductView = {
  state: string;
  activationProcedure: { en: string; fr: string };
  sections: { key: string; state: string; missing: Item[] }[];
  checklist: Item[];
};
type SubscriptionView = {
  id: string;
  product: { id: string };
  activationProcedure: { en: string; fr: string } | null;
};

describe('the product form’s sections', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('the test marketplace runs on the simulator');
    await shareImage(simulatorClient(simulator, SOURCE.owner), SOURCE.imageId, [SOURCE.distribution]);
    const member = await createSeller(marketplace.services.orm, {
      simulator,
      secretKey: marketplace.services.secretKey,
      home: SOURCE.owner,
    });
    seller = new HttpClient(marketplace.url);
    await seller.mutation('auth.login', { email: member.email, password: member.password });
    await publishNimbusShowcase(seller);
  });
  afterAll(() => marketplace.stop());

  const get = (id: string) => seller.query<ProductView>('products.get', { id });
  const states = async (id: string) =>
    Object.fromEntries((await get(id)).sections.map((section) => [section.key, section.state]));

  /** An OMI product whose general information and offers are complete, nothing else. */
  async function draft(offer: unknown) {
    const { id } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Nimbus Mail', fr: 'Nimbus Mail' },
      shortDescription: { en: 'Secure mail', fr: 'Messagerie sécurisée' },
      description: { en: 'A hardened mail server.', fr: 'Un serveur de messagerie durci.' },
      categories: ['security'],
      supportContact: 'support@nimbus.example',
      offers: [offer],
    });
    return id;
  }

  const addVersion = (productId: string) =>
    seller.mutation('products.versions.create', {
      productId,
      name: '1.0.0',
      releaseNotes: { en: 'First release', fr: 'Première version' },
      sources: [{ region: 'cloudgouv-eu-west-1', imageId: SOURCE.imageId }],
    });

  it('reports each section’s state and what it lacks, the checklist being their missing items', async () => {
    const id = await draft(SUBSCRIPTION_OFFER);
    const product = await get(id);
    expect(product.sections.map((s) => [s.key, s.state, s.missing.map((m) => m.key)])).toEqual([
      ['general', 'complete', []],
      ['versions', 'to_complete', ['versions']],
      ['offers', 'complete', []],
      ['licence', 'to_complete', ['licence']],
      ['activation', 'to_complete', ['activationProcedure']],
      ['deploymentTemplate', 'optional', []],
    ]);
    expect(product.checklist).toEqual(product.sections.flatMap((s) => s.missing));
    expect(product.activationProcedure).toEqual({ en: '', fr: '' });

    // Each section saved on its own changes its own state only.
    await seller.mutation('products.update', { id, licence: 'https://nimbus.example/licence' });
    await seller.mutation('products.update', { id, deploymentTemplate: 'resource "outscale_vm" "mail" {}' });
    expect(await states(id)).toEqual({
      general: 'complete',
      versions: 'to_complete',
      offers: 'complete',
      licence: 'complete',
      activation: 'to_complete',
      deploymentTemplate: 'complete',
    });
    await seller.mutation('products.update', {
      id,
      shortDescription: { en: 'Secure mail', fr: '' },
    });
    const general = (await get(id)).sections[0];
    expect(general).toMatchObject({ key: 'general', state: 'to_complete' });
    expect(general?.missing.map((m) => m.key)).toEqual(['shortDescription']);
  });

  it('has no activation procedure for a product without subscription offers', async () => {
    const id = await draft(HOURLY_OFFER);
    expect(Object.keys(await states(id))).toEqual([
      'general',
      'versions',
      'offers',
      'licence',
      'deploymentTemplate',
    ]);
    // Turned into a subscription product, the draft gets the section.
    await seller.mutation('products.update', { id, offers: [SUBSCRIPTION_OFFER] });
    expect(await states(id)).toMatchObject({ activation: 'to_complete' });
  });

  it('refuses to publish a subscription product without its activation procedure in both languages', async () => {
    const id = await draft(SUBSCRIPTION_OFFER);
    await addVersion(id);
    await seller.mutation('products.update', { id, licence: 'https://nimbus.example/licence' });

    const refused = await trpcError(seller.mutation('products.publish', { id }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.body.message).toContain('The activation procedure');
    expect(Object.keys(refused.body.data.fieldErrors as object)).toEqual(['activationProcedure']);

    await seller.mutation('products.update', { id, activationProcedure: { en: PROCEDURE.en, fr: ' ' } });
    expect(await states(id)).toMatchObject({ activation: 'to_complete' });
    expect((await trpcError(seller.mutation('products.publish', { id }))).code).toBe('BAD_REQUEST');

    await seller.mutation('products.update', { id, activationProcedure: PROCEDURE });
    const ready = await get(id);
    expect(ready.activationProcedure).toEqual(PROCEDURE);
    expect(ready.checklist).toEqual([]);
    expect(ready.sections.every((s) => s.state !== 'to_complete')).toBe(true);
    await seller.mutation('products.publish', { id });
    expect((await get(id)).state).toBe('published');

    // Published, the procedure may still be improved; what publication fixed is refused in the
    // confirmation's own words.
    const revised = { ...PROCEDURE, en: `${PROCEDURE.en} 4. Check the status page.` };
    await seller.mutation('products.update', { id, activationProcedure: revised });
    expect((await get(id)).activationProcedure).toEqual(revised);
    const renamed = await trpcError(
      seller.mutation('products.update', { id, name: { en: 'Other', fr: 'Autre' } }),
    );
    expect(renamed.code).toBe('PRECONDITION_FAILED');
    const name = FIXED_ONCE_PUBLISHED.find((item) => item.key === 'name');
    expect(renamed.body.message.toLowerCase()).toContain(name?.text.en.toLowerCase());
  });

  it('shows the activation procedure to subscribers of the subscription offer only', async () => {
    const withKey = await draft(SUBSCRIPTION_OFFER);
    await seller.mutation('products.update', { id: withKey, activationProcedure: PROCEDURE });
    const hourly = await draft(HOURLY_OFFER);
    const buyerMember = await createMember(marketplace.services.orm, { types: ['buyer'] });
    const em = marketplace.services.orm.em.fork();
    for (const product of [withKey, hourly]) {
      em.create(Subscription, {
        organization: buyerMember.organization.id,
        product,
        seller: (await em.findOneOrFail(Offer, { product }, { populate: ['product'] })).product.organization,
        offer: await em.findOneOrFail(Offer, { product }),
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: [],
        state: 'active',
        subscribedBy: buyerMember.account.id,
        activatesAt: new Date(),
      });
    }
    await em.flush();
    const buyer = new HttpClient(marketplace.url);
    await buyer.mutation('auth.login', { email: buyerMember.email, password: buyerMember.password });
    const { items } = await buyer.query<{ items: SubscriptionView[] }>('subscriptions.list');
    const of = (product: string) => items.find((s) => s.product.id === product);
    expect(of(withKey)?.activationProcedure).toEqual(PROCEDURE);
    expect(of(hourly)?.activationProcedure).toBeNull();
    const one = await buyer.query<SubscriptionView>('subscriptions.get', {
      id: of(withKey)?.id,
    });
    expect(one.activationProcedure).toEqual(PROCEDURE);
  });
});
