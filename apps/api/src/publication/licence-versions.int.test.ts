// Licence agreement versions on real parts (PostgreSQL, SMTP read back): the version a buyer accepts
// when subscribing, a new version that binds the subscriptions in force (their histories, e-mails in
// each organization's language) or only new subscribers, and the refusals around them.
import { hashPassword, SESSION_COOKIE } from '@marketplace/auth';
import { deleteUnattachedUploads, MarketplaceAccount, Subscription } from '@marketplace/db';
import type { Language } from '@marketplace/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, OFFER_TEXTS, publishNimbusShowcase } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace, waitForMail } from '../testing/marketplace.ts';

const V1 = 'https://nimbus.example/terms-2026';
const V3 = 'https://nimbus.example/terms-2027';
const LICENCE = /licence agreement of .* changed|contrat de licence de .* a changé/;
const PASSWORD = 'Correct-Horse-9';

type LicenceView = {
  version: number;
  url: string | null;
  text: string | null;
  acceptedAt: string;
  how: string;
};
type HistoryView = { version: number; url: string | null; text: string | null; at: string; how: string };
type SubscriptionView = { id: string; licence: LicenceView | null; licenceHistory: HistoryView[] };
type ProductView = {
  licence: string | null;
  licenceVersions: {
    number: number;
    licence: string;
    createdAt: string;
    createdBy: string | null;
    bound: boolean;
  }[];
};
type Change = { version: number; changed: boolean; boundSubscriptions: number };

describe('licence agreement versions', () => {
  let marketplace: TestMarketplace;
  let clock: Date;
  let seller: HttpClient;
  let sellerEmail: string;
  let productId: string;
  let offerId: string;
  /** A French and an English buyer organization: a user who subscribes, and an admin. */
  const buyers: Record<Language, { user: HttpClient; accountId: string; subscriptionId: string }> = {
    en: { user: null as unknown as HttpClient, accountId: '', subscriptionId: '' },
    fr: { user: null as unknown as HttpClient, accountId: '', subscriptionId: '' },
  };
  let endedId: string;
  const PEOPLE = {
    fr: { user: 'agent@acheteur.example', admin: 'admin@acheteur.example' },
    en: { user: 'it@buyer.example', admin: 'admin@buyer.example' },
  } as const;
  const everyone = [PEOPLE.fr.user, PEOPLE.fr.admin, PEOPLE.en.user, PEOPLE.en.admin];

  const orm = () => marketplace.services.orm.em.fork();
  const inbox = (to: string) =>
    (marketplace.services.devInbox?.list() ?? []).filter((m) => m.to.includes(to) && LICENCE.test(m.subject));
  /** Every job done, e-mails included: what was not sent by now is not coming. */
  const settled = () => marketplace.services.jobs.drain(15_000);
  const tick = () => {
    clock = new Date(clock.getTime() + 60_000);
    return clock;
  };

  const login = async (email: string, password = PASSWORD) => {
    const client = new HttpClient(marketplace.url);
    await client.mutation('auth.login', { email, password });
    return client;
  };

  const subscribe = (language: Language, answer: Record<string, unknown>) =>
    buyers[language].user.mutation<{ id: string }>('subscriptions.create', {
      productId,
      offerId,
      region: 'cloudgouv-eu-west-1',
      outscaleAccountIds: [buyers[language].accountId],
      ...answer,
    });

  const subscription = (language: Language, id: string) =>
    buyers[language].user.query<SubscriptionView>('subscriptions.get', { id });

  const changeLicence = (licence: string, bindExistingSubscribers: boolean) =>
    seller.mutation<Change>('products.changeLicence', { id: productId, licence, bindExistingSubscribers });

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    clock = new Date('2026-12-02T09:00:00.000Z');
    marketplace.services.now = () => clock;
    // OUTSCALE checks signatures against its own time: its clock moves with the marketplace's.
    marketplace.services.cloud.simulator?.clock.set(clock);
    const { orm } = marketplace.services;

    const member = await createMember(orm, { types: ['seller'], email: 'sales@nimbus.example' });
    sellerEmail = member.email;
    seller = await login(member.email, member.password);
    await publishNimbusShowcase(seller);
    ({ id: productId } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'managed',
      name: { en: 'Nimbus Vault', fr: 'Coffre Nimbus' },
      shortDescription: { en: 'Secrets', fr: 'Secrets' },
      description: { en: 'Managed secrets.', fr: 'Des secrets infogérés.' },
      categories: ['security'],
      supportContact: 'support@nimbus.example',
      externalUrl: 'https://nimbus.example/vault',
      licence: V1,
      offers: [{ ...OFFER_TEXTS, type: 'free' }],
    }));
    await seller.mutation('products.publish', { id: productId });
    offerId = (await seller.query<{ offers: { id: string }[] }>('products.get', { id: productId })).offers[0]
      ?.id as string;

    // Each organization: its admin (who does not subscribe) and a user who subscribes.
    for (const language of ['fr', 'en'] as const) {
      const admin = await createMember(orm, {
        types: ['buyer'],
        roles: ['admin'],
        language,
        email: PEOPLE[language].admin,
      });
      const em = orm.em.fork();
      em.create(MarketplaceAccount, {
        organization: admin.organization.id,
        email: PEOPLE[language].user,
        firstName: 'Léa',
        lastName: 'Durand',
        roles: ['user'],
        language,
        passwordHash: await hashPassword(PASSWORD),
      });
      await em.flush();
      buyers[language].user = await login(PEOPLE[language].user);
      buyers[language].accountId = admin.organization.outscaleAccountId;
    }
  });
  afterAll(() => marketplace.stop());

  it('fixes version 1 at publication and records it as accepted by each subscription', async () => {
    const product = await seller.query<ProductView>('products.get', { id: productId });
    expect(product.licenceVersions).toEqual([
      { number: 1, licence: V1, createdAt: clock.toISOString(), createdBy: sellerEmail, bound: false },
    ]);
    const page = await new HttpClient(marketplace.url).query<{ licenceVersion: number | null }>(
      'catalog.product',
      { id: productId, language: 'en' },
    );
    expect(page.licenceVersion).toBe(1);

    // The version read, sent back; or only `licenceAccepted: true`: the current one.
    const subscribedAt = tick();
    // An ended subscription of the English organization (a later agreement does not bind it), recorded
    // first: an identical one in force would be refused as a duplicate.
    endedId = (await subscribe('en', { licenceAccepted: true })).id;
    await orm().nativeUpdate(Subscription, { id: endedId }, { state: 'ended' });
    buyers.fr.subscriptionId = (await subscribe('fr', { licenceAccepted: true, licenceVersion: 1 })).id;
    buyers.en.subscriptionId = (await subscribe('en', { licenceAccepted: true })).id;
    const view = await subscription('fr', buyers.fr.subscriptionId);
    expect(view.licence).toEqual({
      version: 1,
      url: V1,
      text: null,
      acceptedAt: subscribedAt.toISOString(),
      how: 'accepted_at_subscription',
    });
    expect(view.licenceHistory).toEqual([
      { version: 1, url: V1, text: null, at: subscribedAt.toISOString(), how: 'accepted_at_subscription' },
    ]);

    // Not accepted, or a version that is not (yet) the current one: refused, nothing recorded.
    const unaccepted = await trpcError(subscribe('fr', {}));
    expect(unaccepted.code).toBe('BAD_REQUEST');
    const ahead = await trpcError(subscribe('fr', { licenceAccepted: true, licenceVersion: 2 }));
    expect(ahead.code).toBe('CONFLICT');
    expect(ahead.message).toContain('read version 1');
    expect(await orm().count(Subscription, { product: productId })).toBe(3);
  });

  it('binds the subscriptions in force by a new version: their histories show it, their people are e-mailed in their language', async () => {
    // The new agreement is a file the seller uploads.
    const upload = await fetch(`${marketplace.url}/files?purpose=licence`, {
      method: 'POST',
      headers: {
        'content-type': 'text/plain',
        'x-file-name': 'terms.txt',
        cookie: `${SESSION_COOKIE}=${seller.cookie(SESSION_COOKIE)}`,
      },
      body: 'Nimbus Vault terms, version 2.',
    });
    expect(upload.status).toBe(201);
    const { url: file } = (await upload.json()) as { url: string };

    const boundAt = tick();
    expect(await changeLicence(file, true)).toEqual({ version: 2, changed: true, boundSubscriptions: 2 });

    for (const language of ['fr', 'en'] as const) {
      const view = await subscription(language, buyers[language].subscriptionId);
      expect(view.licence).toMatchObject({
        version: 2,
        url: file,
        acceptedAt: boundAt.toISOString(),
        how: 'bound_by_seller',
      });
      expect(view.licenceHistory.map((h) => [h.version, h.how])).toEqual([
        [1, 'accepted_at_subscription'],
        [2, 'bound_by_seller'],
      ]);
    }
    const ended = await subscription('en', endedId);
    expect(ended.licenceHistory.map((h) => h.version)).toEqual([1]);
    expect(ended.licence?.version).toBe(1);
    // The list reads the same histories, for the whole page at once.
    const list = await buyers.fr.user.query<{ items: SubscriptionView[] }>('subscriptions.list');
    expect(list.items.map((s) => s.licence?.version)).toEqual([2]);

    // The subscriber and the admin of each organization, in its language, with the link to the file.
    const link = new RegExp(`Lire le contrat de licence: http://\\S+${file}\\n`);
    for (const to of [PEOPLE.fr.user, PEOPLE.fr.admin]) {
      const mail = await waitForMail(marketplace, to, LICENCE);
      expect(mail.subject).toBe('Le contrat de licence de Coffre Nimbus a changé');
      expect(mail.text).toContain('La version 2 du contrat s');
      expect(mail.text).toMatch(link);
    }
    for (const to of [PEOPLE.en.user, PEOPLE.en.admin]) {
      const mail = await waitForMail(marketplace, to, LICENCE);
      expect(mail.subject).toBe('The licence agreement of Nimbus Vault changed');
      expect(mail.text).toContain('Version 2 of the agreement now applies to your subscriptions.');
      expect(mail.text).toMatch(new RegExp(`Read the licence agreement: http://\\S+${file}\\n`));
    }
    // Once each, the English admin and subscriber included though their organization has two
    // subscriptions (one ended).
    await settled();
    for (const to of everyone) expect(inbox(to), to).toHaveLength(1);

    const product = await seller.query<ProductView>('products.get', { id: productId });
    expect(product.licence).toBe(file);
    expect(product.licenceVersions.map((v) => [v.number, v.bound, v.createdBy])).toEqual([
      [1, false, sellerEmail],
      [2, true, sellerEmail],
    ]);

    // The same agreement again: no version, nobody e-mailed.
    expect(await changeLicence(file, true)).toEqual({ version: 2, changed: false, boundSubscriptions: 0 });
    await settled();
    for (const to of everyone) expect(inbox(to), to).toHaveLength(1);
  });

  it('binds nobody when the seller chooses new subscribers only: histories kept, nobody e-mailed, new subscribers accept it', async () => {
    expect(await changeLicence(V3, false)).toEqual({ version: 3, changed: true, boundSubscriptions: 0 });
    await settled();
    for (const to of everyone) expect(inbox(to), to).toHaveLength(1);
    const kept = await subscription('fr', buyers.fr.subscriptionId);
    expect(kept.licence).toMatchObject({ version: 2, how: 'bound_by_seller' });
    expect(kept.licenceHistory.map((h) => h.version)).toEqual([1, 2]);

    const page = await new HttpClient(marketplace.url).query<{ licence: string; licenceVersion: number }>(
      'catalog.product',
      { id: productId, language: 'fr' },
    );
    expect(page).toMatchObject({ licence: V3, licenceVersion: 3 });

    // A buyer who read version 2 is told to read version 3 rather than bound by it unknowingly.
    const stale = await trpcError(
      buyers.fr.user.mutation('subscriptions.create', {
        productId,
        offerId,
        region: 'cloudgouv-eu-west-1',
        outscaleAccountIds: [buyers.fr.accountId],
        licenceAccepted: true,
        licenceVersion: 2,
      }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.body.message).toBe(
      'The licence agreement changed since you read it: read version 3, then accept it to subscribe.',
    );
    // The French organization cancels and subscribes again (an identical one in force is a duplicate).
    await buyers.fr.user.mutation('subscriptions.cancel', { id: buyers.fr.subscriptionId });
    const subscribedAt = tick();
    const { id } = await subscribe('fr', { licenceAccepted: true, licenceVersion: 3 });
    expect((await subscription('fr', id)).licenceHistory).toEqual([
      { version: 3, url: V3, text: null, at: subscribedAt.toISOString(), how: 'accepted_at_subscription' },
    ]);

    // Version 2's file stays, for the subscriptions it binds, after the cleanup of unused uploads.
    const file = kept.licence?.url ?? '';
    await deleteUnattachedUploads(orm(), new Date(Date.now() + 86_400_000));
    const served = await fetch(`${marketplace.url}${file}`, {
      headers: { cookie: `${SESSION_COOKIE}=${buyers.fr.user.cookie(SESSION_COOKIE)}` },
    });
    expect(served.status).toBe(200);
    expect(await served.text()).toBe('Nimbus Vault terms, version 2.');
  });

  it('changes only its own organization’s published products, and products.update no longer changes one', async () => {
    const other = await createMember(marketplace.services.orm, { types: ['seller'] });
    const stranger = await login(other.email, other.password);
    const foreign = await trpcError(
      stranger.mutation('products.changeLicence', {
        id: productId,
        licence: 'https://elsewhere.example/terms',
        bindExistingSubscribers: true,
      }),
    );
    expect(foreign.code).toBe('NOT_FOUND');
    // A buyer-only organization's user is not a seller: refused before anything is looked up.
    const change = {
      id: productId,
      licence: 'https://elsewhere.example/terms',
      bindExistingSubscribers: true,
    };
    expect((await trpcError(buyers.fr.user.mutation('products.changeLicence', change))).code).toBe(
      'FORBIDDEN',
    );

    const refused = await trpcError(seller.mutation('products.update', { id: productId, licence: V1 }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toContain('products.changeLicence');
    const emptied = await trpcError(changeLicence('  ', true));
    expect(emptied.code).toBe('BAD_REQUEST');
    expect(emptied.body.data.fieldErrors).toHaveProperty('licence');
    const product = await seller.query<ProductView>('products.get', { id: productId });
    expect(product.licence).toBe(V3);
    expect(product.licenceVersions).toHaveLength(3);

    // A draft's agreement is a draft: replaced by products.update, no versions until publication.
    const { id: draft } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'managed',
      name: { en: 'Draft', fr: 'Brouillon' },
      shortDescription: { en: 'D', fr: 'B' },
      description: { en: 'D', fr: 'B' },
      categories: [],
      supportContact: 'support@nimbus.example',
      licence: V1,
      offers: [],
    });
    await seller.mutation('products.update', { id: draft, licence: V3 });
    const drafted = await seller.query<ProductView>('products.get', { id: draft });
    expect(drafted).toMatchObject({ licence: V3, licenceVersions: [] });
    const early = await trpcError(
      seller.mutation('products.changeLicence', { id: draft, licence: V1, bindExistingSubscribers: false }),
    );
    expect(early.code).toBe('PRECONDITION_FAILED');
    expect(early.message).toContain('products.update');
  });
});
