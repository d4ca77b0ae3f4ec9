import { Session, SignInThrottle } from '@marketplace/db';
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
});
