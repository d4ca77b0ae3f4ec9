// A version's source OMI must be its seller's own: sellers over HTTP on the simulator, as an attacker
// would try it (another seller's image, the marketplace's copy of it, a made-up ID), and the audit of
// versions made before the rule, as the operator sees it.
import { hashPassword } from '@marketplace/auth';
import { ImageOwnershipFinding, MarketplaceAccount, Version } from '@marketplace/db';
import { shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deterministicJobId } from '../jobs/queue.ts';
import { eventually } from '../testing/eventually.ts';
import { createSeller, OFFER_TEXTS } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace, waitForMail } from '../testing/marketplace.ts';
import { OWNERSHIP_AUDIT_RUN } from './ownership-audit-job.ts';

// The simulator's demo seed: Nimbus (seller A), Ubuntu Works (seller B), Forge (seller C).
const A = { home: '200000000011', linked: '200000000012', gouv: 'ami-a1011000', euw2: 'ami-a1021000' };
const B = { home: '200000000021' };
const C = { home: '200000000031', linked: '200000000032', euw2: 'ami-c1021002' };
const DISTRIBUTION = { 'cloudgouv-eu-west-1': '100000000001', 'eu-west-2': '100000000002' } as const;
const GOUV = 'cloudgouv-eu-west-1';

type Refusal = { code: string; fields: Record<string, string[]> };
type Findings = {
  items: {
    id: string;
    version: { id: string };
    product: { id: string };
    organization: { id: string };
    region: string;
    imageId: string;
    reason: string;
    ownerId: string | null;
  }[];
  nextCursor: string | null;
};

describe('a source OMI must be the seller’s own', () => {
  let marketplace: TestMarketplace;
  const sellers: Record<'a' | 'b' | 'c', { client: HttpClient; organizationId: string }> = {} as never;
  /** The marketplace's copy, in the distribution account, of seller A's published version. */
  let distributionCopy: string;

  const simulator = () => {
    const s = marketplace.services.cloud.simulator;
    if (!s) throw new Error('the test marketplace runs on the simulator');
    return s;
  };

  async function signIn(name: 'a' | 'b' | 'c', home: string, linked: string[]) {
    const member = await createSeller(marketplace.services.orm, {
      simulator: simulator(),
      secretKey: marketplace.services.secretKey,
      home,
      linked,
    });
    const client = new HttpClient(marketplace.url);
    await client.mutation('auth.login', { email: member.email, password: member.password });
    await client.mutation('showcase.save', {
      companyName: `Seller ${name}`,
      shortDescription: { en: 'Linux', fr: 'Linux' },
      description: { en: 'Linux images.', fr: 'Des images Linux.' },
      contactEmail: 'sales@example.com',
      supportContact: 'support@example.com',
    });
    sellers[name] = { client, organizationId: member.organization.id };
  }

  const product = async (seller: HttpClient, regions: string[]) =>
    (
      await seller.mutation<{ id: string }>('products.create', {
        kind: 'omi',
        name: { en: 'Hardened Debian', fr: 'Debian durcie' },
        shortDescription: { en: 'Debian', fr: 'Debian' },
        description: { en: 'A hardened Debian 12.', fr: 'Une Debian 12 durcie.' },
        categories: ['operating-systems'],
        regions,
        supportContact: 'support@example.com',
        licence: 'https://example.com/licence',
        offers: [{ ...OFFER_TEXTS, type: 'free' }],
      })
    ).id;

  const addVersion = (seller: HttpClient, productId: string, region: string, imageId: string) =>
    seller.mutation<{ id: string }>('products.versions.create', {
      productId,
      name: `v-${crypto.randomUUID().slice(0, 8)}`,
      releaseNotes: { en: '', fr: '' },
      sources: [{ region, imageId }],
    });

  async function refusal(seller: HttpClient, productId: string, region: string, imageId: string) {
    const error = await trpcError(addVersion(seller, productId, region, imageId));
    return {
      code: error.code,
      fields: (error.body.data.fieldErrors ?? {}) as Record<string, string[]>,
    } satisfies Refusal;
  }

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    await signIn('a', A.home, [A.linked]);
    await signIn('b', B.home, []);
    await signIn('c', C.home, [C.linked]);
    // Seller A shares its OMIs with the marketplace, and, to tempt B, its cloudgouv one with B too.
    await shareImage(simulatorClient(simulator(), A.home), A.gouv, [DISTRIBUTION[GOUV], B.home]);
    await shareImage(simulatorClient(simulator(), A.linked), A.euw2, [DISTRIBUTION['eu-west-2']]);
    await shareImage(simulatorClient(simulator(), C.linked), C.euw2, [DISTRIBUTION['eu-west-2']]);
    // A publishes a free product: the marketplace's copy is public, so B's account sees it too.
    const seller = sellers.a.client;
    const id = await product(seller, [GOUV]);
    await addVersion(seller, id, GOUV, A.gouv);
    await seller.mutation('showcase.publish');
    await seller.mutation('products.publish', { id });
    distributionCopy = await eventually(async () => {
      const view = await seller.query<{
        versions: { state: string; copies: { imageId: string | null }[] }[];
      }>('products.get', { id });
      const imageId = view.versions[0]?.copies[0]?.imageId;
      if (view.versions[0]?.state !== 'available' || !imageId) throw new Error('not copied yet');
      return imageId;
    });
  });
  afterAll(() => marketplace.stop());

  it('refuses another seller’s OMI, the marketplace’s copy of it and an unknown ID with one neutral message', async () => {
    const seller = sellers.b.client;
    const id = await product(seller, [GOUV]);
    // B's own account sees A's OMI (A shared it with B) and the public copy: visibility is no ownership.
    for (const imageId of [A.gouv, distributionCopy]) {
      const { Images = [] } = await simulatorClient(simulator(), B.home).call('ReadImages', {
        Filters: { ImageIds: [imageId] },
      });
      expect(Images, imageId).toHaveLength(1);
    }
    const stolen = await refusal(seller, id, GOUV, A.gouv);
    const copy = await refusal(seller, id, GOUV, distributionCopy);
    const unknown = await refusal(seller, id, GOUV, 'ami-0badc0de');
    const neutral = (r: Refusal, imageId: string) => {
      expect(r.code).toBe('BAD_REQUEST');
      const message = r.fields['sources.0.imageId']?.[0] ?? '';
      expect(message).toContain(`No OMI ${imageId} of your organization's OUTSCALE accounts in ${GOUV}`);
      return message.replace(imageId, '<id>');
    };
    expect(neutral(stolen, A.gouv)).toBe(neutral(unknown, 'ami-0badc0de'));
    expect(neutral(copy, distributionCopy)).toBe(neutral(unknown, 'ami-0badc0de'));
    for (const r of [stolen, copy, unknown]) {
      expect(JSON.stringify(r)).not.toContain(DISTRIBUTION[GOUV]);
      expect(JSON.stringify(r)).not.toContain(A.home);
    }
    // Nothing was recorded: the product has no version to publish.
    const missing = await trpcError(seller.mutation('products.publish', { id }));
    expect(missing.body.message).toMatch(/Before publishing, complete/);
  });

  it('accepts an OMI of a linked account, and refuses it once that account is unlinked', async () => {
    const seller = sellers.c.client;
    const id = await product(seller, ['eu-west-2']);
    await expect(addVersion(seller, id, 'eu-west-2', C.euw2)).resolves.toMatchObject({
      id: expect.any(String),
    });
    const { items } = await seller.query<{ items: { id: string; accountId: string }[] }>(
      'outscaleAccounts.list',
    );
    await seller.mutation('outscaleAccounts.unlink', {
      id: items.find((l) => l.accountId === C.linked)?.id,
    });
    const after = await refusal(seller, id, 'eu-west-2', C.euw2);
    expect(after.fields['sources.0.imageId']?.[0]).toMatch(/^No OMI ami-c1021002 of your organization's/);
  });

  it('tells only the owner of an OMI not shared with the marketplace which account to share it with', async () => {
    const seller = sellers.a.client;
    // A fresh OMI of seller A's home account, shared with no one.
    const { Image } = await simulatorClient(simulator(), A.home).call('CreateImage', {
      SourceImageId: A.gouv,
      SourceRegionName: GOUV,
      ImageName: 'debian-12-unshared',
    });
    const imageId = Image?.ImageId ?? '';
    const id = await product(seller, [GOUV]);
    const r = await refusal(seller, id, GOUV, imageId);
    expect(r.fields['sources.0.imageId']?.[0]).toContain(
      `The marketplace cannot see ${imageId} in ${GOUV}: share it with account ${DISTRIBUTION[GOUV]}`,
    );
    // The same OMI given by another seller: no share instruction, nothing that tells it exists.
    const other = await refusal(sellers.b.client, await product(sellers.b.client, [GOUV]), GOUV, imageId);
    expect(other.fields['sources.0.imageId']?.[0]).toMatch(/^No OMI ami-[0-9a-f]+ of your organization's/);
    expect(JSON.stringify(other)).not.toContain(DISTRIBUTION[GOUV]);
  });

  it('finds versions made before the rule, reports them to the operators once, and unpublishes nothing', async () => {
    const { services } = marketplace;
    // The audit was enqueued once at start, under its deterministic ID.
    const started = await services.jobs.boss.getJobById(
      services.publicationJobs.ownershipAudit.name,
      deterministicJobId(OWNERSHIP_AUDIT_RUN),
    );
    expect(started).not.toBeNull();

    const em = services.orm.em.fork();
    em.create(MarketplaceAccount, {
      organization: null,
      email: 'ops@marketplace.example',
      firstName: 'Platform',
      lastName: 'Operator',
      roles: [],
      operator: true,
      language: 'en',
      passwordHash: await hashPassword('Operator-password-9'),
    });
    // Seller B's versions, written straight to the database as before the check existed.
    const id = await product(sellers.b.client, [GOUV]);
    const stolen = em.create(Version, {
      product: id,
      name: 'stolen',
      releaseNotes: { en: '', fr: '' },
      sources: [{ region: GOUV, imageId: A.gouv }],
      state: 'available',
    });
    const copied = em.create(Version, {
      product: id,
      name: 'copied',
      releaseNotes: { en: '', fr: '' },
      sources: [{ region: GOUV, imageId: distributionCopy }],
    });
    await em.flush();

    const audit = services.publicationJobs.ownershipAudit;
    await audit.run({}, { id: 'test', retryCount: 0 });
    await waitForMail(marketplace, 'ops@marketplace.example', /not proved their seller's own/);

    const operator = new HttpClient(marketplace.url);
    await operator.mutation('auth.login', {
      email: 'ops@marketplace.example',
      password: 'Operator-password-9',
    });
    // One finding a page, following the cursor to the end.
    const all: Findings['items'] = [];
    let cursor: string | null | undefined;
    do {
      const page: Findings = await operator.query<Findings>('operator.imageFindings.list', {
        limit: 1,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.items.length).toBeLessThanOrEqual(1);
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
    expect(all.filter((f) => f.organization.id === sellers.b.organizationId)).toHaveLength(2);
    expect(all.find((f) => f.version.id === stolen.id)).toMatchObject({
      organization: { id: sellers.b.organizationId },
      product: { id },
      region: GOUV,
      imageId: A.gouv,
      reason: 'other_owner',
      ownerId: A.home,
    });
    expect(all.find((f) => f.version.id === copied.id)).toMatchObject({
      imageId: distributionCopy,
      reason: 'marketplace_owner',
      ownerId: DISTRIBUTION[GOUV],
    });

    // Run again: no duplicate finding, no second e-mail; the offender stays published.
    await audit.run({}, { id: 'test-again', retryCount: 0 });
    await services.jobs.drain(15_000);
    expect(await services.orm.em.fork().count(ImageOwnershipFinding, {})).toBe(all.length);
    const mails = (services.devInbox?.list() ?? []).filter((m) => m.to.includes('ops@marketplace.example'));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(A.gouv);
    expect((await services.orm.em.fork().findOneOrFail(Version, { id: stolen.id })).state).toBe('available');

    // Sellers do not see the findings.
    expect((await trpcError(sellers.b.client.query('operator.imageFindings.list'))).code).toBe('FORBIDDEN');
  });

  it('audits more versions than one run checks, page after page, and sums them up in one e-mail', async () => {
    const { services } = marketplace;
    const em = services.orm.em.fork();
    const id = await product(sellers.b.client, [GOUV]);
    const stolen = Array.from({ length: 23 }, (_, n) =>
      em.create(Version, {
        product: id,
        name: `stolen-${n}`,
        releaseNotes: { en: '', fr: '' },
        sources: [{ region: GOUV, imageId: A.gouv }],
        state: 'available',
      }),
    );
    await em.flush();
    const before = (services.devInbox?.list() ?? []).filter((m) => m.to.includes('ops@marketplace.example'));

    await services.publicationJobs.ownershipAudit.run({}, { id: 'test-pages', retryCount: 0 });
    const mail = await waitForMail(marketplace, 'ops@marketplace.example', /not proved their seller's own/, {
      count: before.length + 1,
    });
    await services.jobs.drain(15_000);
    const found = await services.orm.em
      .fork()
      .find(ImageOwnershipFinding, { version: stolen.map((v) => v.id) });
    expect(found).toHaveLength(23);
    for (const version of stolen) expect(mail.text).toContain(`${version.name}, ${GOUV}`);
    const after = (services.devInbox?.list() ?? []).filter((m) => m.to.includes('ops@marketplace.example'));
    expect(after).toHaveLength(before.length + 1);
  });
});
