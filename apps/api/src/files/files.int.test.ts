// Uploads over HTTP, as the seller portal sends them (raw body, type, URL-encoded name), within each
// organization's quota; files served back to their organization, and to anyone once a published product
// or showcase holds them; then products and showcases pointing at them, and optional addresses cleared.
import { createHash } from 'node:crypto';
import { SESSION_COOKIE } from '@marketplace/auth';
import { Organization, StoredFile } from '@marketplace/db';
import { UPLOAD_QUOTA } from '@marketplace/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember, OFFER_TEXTS } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

const MB = 1024 * 1024;
/** A real 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

type Uploaded = { id: string; url: string; fileName: string; size: number };
type Refusal = { error: { message: string; code: string } };

describe('uploaded files', () => {
  let marketplace: TestMarketplace;
  let seller: HttpClient;
  let otherSeller: HttpClient;
  let buyer: HttpClient;
  let pendingSeller: HttpClient;

  const signedIn = async (options: Parameters<typeof createMember>[1]) => {
    const member = await createMember(marketplace.services.orm, options);
    const client = new HttpClient(marketplace.url);
    await client.mutation('auth.login', { email: member.email, password: member.password });
    return client;
  };

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    seller = await signedIn({ types: ['seller'] });
    otherSeller = await signedIn({ types: ['seller'] });
    buyer = await signedIn({ types: ['buyer'] });
    pendingSeller = await signedIn({ types: ['seller'], state: 'pending_validation' });
  });
  afterAll(() => marketplace.stop());

  /** POST /files as the seller portal does it; `as` null for a visitor. */
  const upload = (
    as: HttpClient | null,
    purpose: string,
    body: Buffer,
    type: string | null,
    fileName: string,
    headers: Record<string, string> = {},
  ) => {
    const session = as?.cookie(SESSION_COOKIE);
    return fetch(`${marketplace.url}/files?purpose=${purpose}`, {
      method: 'POST',
      headers: {
        ...(type ? { 'content-type': type } : {}),
        'x-file-name': encodeURIComponent(fileName),
        ...(session ? { cookie: `${SESSION_COOKIE}=${session}` } : {}),
        ...headers,
      },
      body: new Uint8Array(body),
    });
  };

  /** GET of a served file, as a page's <img> or link does it (with its cookie); `as` null for a visitor. */
  const served = (as: HttpClient | null, url: string, headers: Record<string, string> = {}) => {
    const session = as?.cookie(SESSION_COOKIE);
    return fetch(`${marketplace.url}${url}`, {
      headers: { ...(session ? { cookie: `${SESSION_COOKIE}=${session}` } : {}), ...headers },
    });
  };

  const storedCount = () => marketplace.services.orm.em.fork().count(StoredFile, {});

  it('keeps a seller’s logo and serves it back, byte for byte, to its organization only', async () => {
    const response = await upload(seller, 'logo', PNG, 'image/png', 'Nimbus logo é.png');
    expect(response.status).toBe(201);
    const uploaded = (await response.json()) as Uploaded;
    expect(uploaded).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      url: `/files/${uploaded.id}`,
      fileName: 'Nimbus logo é.png',
      size: PNG.length,
    });
    expect(response.headers.get('location')).toBe(uploaded.url);

    // The seller's previews: its own session, never kept by a cache.
    const own = await served(seller, uploaded.url);
    expect(own.status).toBe(200);
    expect(Buffer.from(await own.arrayBuffer()).equals(PNG)).toBe(true);
    const sha256 = createHash('sha256').update(PNG).digest('hex');
    expect(Object.fromEntries(own.headers)).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': `inline; filename="Nimbus logo _.png"; filename*=UTF-8''Nimbus%20logo%20%C3%A9.png`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      etag: `"${sha256}"`,
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
    const again = await served(seller, uploaded.url, { 'if-none-match': `"${sha256}"` });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);

    // Not published yet: to a visitor, a buyer or another seller, it does not exist.
    for (const stranger of [null, buyer, otherSeller]) {
      const refused = await served(stranger, uploaded.url, { 'x-language': 'fr' });
      expect(refused.status).toBe(404);
      expect(refused.headers.get('cache-control')).toBe('no-store');
      expect(await refused.json()).toEqual({
        error: { message: 'Ce fichier est introuvable.', code: 'NOT_FOUND' },
      });
    }

    const stored = await marketplace.services.orm.em.fork().findOneOrFail(StoredFile, uploaded.id);
    expect(stored).toMatchObject({ purpose: 'logo', contentType: 'image/png', size: PNG.length, sha256 });
  });

  it('serves a licence inline, or as a download under its original name', async () => {
    const pdf = (await (
      await upload(seller, 'licence', PDF, 'application/pdf', 'Licence Nimbus.pdf')
    ).json()) as Uploaded;
    const inline = await served(seller, pdf.url);
    expect(inline.headers.get('content-type')).toBe('application/pdf');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="Licence Nimbus.pdf"/);
    const download = await served(seller, `${pdf.url}?download=1`);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Licence Nimbus.pdf"; filename*=UTF-8''Licence%20Nimbus.pdf`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    const text = Buffer.from('# Licence\n\nUtilisation autorisée sur OUTSCALE.\n');
    // Browsers often give Markdown no type: the portal then names it from the extension.
    const markdown = (await (
      await upload(seller, 'licence', text, 'text/markdown', 'LICENCE.md')
    ).json()) as Uploaded;
    const read = await served(seller, markdown.url);
    expect(read.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await read.text()).toBe(text.toString());
  });

  it('refuses a file over the limit of its purpose with 413, in the caller’s language', async () => {
    const before = await storedCount();
    const large = Buffer.concat([PNG, Buffer.alloc(MB)]);
    const refused = await upload(seller, 'logo', large, 'image/png', 'big.png');
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({
      error: {
        message: 'This file is too large (1.1 MB): a logo may be up to 1 MB.',
        code: 'PAYLOAD_TOO_LARGE',
      },
    });
    const inFrench = await upload(seller, 'screenshot', large, 'image/png', 'big.png', {
      'accept-language': 'fr-FR,fr;q=0.9',
    });
    expect(((await inFrench.json()) as Refusal).error.message).toBe(
      'Ce fichier est trop volumineux (1,1 Mo) : une capture d’écran peut faire jusqu’à 1 Mo.',
    );
    // A licence may be larger, up to 4 MB.
    const licence = Buffer.concat([PDF, Buffer.alloc(5 * MB)]);
    const tooLong = await upload(seller, 'licence', licence, 'application/pdf', 'long.pdf', {
      'x-language': 'fr',
    });
    expect(tooLong.status).toBe(413);
    expect(((await tooLong.json()) as Refusal).error.message).toBe(
      'Ce fichier est trop volumineux (5,1 Mo) : un contrat de licence peut faire jusqu’à 4 Mo.',
    );
    // Sent in chunks, without a length announced: measured as it arrives.
    const chunked = (body: Buffer) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < body.length; at += 256 * 1024)
            controller.enqueue(body.subarray(at, at + 256 * 1024));
          controller.close();
        },
      });
    const streamed = (purpose: string, body: Buffer, type: string) =>
      fetch(`${marketplace.url}/files?purpose=${purpose}`, {
        method: 'POST',
        headers: { 'content-type': type, cookie: `${SESSION_COOKIE}=${seller.cookie(SESSION_COOKIE)}` },
        body: chunked(body),
        duplex: 'half',
      } as RequestInit);
    const streamedLogo = await streamed('logo', large, 'image/png');
    expect(streamedLogo.status).toBe(413);
    expect(((await streamedLogo.json()) as Refusal).error.message).toBe(
      'This file is too large (1.1 MB): a logo may be up to 1 MB.',
    );
    const streamedLicence = await streamed('licence', licence, 'application/pdf');
    expect(streamedLicence.status).toBe(413);
    expect(((await streamedLicence.json()) as Refusal).error.message).toBe(
      'This file is too large: a licence agreement may be up to 4 MB.',
    );
    const fits = await upload(
      seller,
      'licence',
      Buffer.concat([PDF, Buffer.alloc(3 * MB)]),
      'application/pdf',
      'ok.pdf',
    );
    expect(fits.status).toBe(201);
    expect(await storedCount()).toBe(before + 1);
  });

  it('refuses with 415 a type the purpose does not take, or content that is not what it claims', async () => {
    const before = await storedCount();
    const jpegAsPng = await upload(seller, 'logo', JPEG_START, 'image/png', 'photo.png');
    expect(jpegAsPng.status).toBe(415);
    expect(await jpegAsPng.json()).toEqual({
      error: {
        message: 'The content of this file is not PNG: save it again in that format.',
        code: 'UNSUPPORTED_MEDIA_TYPE',
      },
    });
    const script = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const svg = await upload(seller, 'logo', script, 'image/svg+xml', 'logo.svg', { 'x-language': 'fr' });
    expect(svg.status).toBe(415);
    expect(((await svg.json()) as Refusal).error.message).toBe(
      'Un logo doit être un fichier PNG, JPEG ou WebP.',
    );
    expect((await upload(seller, 'licence', PNG, 'text/plain', 'licence.txt')).status).toBe(415);
    expect((await upload(seller, 'licence', PNG, 'image/png', 'licence.png')).status).toBe(415);
    expect((await upload(seller, 'logo', PNG, null, 'logo')).status).toBe(415);
    expect(await storedCount()).toBe(before);
  });

  it('refuses an unknown purpose or an empty file with 400', async () => {
    const purpose = await upload(seller, 'invoice', PNG, 'image/png', 'invoice.png');
    expect(purpose.status).toBe(400);
    expect(((await purpose.json()) as Refusal).error.message).toContain(
      'purpose=logo, purpose=screenshot, purpose=licence or purpose=licence_key',
    );
    // A licence key is never an image (sales/licence-keys.int.test.ts has the rest).
    expect((await upload(seller, 'licence_key', PNG, 'image/png', 'key.png')).status).toBe(415);
    const empty = await upload(seller, 'logo', Buffer.alloc(0), 'image/png', 'empty.png');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as Refusal).error.message).toBe('This file is empty.');
  });

  it('takes uploads only from a signed-in user of a validated seller organization', async () => {
    const before = await storedCount();
    const visitor = await upload(null, 'logo', PNG, 'image/png', 'logo.png', { 'x-language': 'fr' });
    expect(visitor.status).toBe(401);
    expect(await visitor.json()).toEqual({
      error: { message: 'Veuillez vous connecter pour continuer.', code: 'UNAUTHORIZED' },
    });
    const fromBuyer = await upload(buyer, 'logo', PNG, 'image/png', 'logo.png');
    expect(fromBuyer.status).toBe(403);
    expect(((await fromBuyer.json()) as Refusal).error).toEqual({
      message: 'Only the users of a seller organization can upload files.',
      code: 'FORBIDDEN',
    });
    expect(await storedCount()).toBe(before);
    // A seller awaiting validation prepares its drafts, media included.
    expect((await upload(pendingSeller, 'logo', PNG, 'image/png', 'logo.png')).status).toBe(201);
  });

  it('refuses an upload sent by another site with the seller’s cookie (CSRF)', async () => {
    const before = await storedCount();
    const crossSite = await upload(seller, 'logo', PNG, 'image/png', 'logo.png', {
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as Refusal).error.code).toBe('FORBIDDEN');
    const sameSite = await upload(seller, 'logo', PNG, 'image/png', 'logo.png', { origin: marketplace.url });
    expect(sameSite.status).toBe(201);
    expect(await storedCount()).toBe(before + 1);
  });

  describe('within each organization’s quota', () => {
    /** Files of an organization straight in the database, as if uploaded long ago. */
    const storedBefore = async (
      client: HttpClient,
      files: { purpose: 'logo' | 'licence_key'; size: number }[],
    ) => {
      const { organization } = await client.query<{ organization: { id: string } }>('auth.me');
      const em = marketplace.services.orm.em.fork();
      for (const { purpose, size } of files) {
        em.create(StoredFile, {
          organization: em.getReference(Organization, organization.id),
          purpose,
          fileName: `${purpose}.bin`,
          contentType: 'image/png',
          size,
          sha256: '0'.repeat(64),
          content: Buffer.from('x'),
        });
      }
      await em.flush();
    };
    const statuses = (responses: Response[]) => responses.map((r) => r.status).sort();

    it('refuses with 413 the upload that would pass 200 MB, even in a burst, saying how to free space', async () => {
      const nimbus = await signedIn({ types: ['seller'] });
      // 3.5 MB left: three of ten 1 MB screenshots sent at once fit, whatever their order.
      await storedBefore(nimbus, [{ purpose: 'licence_key', size: UPLOAD_QUOTA.bytes - 3.5 * MB }]);
      const screenshot = Buffer.concat([PNG, Buffer.alloc(MB - PNG.length)]);
      const burst = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          upload(nimbus, 'screenshot', screenshot, 'image/png', `s${i}.png`),
        ),
      );
      expect(statuses(burst)).toEqual([201, 201, 201, 413, 413, 413, 413, 413, 413, 413]);
      const refused = burst.find((r) => r.status === 413);
      expect(await refused?.json()).toEqual({
        error: {
          message:
            'Your organization’s files are limited to 200 MB and only 0.5 MB remain: remove from your products and showcase the logos, screenshots and licences you no longer need. Files nothing uses are deleted 24 hours after they were sent.',
          code: 'PAYLOAD_TOO_LARGE',
        },
      });
      const inFrench = await upload(nimbus, 'logo', screenshot, 'image/png', 'logo.png', {
        'x-language': 'fr',
      });
      expect(inFrench.status).toBe(413);
      expect(((await inFrench.json()) as Refusal).error.message).toMatch(
        /^Les fichiers de votre organisation sont limités à 200 Mo et il n’en reste que 0,5 Mo : /,
      );
      // What is left still takes a small file.
      expect((await upload(nimbus, 'logo', PNG, 'image/png', 'small.png')).status).toBe(201);
    });

    it('refuses with 429 more than 100 uploads nothing uses yet, even in a burst, until a form uses one', async () => {
      const nimbus = await signedIn({ types: ['seller'] });
      await storedBefore(
        nimbus,
        Array.from({ length: UPLOAD_QUOTA.unattached - 5 }, () => ({ purpose: 'logo' as const, size: 100 })),
      );
      const burst = await Promise.all(
        Array.from({ length: 10 }, (_, i) => upload(nimbus, 'logo', PNG, 'image/png', `logo${i}.png`)),
      );
      expect(statuses(burst)).toEqual([201, 201, 201, 201, 201, 429, 429, 429, 429, 429]);
      const refused = burst.find((r) => r.status === 429);
      expect(await refused?.json()).toEqual({
        error: {
          message:
            'Your organization has 100 uploads that no product or showcase uses yet: save the forms that use them before sending more. Unused uploads are deleted 24 hours after they were sent.',
          code: 'TOO_MANY_REQUESTS',
        },
      });
      // Saved in the showcase, one of them is used: one more upload fits.
      const used = (await burst.find((r) => r.status === 201)?.json()) as Uploaded;
      await nimbus.mutation('showcase.save', {
        companyName: 'Nimbus',
        description: { en: 'Images.', fr: 'Images.' },
        contactEmail: 'sales@nimbus.example',
        supportContact: 'support@nimbus.example',
        logoUrl: used.url,
      });
      expect((await upload(nimbus, 'logo', PNG, 'image/png', 'one-more.png')).status).toBe(201);
      expect((await upload(nimbus, 'logo', PNG, 'image/png', 'too-many.png')).status).toBe(429);
    });
  });

  it('answers 404 for an unknown file, and never serves a licence key', async () => {
    const unknown = await fetch(`${marketplace.url}/files/0b8e4a1c-3f7d-4a9e-9c1b-2d3e4f5a6b7c`, {
      headers: { 'x-language': 'fr' },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { message: 'Ce fichier est introuvable.', code: 'NOT_FOUND' },
    });
    expect((await fetch(`${marketplace.url}/files/not-an-id`)).status).toBe(404);

    const em = marketplace.services.orm.em.fork();
    const [organization] = await em.find(Organization, {}, { limit: 1 });
    if (!organization) throw new Error('no organization');
    const key = em.create(StoredFile, {
      organization,
      purpose: 'licence_key',
      fileName: 'key.txt',
      contentType: 'text/plain',
      size: 6,
      sha256: createHash('sha256').update('SECRET').digest('hex'),
      content: Buffer.from('SECRET'),
    });
    await em.flush();
    expect((await fetch(`${marketplace.url}/files/${key.id}`)).status).toBe(404);
  });

  describe('in products and showcases', () => {
    let logo: Uploaded;
    let screenshot: Uploaded;
    let licence: Uploaded;
    let productId: string;

    type ProductView = {
      logoUrl: string | null;
      screenshotUrls: string[];
      licence: string | null;
      documentationUrl: string | null;
      externalUrl: string | null;
    };
    type ShowcaseView = { logoUrl: string | null; website: string | null };

    const showcase = {
      companyName: 'Nimbus Linux SAS',
      description: { en: 'Hardened Linux images.', fr: 'Des images Linux durcies.' },
      contactEmail: 'sales@nimbus.example',
      supportContact: 'support@nimbus.example',
    };

    beforeAll(async () => {
      const post = async (purpose: string, body: Buffer, type: string, name: string) =>
        (await (await upload(seller, purpose, body, type, name)).json()) as Uploaded;
      logo = await post('logo', PNG, 'image/png', 'logo.png');
      screenshot = await post('screenshot', PNG, 'image/png', 'screen.png');
      licence = await post('licence', PDF, 'application/pdf', 'licence.pdf');
      await seller.mutation('showcase.save', {
        ...showcase,
        logoUrl: logo.url,
        website: 'https://nimbus.example',
      });
      ({ id: productId } = await seller.mutation<{ id: string }>('products.create', {
        kind: 'managed',
        name: { en: 'Nimbus Backup', fr: 'Nimbus Backup' },
        shortDescription: { en: '', fr: '' },
        description: { en: '', fr: '' },
        categories: [],
        supportContact: '',
        externalUrl: 'https://nimbus.example/subscribe',
        documentationUrl: 'https://nimbus.example/docs',
        logoUrl: logo.url,
        screenshotUrls: [screenshot.url, 'https://nimbus.example/screen.png'],
        licence: licence.url,
        offers: [{ type: 'free' }],
      }));
    });

    it('hold the addresses of their organization’s uploads beside web addresses', async () => {
      const product = await seller.query<ProductView>('products.get', { id: productId });
      expect(product).toMatchObject({
        logoUrl: logo.url,
        screenshotUrls: [screenshot.url, 'https://nimbus.example/screen.png'],
        licence: licence.url,
      });
      expect(await seller.query<ShowcaseView>('showcase.get')).toMatchObject({ logoUrl: logo.url });
    });

    it('refuse another organization’s upload, and paths that are not uploads', async () => {
      const refused = await trpcError(
        otherSeller.mutation('showcase.save', { ...showcase, logoUrl: logo.url }),
      );
      expect(refused.code).toBe('BAD_REQUEST');
      expect(refused.body.data.fieldErrors).toEqual({
        logoUrl: ['This file is not among your organization’s uploads: upload it again.'],
      });
      const path = await trpcError(
        seller.mutation('products.update', { id: productId, logoUrl: '/etc/passwd' }),
      );
      expect(path.code).toBe('BAD_REQUEST');
      await otherSeller.mutation('showcase.save', showcase);
      const foreign = await trpcError(
        otherSeller.mutation('products.create', {
          kind: 'managed',
          name: { en: 'Copy', fr: 'Copie' },
          shortDescription: { en: '', fr: '' },
          description: { en: '', fr: '' },
          categories: [],
          supportContact: '',
          licence: licence.url,
          offers: [{ type: 'free' }],
        }),
      );
      expect(foreign.body.data.fieldErrors).toEqual({
        licence: ['This file is not among your organization’s uploads: upload it again.'],
      });
      const { id: otherProduct } = await otherSeller.mutation<{ id: string }>('products.create', {
        kind: 'managed',
        name: { en: 'Own', fr: 'Propre' },
        shortDescription: { en: '', fr: '' },
        description: { en: '', fr: '' },
        categories: [],
        supportContact: '',
        offers: [{ type: 'free' }],
      });
      const edited = await trpcError(
        otherSeller.mutation('products.update', { id: otherProduct, screenshotUrls: [screenshot.url] }),
      );
      expect(edited.body.data.fieldErrors).toEqual({
        screenshotUrls: ['This file is not among your organization’s uploads: upload it again.'],
      });
    });

    it('clear an optional address sent empty, and keep one left out', async () => {
      await seller.mutation('products.update', { id: productId, screenshotUrls: [screenshot.url] });
      expect(await seller.query<ProductView>('products.get', { id: productId })).toMatchObject({
        documentationUrl: 'https://nimbus.example/docs',
        externalUrl: 'https://nimbus.example/subscribe',
        logoUrl: logo.url,
      });
      await seller.mutation('products.update', {
        id: productId,
        documentationUrl: '',
        externalUrl: '',
        logoUrl: '',
        licence: '',
        screenshotUrls: [],
      });
      expect(await seller.query<ProductView>('products.get', { id: productId })).toMatchObject({
        documentationUrl: null,
        externalUrl: null,
        logoUrl: null,
        licence: null,
        screenshotUrls: [],
      });

      await seller.mutation('showcase.save', { ...showcase, logoUrl: '', website: '' });
      expect(await seller.query<ShowcaseView>('showcase.get')).toMatchObject({
        logoUrl: null,
        website: null,
      });
    });
  });
  describe('published', () => {
    let nimbus: HttpClient;
    const texts = {
      shortDescription: { en: 'Backups, managed.', fr: 'Des sauvegardes, gérées.' },
      description: { en: 'Managed backups.', fr: 'Des sauvegardes gérées.' },
    };
    const managed = (name: string, media: Record<string, unknown>) =>
      nimbus.mutation<{ id: string }>('products.create', {
        kind: 'managed',
        name: { en: name, fr: name },
        ...texts,
        categories: ['storage-backup'],
        supportContact: 'support@nimbus.example',
        externalUrl: 'https://nimbus.example/subscribe',
        offers: [{ ...OFFER_TEXTS, type: 'free' }],
        ...media,
      });
    const post = async (purpose: string, body: Buffer, type: string, name: string) =>
      (await (await upload(nimbus, purpose, body, type, name)).json()) as Uploaded;
    /** Who may read the file: a visitor, another seller, its own organization. */
    const readers = async (file: Uploaded) => ({
      visitor: (await served(null, file.url)).status,
      otherSeller: (await served(otherSeller, file.url)).status,
      own: (await served(nimbus, file.url)).status,
    });
    const PRIVATE = { visitor: 404, otherSeller: 404, own: 200 };
    const PUBLIC = { visitor: 200, otherSeller: 200, own: 200 };

    beforeAll(async () => {
      nimbus = await signedIn({ types: ['seller'] });
    });

    it('a showcase’s logo is read by anyone once the showcase is published, and cached for long', async () => {
      const logo = await post('logo', PNG, 'image/png', 'nimbus.png');
      await nimbus.mutation('showcase.save', {
        companyName: 'Nimbus Backup SAS',
        ...texts,
        contactEmail: 'sales@nimbus.example',
        supportContact: 'support@nimbus.example',
        logoUrl: logo.url,
      });
      // Saved, not published: still the seller's own.
      expect(await readers(logo)).toEqual(PRIVATE);
      await nimbus.mutation('showcase.publish');
      expect(await readers(logo)).toEqual(PUBLIC);
      const read = await served(null, logo.url);
      expect(read.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(await read.arrayBuffer()).equals(PNG)).toBe(true);
    });

    it('a product’s logo, screenshots and licence are read by anyone once it is published; a draft’s stay private', async () => {
      const logo = await post('logo', PNG, 'image/png', 'logo.png');
      const screenshot = await post('screenshot', PNG, 'image/png', 'screen.png');
      const licence = await post('licence', PDF, 'application/pdf', 'licence.pdf');
      const draftLogo = await post('logo', PNG, 'image/png', 'draft.png');
      const { id } = await managed('Nimbus Backup', {
        logoUrl: logo.url,
        screenshotUrls: [screenshot.url],
        licence: licence.url,
      });
      await managed('Nimbus Archive', { logoUrl: draftLogo.url });

      for (const file of [logo, screenshot, licence, draftLogo]) expect(await readers(file)).toEqual(PRIVATE);
      await nimbus.mutation('products.publish', { id });
      for (const file of [logo, screenshot, licence]) expect(await readers(file)).toEqual(PUBLIC);
      expect((await served(null, `${licence.url}?download=1`)).headers.get('cache-control')).toBe(
        'public, max-age=31536000, immutable',
      );
      // The draft beside it, of the same published seller, is still its own.
      expect(await readers(draftLogo)).toEqual(PRIVATE);
      expect((await served(nimbus, draftLogo.url)).headers.get('cache-control')).toBe('private, no-store');

      // Unpublished, the product's files stay readable: its subscribers still read its licence.
      await nimbus.mutation('products.unpublish', { id });
      expect(await readers(licence)).toEqual(PUBLIC);
      // A file the published product no longer holds is the seller's own again.
      await nimbus.mutation('products.update', { id, screenshotUrls: [] });
      expect(await readers(screenshot)).toEqual(PRIVATE);
    });
  });
});
