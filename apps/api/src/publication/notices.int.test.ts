// Subscribers and their admins hear of a new version and of a new licence agreement that binds them:
// once per person, in their organization's language, read from the real SMTP inbox.
import { MarketplaceAccount, Offer, Subscription } from '@marketplace/db';
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicJobId } from '../jobs/queue.ts';
import { eventually } from '../testing/eventually.ts';
import { createMember, createSeller, OFFER_TEXTS, publishNimbusShowcase } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace, waitForMail } from '../testing/marketplace.ts';

const SOURCES = {
  'cloudgouv-eu-west-1': { owner: '200000000011', imageId: 'ami-a1011000' },
  'eu-west-2': { owner: '200000000012', imageId: 'ami-a1021000' },
} as const;
const DISTRIBUTION = { 'cloudgouv-eu-west-1': '100000000001', 'eu-west-2': '100000000002' } as const;

const NEW_VERSION = /New version of|Nouvelle version de/;
const LICENCE = /licence agreement of .* changed|contrat de licence de .* a changé/;

type ProductView = { versions: { id: string; state: string }[] };

describe('notices to subscribers', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;
  let productId: string;

  const inbox = (to: string, subject: RegExp) =>
    (marketplace.services.devInbox?.list() ?? []).filter((m) => m.to.includes(to) && subject.test(m.subject));

  /** Publishes a version and waits until it is available (its copies made in both regions). */
  async function publishVersion(name: string, first = false) {
    const { id } = await seller.mutation<{ id: string }>('products.versions.create', {
      productId,
      name,
      releaseNotes: { en: `Release ${name}`, fr: `Version ${name}` },
      sources: Object.entries(SOURCES).map(([region, s]) => ({ region, imageId: s.imageId })),
    });
    // The product's first version is published with the product, later ones on their own.
    if (first) await seller.mutation('products.publish', { id: productId });
    else await seller.mutation('products.versions.publish', { id });
    await eventually(async () => {
      const view = await seller.query<ProductView>('products.get', { id: productId });
      const state = view.versions.find((v) => v.id === id)?.state;
      if (state !== 'available') throw new Error(`version ${name} ${state}`);
    });
    return id;
  }

  /** Every job done, e-mails included: what was not sent by now is not coming. */
  const settled = () => marketplace.services.jobs.drain(15_000);

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('the test marketplace runs on the simulator');
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
    await publishNimbusShowcase(seller);
    ({ id: productId } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Nimbus Debian', fr: 'Nimbus Debian FR' },
      shortDescription: { en: 'Hardened Debian', fr: 'Debian durcie' },
      description: { en: 'A hardened Debian 12.', fr: 'Une Debian 12 durcie.' },
      categories: ['operating-systems'],
      regions: ['eu-west-2'],
      supportContact: 'support@nimbus.example',
      licence: 'https://nimbus.example/licence',
      offers: [
        {
          ...OFFER_TEXTS,
          type: 'hourly',
          prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: { amount: 12, currency: 'EUR' } }],
        },
      ],
    }));
    await publishVersion('1.0.0', true);

    // A French organization: its admin, and a user who subscribed in eu-west-2. An English one whose
    // admin subscribed twice, in both regions: admin and subscriber, one person, one e-mail.
    const em = marketplace.services.orm.em.fork();
    const offer = await em.findOneOrFail(Offer, { product: productId });
    const french = await createMember(marketplace.services.orm, {
      language: 'fr',
      email: 'admin@acheteur.example',
    });
    const agent = em.create(MarketplaceAccount, {
      organization: french.organization.id,
      email: 'agent@acheteur.example',
      firstName: 'Léa',
      lastName: 'Durand',
      roles: ['user'],
      language: 'fr',
    });
    const english = await createMember(marketplace.services.orm, { email: 'admin@buyer.example' });
    for (const [organization, by, region] of [
      [french.organization.id, agent, 'eu-west-2'],
      [english.organization.id, english.account.id, 'cloudgouv-eu-west-1'],
      [english.organization.id, english.account.id, 'eu-west-2'],
    ] as const) {
      em.create(Subscription, {
        organization,
        product: productId,
        seller: member.organization.id,
        offer,
        region,
        outscaleAccountIds: [],
        state: 'active',
        subscribedBy: by,
        activatesAt: new Date(),
      });
    }
    await em.flush();
  });
  afterAll(() => marketplace.stop());

  it('says nothing of the first version: nobody had subscribed yet', async () => {
    await settled();
    expect((marketplace.services.devInbox?.list() ?? []).filter((m) => NEW_VERSION.test(m.subject))).toEqual(
      [],
    );
  });

  it('e-mails each subscriber and admin once when a new version is available, in their language', async () => {
    const versionId = await publishVersion('2.0.0');

    const agent = await waitForMail(marketplace, 'agent@acheteur.example', /Nouvelle version de Nimbus/);
    expect(agent.subject).toBe('Nouvelle version de Nimbus Debian FR : 2.0.0');
    expect(agent.text).toMatch(/Le vendeur a publié la version 2\.0\.0 de Nimbus Debian FR/);
    expect(agent.text).toMatch(/eu-west-2: ami-[0-9a-f]+/);
    // Only the region the organization subscribed in.
    expect(agent.text).not.toContain('cloudgouv-eu-west-1');
    expect(agent.text.indexOf('English version below')).toBeGreaterThan(agent.text.indexOf('Ses OMI'));
    await waitForMail(
      marketplace,
      'admin@acheteur.example',
      /Nouvelle version de Nimbus Debian FR : 2\.0\.0/,
    );
    const admin = await waitForMail(
      marketplace,
      'admin@buyer.example',
      /New version of Nimbus Debian: 2\.0\.0/,
    );
    expect(admin.text).toMatch(/available in cloudgouv-eu-west-1, eu-west-2/);
    expect(admin.text).toMatch(/cloudgouv-eu-west-1: ami-[0-9a-f]+\neu-west-2: ami-[0-9a-f]+/);
    expect(admin.text).toMatch(/Version française ci-dessous/);

    // The notice run again (a retried job) sends nothing new.
    const { notice } = marketplace.services.publicationJobs;
    await marketplace.services.jobs.enqueue(notice, {
      productId,
      versionId,
      noticeId: deterministicJobId(`version-published:${versionId}`),
      event: 'version-published',
    });
    await settled();
    for (const to of ['agent@acheteur.example', 'admin@acheteur.example', 'admin@buyer.example']) {
      expect(inbox(to, NEW_VERSION), to).toHaveLength(1);
    }
  });

  it('e-mails them once when a new licence agreement binds them, and not for other edits', async () => {
    // A published product's agreement no longer changes quietly through products.update.
    const refused = await trpcError(
      seller.mutation('products.update', { id: productId, licence: 'https://nimbus.example/licence-2026' }),
    );
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toContain('products.changeLicence');

    const change = await seller.mutation<{ version: number; changed: boolean }>('products.changeLicence', {
      id: productId,
      licence: 'https://nimbus.example/licence-2026',
      bindExistingSubscribers: true,
    });
    expect(change).toMatchObject({ version: 2, changed: true });
    const agent = await waitForMail(marketplace, 'agent@acheteur.example', LICENCE);
    expect(agent.subject).toBe('Le contrat de licence de Nimbus Debian FR a changé');
    expect(agent.text).toContain('La version 2 du contrat');
    expect(agent.text).toContain('Lire le contrat de licence: https://nimbus.example/licence-2026');
    const admin = await waitForMail(marketplace, 'admin@buyer.example', LICENCE);
    expect(admin.subject).toBe('The licence agreement of Nimbus Debian changed');
    await waitForMail(marketplace, 'admin@acheteur.example', LICENCE);

    // The same agreement sent again (to either procedure), and another field: no news.
    const again = await seller.mutation<{ version: number; changed: boolean }>('products.changeLicence', {
      id: productId,
      licence: 'https://nimbus.example/licence-2026',
      bindExistingSubscribers: true,
    });
    expect(again).toMatchObject({ version: 2, changed: false });
    await seller.mutation('products.update', {
      id: productId,
      licence: 'https://nimbus.example/licence-2026',
      supportContact: 'help@nimbus.example',
    });
    await settled();
    for (const to of ['agent@acheteur.example', 'admin@acheteur.example', 'admin@buyer.example']) {
      expect(inbox(to, LICENCE), to).toHaveLength(1);
    }

    // A text agreement: read in My subscriptions, which the e-mail links to.
    await seller.mutation('products.changeLicence', {
      id: productId,
      licence: 'You may use this image on OUTSCALE.',
      bindExistingSubscribers: true,
    });
    const second = await waitForMail(marketplace, 'admin@buyer.example', LICENCE, { count: 2 });
    expect(second.text).toContain('Read it in My subscriptions');
    expect(second.text).toMatch(/Read the licence agreement: http:\/\/\S+\/subscriptions\n/);
  });
});
