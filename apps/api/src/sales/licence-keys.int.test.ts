// A subscription offer bought and its licence key allocated, on real parts: the seller's people are
// e-mailed, the key (a text, then a file of exactly 4 MB after one of 4 MB + 1 byte was refused) is
// allocated from My sales, the buyer and its admins are e-mailed, and the OMIs are shared only once
// both the key and the activation date have come, whichever comes first. Only the buyer organization
// (and the seller) read the key; it is stored encrypted, and no log holds it.
import { LicenceKey, StoredFile, Subscription } from '@marketplace/db';
import { formatDay, LICENCE_KEY_VERSIONS_MAX } from '@marketplace/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLog } from '../log.ts';
import { eventually } from '../testing/eventually.ts';
import { createMember } from '../testing/fixtures.ts';
import { type HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace, waitForMail } from '../testing/marketplace.ts';
import {
  ACCOUNT_SETS,
  ACME,
  type PublishedProduct,
  sees,
  signIn,
  startSelling,
  withSession,
} from './sales-setup.ts';

const MB = 1024 * 1024;
const TEXT_KEY = 'NIMBUS-7Q2X-RT5K-99LM\nsigned: 4f1c0a';

type View = {
  id: string;
  state: string;
  keyStatus: string;
  sharing: { state: string } | null;
  licenceKey:
    | { kind: 'text'; text: string; version: number }
    | { kind: 'file'; url: string; fileName: string; size: number; version: number }
    | null;
};
type Allocated = { state: string; keyStatus: string; version: number };
type Sale = { id: string; state: string; keyStatus: string; buyer: { name: string }; key: unknown };

describe('licence keys of subscription offers', () => {
  let marketplace: TestMarketplace;
  let setup: Awaited<ReturnType<typeof startSelling>>;
  let seller: HttpClient;
  let buyer: HttpClient;
  let product: PublishedProduct;
  let imageId: string;
  let clock: Date;
  const logged: string[] = [];

  beforeAll(async () => {
    // The whole log, at its most detailed, to check that no key ever reaches it.
    marketplace = await startTestMarketplace(
      {},
      { log: createLog('trace', { write: (l) => logged.push(l) }) },
    );
    clock = new Date();
    marketplace.services.now = () => clock;
    setup = await startSelling(marketplace);
    seller = setup.seller;
    buyer = setup.buyer;
    product = await setup.publish();
    imageId = product.versions[0]?.copies[0]?.imageId ?? '';
  });
  afterAll(() => marketplace.stop());
  beforeEach(() => {
    clock = new Date();
  });

  const today = () => clock.toISOString().slice(0, 10);
  // Each subscription on other accounts than the others: none is a duplicate.
  let sets = 0;
  const subscribe = async (startDate: string) =>
    buyer.mutation<{ id: string; state: string }>('subscriptions.create', {
      productId: product.id,
      offerId: product.offers[0]?.id,
      region: 'cloudgouv-eu-west-1',
      outscaleAccountIds: ACCOUNT_SETS[sets++ % ACCOUNT_SETS.length],
      startDate,
      licenceAccepted: true,
    });
  const sweep = () => marketplace.services.subscriptionJobs.activate.run({}, { id: 'test', retryCount: 0 });
  const view = (id: string, as = buyer) => as.query<View>('subscriptions.get', { id });
  const uploadKey = (body: Buffer, type: string, name: string, language = 'en') =>
    withSession(marketplace, seller, '/files?purpose=licence_key', {
      method: 'POST',
      headers: { 'content-type': type, 'x-file-name': encodeURIComponent(name), 'x-language': language },
      body: new Uint8Array(body),
    });

  it('e-mails the seller’s people, shares only after the key and the date: key first, then the date', async () => {
    const tomorrowDate = new Date(clock.getTime() + 24 * 3600_000);
    const tomorrow = tomorrowDate.toISOString().slice(0, 10);
    const { id, state } = await subscribe(tomorrow);
    expect(state).toBe('awaiting_key');

    // Every account of the seller organization, each in its own language, with a link to My sales.
    const request = await waitForMail(marketplace, setup.sellerMember.email, /Licence key to allocate/);
    expect(request.subject).toBe('Licence key to allocate: Hardened Debian for Acme Industries');
    expect(request.text).toMatch(/Open My sales: http:\/\/\S+\/seller\/sales\?state=awaiting_key\n/);
    expect(request.text).toContain(`from ${formatDay(tomorrowDate, 'en')}.`);
    const inFrench = await waitForMail(marketplace, setup.colleague.email, /Clé de licence à attribuer/);
    expect(inFrench.subject).toBe('Clé de licence à attribuer : Debian durcie pour Acme Industries');
    // The French half names the product in French and writes the date as French readers do.
    expect(inFrench.text).toContain(`Acme Industries a souscrit à Debian durcie (`);
    expect(inFrench.text).toContain(`à partir du ${formatDay(tomorrowDate, 'fr')}.`);
    expect(inFrench.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // My sales shows it waiting for its key; the buyer sees no key.
    const sales = await seller.query<{ items: Sale[] }>('sales.list', {});
    expect(sales.items.find((s) => s.id === id)).toMatchObject({
      state: 'awaiting_key',
      keyStatus: 'awaiting',
      buyer: { name: 'Acme Industries' },
      key: null,
    });
    expect(await view(id)).toMatchObject({ keyStatus: 'awaiting', licenceKey: null });

    const allocated = await seller.mutation<Allocated>('sales.allocateKey', {
      subscriptionId: id,
      key: { kind: 'text', text: `  ${TEXT_KEY}\n` },
    });
    expect(allocated).toMatchObject({ state: 'scheduled', keyStatus: 'allocated', version: 1 });
    // A retried request changes nothing: still version 1.
    const retried = await seller.mutation<Allocated>('sales.allocateKey', {
      subscriptionId: id,
      key: { kind: 'text', text: TEXT_KEY },
    });
    expect(retried.version).toBe(1);

    // The subscriber and the organization's admin, in the organization's language (French).
    for (const to of [setup.buyerMember.email, setup.buyerAdmin.email]) {
      const mail = await waitForMail(
        marketplace,
        to,
        /Votre clé de licence pour Debian durcie est attribuée/,
      );
      expect(mail.text).toContain(`La souscription commence le ${formatDay(tomorrowDate, 'fr')}`);
      expect(mail.text).toMatch(/Ouvrir Mes souscriptions: http:\/\/\S+\/subscriptions\n/);
      expect(mail.text).not.toContain('NIMBUS-7Q2X');
    }

    // Before the date: neither the key nor the OMIs.
    await sweep();
    expect(await view(id)).toMatchObject({ state: 'scheduled', keyStatus: 'allocated', licenceKey: null });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await sees(marketplace, ACME, imageId)).toBe(false);

    // The start of the activation day: less than 24 hours ahead, so the sessions stay valid.
    clock = new Date(`${tomorrow}T00:00:00Z`);
    // OUTSCALE checks signatures against its own time: its clock moves with the marketplace's.
    marketplace.services.cloud.simulator?.clock.set(clock);
    await sweep();
    await eventually(async () => {
      if (!(await sees(marketplace, ACME, imageId))) throw new Error('not shared yet');
    });
    expect(await view(id)).toMatchObject({
      state: 'active',
      licenceKey: { kind: 'text', text: TEXT_KEY, version: 1 },
    });
    clock = new Date();
    marketplace.services.cloud.simulator?.clock.reset();
  });

  it('shares at once when the key comes after the date', async () => {
    const { id } = await subscribe(today());
    await sweep();
    expect((await view(id)).state).toBe('awaiting_key');
    const before = await marketplace.services.orm.em.fork().findOneOrFail(Subscription, { id });
    expect(before.sharedAt ?? null).toBeNull();

    const allocated = await seller.mutation<Allocated>('sales.allocateKey', {
      subscriptionId: id,
      key: { kind: 'text', text: 'KEY-AFTER-THE-DATE' },
    });
    expect(allocated.state).toBe('active');
    await eventually(async () => {
      const shared = await marketplace.services.orm.em.fork().findOneOrFail(Subscription, { id });
      if (!shared.sharedAt) throw new Error('not shared yet');
    });
    expect((await view(id)).licenceKey).toMatchObject({ kind: 'text', text: 'KEY-AFTER-THE-DATE' });
    // My subscriptions follows the sharing job the key started.
    await eventually(async () => {
      const sharing = (await view(id)).sharing;
      if (sharing?.state !== 'done') throw new Error(`sharing ${sharing?.state}`);
    });
    const mail = await waitForMail(marketplace, setup.buyerAdmin.email, /est attribuée/, { count: 2 });
    expect(mail.text).toContain('Le produit est utilisable dès maintenant');
  });

  it('refuses a key file of 4 MB + 1 byte, takes one of exactly 4 MB, readable by the buyer only', async () => {
    const { id } = await subscribe(today());

    const tooLarge = await uploadKey(Buffer.alloc(4 * MB + 1, 0x41), 'application/octet-stream', 'big.lic');
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({
      error: {
        code: 'PAYLOAD_TOO_LARGE',
        message: 'This file is too large (4.1 MB): a licence key may be up to 4 MB.',
      },
    });
    const enFrançais = await uploadKey(Buffer.alloc(4 * MB + 1, 0x41), 'text/plain', 'big.txt', 'fr');
    expect(((await enFrançais.json()) as { error: { message: string } }).error.message).toBe(
      'Ce fichier est trop volumineux (4,1 Mo) : une clé de licence peut faire jusqu’à 4 Mo.',
    );

    const content = Buffer.alloc(4 * MB);
    for (let i = 0; i < content.length; i += 1) content[i] = (i * 7 + 3) % 256;
    const posted = await uploadKey(content, 'application/octet-stream', 'nimbus.lic');
    expect(posted.status).toBe(201);
    const file = (await posted.json()) as { id: string; size: number; fileName: string };
    expect(file).toMatchObject({ size: 4 * MB, fileName: 'nimbus.lic' });

    // Stored encrypted: neither the content nor its digest is the key's.
    const stored = await marketplace.services.orm.em
      .fork()
      .findOneOrFail(StoredFile, { id: file.id }, { populate: ['content'] });
    expect(Buffer.from(stored.content).subarray(0, 3).toString()).toBe('v1:');
    expect(Buffer.from(stored.content).includes(content.subarray(0, 64))).toBe(false);

    await seller.mutation('sales.allocateKey', {
      subscriptionId: id,
      key: { kind: 'file', fileId: file.id },
    });
    const key = (await view(id)).licenceKey;
    expect(key).toMatchObject({ kind: 'file', fileName: 'nimbus.lic', size: 4 * MB, version: 1 });
    const url = key?.kind === 'file' ? key.url : '';
    expect(url).toBe(`/files/${file.id}`);

    // The buyer downloads it byte for byte, never cached, always as an attachment.
    const downloaded = await withSession(marketplace, buyer, url);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('cache-control')).toBe('private, no-store');
    expect(downloaded.headers.get('content-disposition')).toMatch(/^attachment; filename="nimbus.lic"/);
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(content)).toBe(true);
    // The seller reads its own file; a stranger and a visitor are told it does not exist.
    expect((await withSession(marketplace, seller, url)).status).toBe(200);
    const other = await createMember(marketplace.services.orm, { types: ['buyer', 'seller'] });
    const stranger = await signIn(marketplace, other);
    expect((await withSession(marketplace, stranger, url)).status).toBe(404);
    expect((await withSession(marketplace, null, url)).status).toBe(404);
    // Another organization reading the subscription, or allocating its key, finds nothing.
    expect((await trpcError(stranger.query('subscriptions.get', { id }))).code).toBe('NOT_FOUND');
    const foreign = await trpcError(
      stranger.mutation('sales.allocateKey', { subscriptionId: id, key: { kind: 'text', text: 'x' } }),
    );
    expect(foreign.code).toBe('NOT_FOUND');
    expect((await trpcError(stranger.query('sales.keyHistory', { subscriptionId: id }))).code).toBe(
      'NOT_FOUND',
    );
    // A file the stranger uploaded cannot be given as this seller's key.
    const theirs = await withSession(marketplace, stranger, '/files?purpose=licence_key', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'THEIR-KEY',
    });
    const theirFile = (await theirs.json()) as { id: string };
    const notYours = await trpcError(
      seller.mutation('sales.allocateKey', {
        subscriptionId: id,
        key: { kind: 'file', fileId: theirFile.id },
      }),
    );
    expect(notYours.code).toBe('BAD_REQUEST');
    expect(notYours.body.data.fieldErrors).toHaveProperty(['key.fileId']);
  });

  it('replaces a key: the buyer reads the new one and no longer the old file; the history keeps both', async () => {
    const { id } = await subscribe(today());
    const first = await uploadKey(
      Buffer.from('{"licence":"Z9-FIRST-FILE"}'),
      'application/json',
      'first.json',
    );
    const firstFile = (await first.json()) as { id: string };
    await seller.mutation('sales.allocateKey', {
      subscriptionId: id,
      key: { kind: 'file', fileId: firstFile.id },
    });
    const replaced = await seller.mutation<Allocated>('sales.allocateKey', {
      subscriptionId: id,
      key: { kind: 'text', text: 'SECOND-KEY' },
    });
    expect(replaced).toMatchObject({ version: 2, state: 'active' });
    expect((await view(id)).licenceKey).toMatchObject({ kind: 'text', text: 'SECOND-KEY', version: 2 });
    expect((await withSession(marketplace, buyer, `/files/${firstFile.id}`)).status).toBe(404);
    await waitForMail(marketplace, setup.buyerMember.email, /a été remplacée/);

    const history = await seller.query<{ items: { version: number; kind: string; text: string | null }[] }>(
      'sales.keyHistory',
      { subscriptionId: id },
    );
    expect(history.items).toMatchObject([
      { version: 2, kind: 'text', text: 'SECOND-KEY' },
      { version: 1, kind: 'file', text: null },
    ]);
    // At rest, the text is encrypted.
    const rows = await marketplace.services.orm.em
      .fork()
      .find(LicenceKey, { subscription: id, kind: 'text' });
    expect(rows[0]?.textEncrypted).toMatch(/^v1:/);
    expect(rows[0]?.textEncrypted).not.toContain('SECOND-KEY');
  });

  it('allocates once under concurrent retries, and refuses a key for an offer that needs none', async () => {
    const { id } = await subscribe(today());
    const answers = await Promise.all(
      Array.from({ length: 4 }, () =>
        seller.mutation<Allocated>('sales.allocateKey', {
          subscriptionId: id,
          key: { kind: 'text', text: 'RACED-KEY' },
        }),
      ),
    );
    expect(answers.map((a) => a.version)).toEqual([1, 1, 1, 1]);
    const em = marketplace.services.orm.em.fork();
    expect(await em.count(LicenceKey, { subscription: id })).toBe(1);

    // A key has at most 100 versions: the 101st is refused.
    const [first] = await em.find(LicenceKey, { subscription: id });
    for (let version = 2; version <= LICENCE_KEY_VERSIONS_MAX; version += 1) {
      em.create(LicenceKey, {
        subscription: id,
        version,
        kind: 'text',
        textEncrypted: first?.textEncrypted ?? null,
        allocatedAt: clock,
      });
    }
    await em.flush();
    const tooMany = await trpcError(
      seller.mutation('sales.allocateKey', { subscriptionId: id, key: { kind: 'text', text: 'ONE-MORE' } }),
    );
    expect(tooMany.code).toBe('CONFLICT');
    expect(tooMany.body.message).toContain('already has 100 versions');

    const free = await setup.publish(setup.FREE_OFFER);
    const { id: freeId } = await buyer.mutation<{ id: string }>('subscriptions.create', {
      productId: free.id,
      offerId: free.offers[0]?.id,
      region: 'cloudgouv-eu-west-1',
      outscaleAccountIds: [ACME],
      licenceAccepted: true,
    });
    const refused = await trpcError(
      seller.mutation('sales.allocateKey', { subscriptionId: freeId, key: { kind: 'text', text: 'x' } }),
    );
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect((await view(freeId)).licenceKey).toBeNull();
  });

  it('never writes a key to the log', () => {
    const log = logged.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of [
      TEXT_KEY,
      'NIMBUS-7Q2X',
      'KEY-AFTER-THE-DATE',
      'SECOND-KEY',
      'RACED-KEY',
      'FIRST',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
