// Cancelling on the simulator: hourly subscriptions end at once and lose their launch permissions, except
// where another subscription of the organization still grants them; subscription offers run to the end of
// their commitment, then the sweep ends them. E-mails read back from the SMTP inbox.
import { hashPassword } from '@marketplace/auth';
import {
  findJobRecords,
  LinkedOutscaleAccount,
  MarketplaceAccount,
  Organization,
  Subscription,
} from '@marketplace/db';
import { endOfCommitment } from '@marketplace/domain';
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicJobId } from '../jobs/queue.ts';
import { eventually } from '../testing/eventually.ts';
import { createMember, createSeller, OFFER_TEXTS, publishNimbusShowcase } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace, waitForMail } from '../testing/marketplace.ts';
import { applyEvent, followAccess } from './lifecycle.ts';

const ACME = '300000000002';
const STAGING = '300000000004';
const DISTRIBUTION = '100000000001';
const REGION = 'cloudgouv-eu-west-1';

type Product = { id: string; offers: { id: string }[]; versions: { copies: { imageId: string | null }[] }[] };
type Cancelled = { state: string; endsAt: string | null };

describe('cancelling a subscription', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;
  let buyer: HttpClient;
  let clock: Date;
  let sellerEmail: string;
  let buyerEmail: string;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    clock = new Date();
    marketplace.services.now = () => clock;
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('no simulator');
    await shareImage(simulatorClient(simulator, '200000000011'), 'ami-a1011000', [DISTRIBUTION]);

    const sellerMember = await createSeller(marketplace.services.orm, {
      simulator,
      secretKey: marketplace.services.secretKey,
      home: '200000000011',
    });
    sellerEmail = sellerMember.email;
    seller = new HttpClient(marketplace.url);
    await seller.mutation('auth.login', { email: sellerMember.email, password: sellerMember.password });
    await publishNimbusShowcase(seller);

    // A French buyer organization: its own account, a linked one, a second admin and a plain user.
    const buyerMember = await createMember(marketplace.services.orm, { language: 'fr' });
    buyerEmail = buyerMember.email;
    const em = marketplace.services.orm.em.fork();
    await em.nativeUpdate(
      Organization,
      { id: buyerMember.organization.id },
      { outscaleAccountId: ACME, name: 'Acme' },
    );
    em.create(LinkedOutscaleAccount, {
      organization: buyerMember.organization.id,
      label: 'Staging',
      accountId: STAGING,
      region: REGION,
      accessKey: 'AKUNUSED000000000000',
      secretKeyEncrypted: 'v1:opaque',
    });
    const person = async (email: string, roles: ('admin' | 'user')[], organization: string) =>
      em.create(MarketplaceAccount, {
        organization,
        email,
        firstName: 'Grace',
        lastName: 'Hopper',
        roles,
        language: 'en',
        passwordHash: await hashPassword('Correct-Horse-9'),
      });
    await person('finance@acme.example', ['admin'], buyerMember.organization.id);
    await person('dev@acme.example', ['user'], buyerMember.organization.id);
    await person('sales@nimbus.example', ['user'], sellerMember.organization.id);
    await em.flush();
    buyer = new HttpClient(marketplace.url);
    await buyer.mutation('auth.login', { email: buyerMember.email, password: buyerMember.password });
  });
  afterAll(() => marketplace.stop());

  async function publish(name: string, offers: unknown[]): Promise<Product> {
    const { id } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: name, fr: `${name} (FR)` },
      shortDescription: { en: 'OS', fr: 'OS' },
      description: { en: 'An OS.', fr: 'Un OS.' },
      categories: ['operating-systems'],
      supportContact: 'support@nimbus.example',
      licence: 'https://nimbus.example/licence',
      activationProcedure: {
        en: 'Enter the licence key at first boot.',
        fr: 'Saisissez la clé de licence au premier démarrage.',
      },
      offers: offers.map((offer) => ({ ...OFFER_TEXTS, ...(offer as object) })),
    });
    await seller.mutation('products.versions.create', {
      productId: id,
      name: '1.0.0',
      releaseNotes: { en: 'First', fr: 'Première' },
      sources: [{ region: REGION, imageId: 'ami-a1011000' }],
    });
    await seller.mutation('products.publish', { id });
    return eventually(async () => {
      const view = await seller.query<Product & { versions: { state: string }[] }>('products.get', { id });
      if (view.versions[0]?.state !== 'available') throw new Error('not yet');
      return view;
    });
  }

  const hourly = (title: string) => ({
    type: 'hourly',
    title: { en: title, fr: `${title} (FR)` },
    prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: { amount: 12, currency: 'EUR' } }],
  });

  const subscribe = (product: Product, offer: number, accounts: string[], extra: object = {}) =>
    buyer.mutation<{ id: string; state: string }>('subscriptions.create', {
      productId: product.id,
      offerId: product.offers[offer]?.id,
      region: REGION,
      outscaleAccountIds: accounts,
      licenceAccepted: true,
      ...extra,
    });

  const sees = async (accountId: string, imageId: string) => {
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('no simulator');
    const { Images = [] } = await simulatorClient(simulator, accountId).call('ReadImages', {
      Filters: { ImageIds: [imageId] },
    });
    return Images.length === 1;
  };
  const until = (accountId: string, imageId: string, shared: boolean) =>
    eventually(async () => {
      if ((await sees(accountId, imageId)) !== shared)
        throw new Error(shared ? 'not shared' : 'still shared');
    });
  const sweep = () => marketplace.services.subscriptionJobs.activate.run({}, { id: 'test', retryCount: 0 });
  const imageOf = (product: Product) => product.versions[0]?.copies[0]?.imageId ?? '';

  it('ends an hourly subscription at once, removing its shares except those another subscription holds', async () => {
    const product = await publish('Hardened Debian', [hourly('Standard'), hourly('Premium')]);
    const imageId = imageOf(product);
    const standard = await subscribe(product, 0, [ACME, STAGING]);
    const premium = await subscribe(product, 1, [ACME]);
    await until(ACME, imageId, true);
    await until(STAGING, imageId, true);

    const cancelled = await buyer.mutation<Cancelled>('subscriptions.cancel', { id: standard.id });
    expect(cancelled).toEqual({ state: 'ended', endsAt: clock.toISOString() });
    // The Premium subscription still grants ACME the OMI; STAGING had it from Standard only.
    await until(STAGING, imageId, false);
    expect(await sees(ACME, imageId)).toBe(true);

    type View = { state: string; endsAt: string | null; cancelledAt: string | null };
    const view = await buyer.query<View>('subscriptions.get', { id: standard.id });
    expect(view).toMatchObject({
      state: 'ended',
      endsAt: clock.toISOString(),
      cancelledAt: clock.toISOString(),
    });
    const stored = await marketplace.services.orm.em
      .fork()
      .findOneOrFail(Subscription, { id: standard.id }, { populate: ['cancelledBy'] });
    expect(stored.cancelledBy?.email).toBe(buyerEmail);
    expect(stored.sharedAt).toBeNull();
    expect((await buyer.query<View>('subscriptions.get', { id: premium.id })).state).toBe('active');

    // The seller's users in English (the seller's language), the buyer's admins in French.
    for (const to of [sellerEmail, 'sales@nimbus.example']) {
      const mail = await waitForMail(marketplace, to, /^Acme cancelled its subscription to Hardened Debian$/);
      expect(mail.text).toContain(
        'in cloudgouv-eu-west-1, for the OUTSCALE accounts 300000000002, 300000000004',
      );
      expect(mail.text).toContain('It ended at once');
      expect(mail.text).toContain('VMs already running keep running');
      expect(mail.text).toContain('Acme a résilié sa souscription');
    }
    for (const to of [buyerEmail, 'finance@acme.example']) {
      const mail = await waitForMail(
        marketplace,
        to,
        /^Votre souscription à Hardened Debian \(FR\) est résiliée$/,
      );
      expect(mail.text).toContain('(Standard (FR))');
      expect(mail.text).toContain('Les VM déjà lancées continuent de tourner');
      expect(mail.text.indexOf('a résilié')).toBeLessThan(mail.text.indexOf('cancelled'));
    }
    const inbox = marketplace.services.devInbox?.list() ?? [];
    expect(inbox.filter((m) => m.to.includes('dev@acme.example'))).toEqual([]);
  });

  it('refuses a second cancel, changing nothing, and a raced one lets one through', async () => {
    const product = await publish('Alpine', [hourly('Standard')]);
    const first = await subscribe(product, 0, [STAGING]);
    await buyer.mutation('subscriptions.cancel', { id: first.id });
    type Stop = { state: string; endsAt: string; cancelledAt: string };
    const stopOf = ({ state, endsAt, cancelledAt }: Stop) => ({ state, endsAt, cancelledAt });
    const before = stopOf(await buyer.query<Stop>('subscriptions.get', { id: first.id }));
    clock = new Date(clock.getTime() + 60_000);
    const again = await trpcError(buyer.mutation('subscriptions.cancel', { id: first.id }));
    expect(again.code).toBe('PRECONDITION_FAILED');
    expect(again.body.message).toBe('This subscription is already cancelled.');
    const french = new HttpClient(marketplace.url, { 'x-language': 'fr' });
    await french.mutation('auth.login', { email: buyerEmail, password: 'Correct-Horse-9' });
    expect((await trpcError(french.mutation('subscriptions.cancel', { id: first.id }))).body.message).toBe(
      'Cette souscription est déjà résiliée.',
    );
    expect(stopOf(await buyer.query<Stop>('subscriptions.get', { id: first.id }))).toEqual(before);

    const second = await subscribe(product, 0, [STAGING]);
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => buyer.mutation('subscriptions.cancel', { id: second.id })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect(String((r as PromiseRejectedResult).reason)).toContain('PRECONDITION_FAILED');
    }
    // One cancellation, one e-mail per person.
    await waitForMail(marketplace, 'finance@acme.example', /Alpine \(FR\) est résiliée/, { count: 2 });
    await new Promise((r) => setTimeout(r, 500));
    const alpine = (marketplace.services.devInbox?.list() ?? []).filter(
      (m) => m.to.includes('finance@acme.example') && /Alpine/.test(m.subject),
    );
    expect(alpine).toHaveLength(2);
  });

  it('answers NOT_FOUND to another organization, FORBIDDEN to an admin without the user role', async () => {
    const product = await publish('Rocky', [hourly('Standard')]);
    const { id } = await subscribe(product, 0, [ACME]);
    const other = await createMember(marketplace.services.orm);
    const stranger = new HttpClient(marketplace.url);
    await stranger.mutation('auth.login', { email: other.email, password: other.password });
    expect((await trpcError(stranger.mutation('subscriptions.cancel', { id }))).code).toBe('NOT_FOUND');
    const finance = new HttpClient(marketplace.url);
    await finance.mutation('auth.login', { email: 'finance@acme.example', password: 'Correct-Horse-9' });
    expect((await trpcError(finance.mutation('subscriptions.cancel', { id }))).code).toBe('FORBIDDEN');
    expect((await buyer.query<{ state: string }>('subscriptions.get', { id })).state).toBe('active');
  });

  it('runs a subscription offer to the end of its commitment, then the sweep ends it and revokes', async () => {
    const product = await publish('Licensed Debian', [
      {
        type: 'subscription',
        title: { en: 'Yearly', fr: 'Annuel' },
        price: { amount: 9900, currency: 'EUR' },
        commitmentMonths: 12,
        billingFrequency: 'monthly',
      },
    ]);
    const imageId = imageOf(product);
    const { id } = await subscribe(product, 0, [ACME], {
      startDate: clock.toISOString().slice(0, 10),
    });
    // The seller's key (sales.allocateKey has its own tests) makes it usable today: shared.
    const em = marketplace.services.orm.em.fork();
    const subscription = await em.findOneOrFail(Subscription, { id }, { populate: ['offer'] });
    const change = applyEvent(subscription, { type: 'key_allocated', at: clock }, clock);
    await em.flush();
    const { jobs, subscriptionJobs } = marketplace.services;
    await followAccess(em, { jobs, ...subscriptionJobs }, subscription, change);
    await until(ACME, imageId, true);

    const cancelled = await buyer.mutation<Cancelled>('subscriptions.cancel', { id });
    const ends = endOfCommitment(clock, 12, clock);
    expect(cancelled).toEqual({ state: 'ending', endsAt: ends.toISOString() });
    await sweep();
    await new Promise((r) => setTimeout(r, 1000));
    expect(await sees(ACME, imageId)).toBe(true);
    const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(ends);
    const mail = await waitForMail(
      marketplace,
      'finance@acme.example',
      new RegExp(`^Votre souscription à Licensed Debian \\(FR\\) prend fin le ${day}$`),
    );
    expect(mail.text).toContain('jusqu’à la fin de son engagement en cours');
    const sellerMail = await waitForMail(
      marketplace,
      sellerEmail,
      /cancelled its subscription to Licensed Debian/,
    );
    expect(sellerMail.text).toContain('the buyer keeps access until then');

    try {
      clock = new Date(ends.getTime() + 60_000);
      // OUTSCALE checks signatures against its own time: its clock moves with the marketplace's.
      marketplace.services.cloud.simulator?.clock.set(clock);
      await sweep();
      await until(ACME, imageId, false);
      expect((await marketplace.services.orm.em.fork().findOneOrFail(Subscription, { id })).state).toBe(
        'ended',
      );
    } finally {
      // Back to today: a year later, the next tests' sessions would have expired (24 hours idle).
      clock = new Date();
      marketplace.services.cloud.simulator?.clock.reset();
    }
  });

  it('removes the launch permissions a migrated subscription held while awaiting its key: by the sweep, or at once when cancelled', async () => {
    const product = await publish('Migrated Debian', [
      {
        type: 'subscription',
        title: { en: 'Yearly', fr: 'Annuel' },
        price: { amount: 9900, currency: 'EUR' },
        commitmentMonths: 12,
        billingFrequency: 'yearly',
      },
    ]);
    const imageId = imageOf(product);
    const { id, state } = await subscribe(product, 0, [STAGING], {
      startDate: clock.toISOString().slice(0, 10),
    });
    expect(state).toBe('awaiting_key');
    // Before the lifecycle, subscriptions were shared on their start date, key or no key.
    const simulator = marketplace.services.cloud.simulator;
    if (!simulator) throw new Error('no simulator');
    await shareImage(simulatorClient(simulator, DISTRIBUTION), imageId, [STAGING]);
    await marketplace.services.orm.em.fork().nativeUpdate(Subscription, { id }, { sharedAt: clock });
    expect(await sees(STAGING, imageId)).toBe(true);

    await sweep();
    await until(STAGING, imageId, false);
    // Another, cancelled: its permissions are removed at once, in the cancel's transaction.
    const other = await subscribe(product, 0, [ACME], { startDate: clock.toISOString().slice(0, 10) });
    const sharedAt = new Date(clock.getTime() - 1000);
    await shareImage(simulatorClient(simulator, DISTRIBUTION), imageId, [ACME]);
    await marketplace.services.orm.em.fork().nativeUpdate(Subscription, { id: other.id }, { sharedAt });
    await buyer.mutation('subscriptions.cancel', { id: other.id });
    const revoke = deterministicJobId(`revoke:${other.id}:${sharedAt.getTime()}`);
    expect(
      await findJobRecords(marketplace.services.orm.em.fork(), 'subscription.revoke', [revoke]),
    ).toHaveLength(1);
    await until(ACME, imageId, false);
    await eventually(async () => {
      const stored = await marketplace.services.orm.em.fork().findOneOrFail(Subscription, { id });
      if (stored.sharedAt !== null) throw new Error('still stamped');
      expect(stored.state).toBe('awaiting_key');
    });
  });
});
