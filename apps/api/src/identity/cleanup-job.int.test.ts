import {
  LicenceKey,
  Offer,
  Product,
  Session,
  Showcase,
  SignInThrottle,
  StoredFile,
  Subscription,
} from '@marketplace/db';
import { createTestOrm } from '@marketplace/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../testing/fixtures.ts';
import { identityCleanupJob } from './cleanup-job.ts';

describe('the hourly identity cleanup', () => {
  let db: Awaited<ReturnType<typeof createTestOrm>>;
  beforeAll(async () => {
    db = await createTestOrm();
  });
  afterAll(() => db.close());

  it('forgets expired sessions and old sign-in failures, and keeps the live ones', async () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const { account } = await createMember(db.orm);
    const em = db.orm.em.fork();
    em.create(Session, { id: 'a'.repeat(64), account, expiresAt: new Date(now.getTime() - 1000) });
    em.create(Session, { id: 'b'.repeat(64), account, expiresAt: new Date(now.getTime() + 3600_000) });
    em.create(SignInThrottle, {
      key: 'ip:old',
      failures: 9,
      lastFailureAt: new Date(now.getTime() - 2 * 3600_000),
    });
    em.create(SignInThrottle, {
      key: 'ip:recent',
      failures: 9,
      lastFailureAt: new Date(now.getTime() - 60_000),
    });
    await em.flush();

    await identityCleanupJob({ orm: db.orm, now: () => now }).run({}, { id: 'test', retryCount: 0 });

    const check = db.orm.em.fork();
    expect((await check.find(Session, {})).map((s) => s.id)).toEqual(['b'.repeat(64)]);
    expect((await check.find(SignInThrottle, {})).map((t) => t.key)).toEqual(['ip:recent']);
  });

  it('deletes the uploads nothing used within a day, and keeps those a product, showcase or licence key holds', async () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);
    const { organization } = await createMember(db.orm, { types: ['seller'] });
    const other = await createMember(db.orm, { types: ['seller'] });
    const em = db.orm.em.fork();
    const file = (name: string, createdAt: Date, owner = organization) =>
      em.create(StoredFile, {
        organization: owner,
        purpose: name.startsWith('key') ? 'licence_key' : 'logo',
        fileName: `${name}.png`,
        contentType: 'image/png',
        size: 10,
        sha256: '0'.repeat(64),
        content: Buffer.from(name),
        createdAt,
      });
    const forgotten = file('forgotten', hoursAgo(25));
    const recent = file('recent', hoursAgo(23));
    const showcaseLogo = file('showcase-logo', hoursAgo(48));
    const screenshot = file('screenshot', hoursAgo(48));
    const key = file('key', hoursAgo(48));
    const unusedKey = file('key-unused', hoursAgo(25));
    // Held by another organization's product: not a use (it could only ever show there as broken).
    const foreign = file('foreign', hoursAgo(48), other.organization);
    await em.flush();
    em.create(Showcase, {
      organization,
      companyName: 'Nimbus',
      logoUrl: `/files/${showcaseLogo.id}`,
      shortDescription: { en: '', fr: '' },
      description: { en: '', fr: '' },
      contactEmail: 'sales@nimbus.example',
      supportContact: 'support@nimbus.example',
    });
    const product = em.create(Product, {
      organization,
      kind: 'managed',
      name: { en: 'Draft', fr: 'Brouillon' },
      shortDescription: { en: '', fr: '' },
      description: { en: '', fr: '' },
      categories: [],
      regions: [],
      supportContact: '',
      recommendedVmTypes: [],
      screenshotUrls: ['https://nimbus.example/a.png', ` /files/${screenshot.id}`],
      logoUrl: `/files/${foreign.id}`,
    });
    // A licence key version holds its file.
    const offer = em.create(Offer, {
      product,
      type: 'subscription',
      title: { en: 'Plan', fr: 'Offre' },
      terms: {
        type: 'subscription',
        price: { amount: 100, currency: 'EUR' },
        commitmentMonths: 12,
        billingFrequency: 'monthly',
      },
    });
    const subscription = em.create(Subscription, {
      organization: other.organization,
      product,
      seller: organization,
      offer,
      region: 'cloudgouv-eu-west-1',
      outscaleAccountIds: [],
      state: 'active',
      activatesAt: hoursAgo(48),
      keyAllocatedAt: hoursAgo(48),
    });
    em.create(LicenceKey, { subscription, version: 1, kind: 'file', file: key, allocatedAt: hoursAgo(48) });
    await em.flush();

    await identityCleanupJob({ orm: db.orm, now: () => now }).run({}, { id: 'test', retryCount: 0 });

    const left = await db.orm.em.fork().find(StoredFile, {}, { fields: ['fileName'] });
    expect(left.map((f) => f.fileName).sort()).toEqual(
      [recent, showcaseLogo, screenshot, key].map((f) => f.fileName).sort(),
    );
    expect(forgotten.fileName).toBe('forgotten.png');
    expect(unusedKey.fileName).toBe('key-unused.png');
  });
});
