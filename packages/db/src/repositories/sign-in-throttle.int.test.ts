import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../orm.ts';
import { createTestOrm } from '../testing.ts';
import { findSignInThrottle, refundSignInAttempt, reserveSignInAttempt } from './sign-in-throttle.ts';

// Locked for a minute from 3 failures on (a short schedule keeps the test readable).
const SCHEDULE = [0, 0, 60_000];
const HOUR = 3600_000;

describe('sign-in attempts reserved in one statement', () => {
  let db: Awaited<ReturnType<typeof createTestOrm>>;
  let orm: Orm;
  beforeAll(async () => {
    db = await createTestOrm();
    orm = db.orm;
  });
  afterAll(() => db.close());

  const reserve = (key: string, at: Date) =>
    reserveSignInAttempt(orm.em.fork(), key, at, new Date(at.getTime() - HOUR), SCHEDULE);

  it('lets exactly as many concurrent attempts through as the lock allows, and counts only those', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const results = await Promise.all(Array.from({ length: 30 }, () => reserve('email:a@example.com', now)));
    expect(results.filter(Boolean)).toHaveLength(3);
    expect((await findSignInThrottle(orm.em.fork(), 'email:a@example.com'))?.failures).toBe(3);
  });

  it('lets the next attempt through once the lock is over, and forgets failures after the memory', async () => {
    const start = new Date('2026-12-01T10:00:00Z');
    const at = (ms: number) => new Date(start.getTime() + ms);
    for (let i = 0; i < 3; i++) expect(await reserve('ip:203.0.113.1', start)).toBe(true);
    expect(await reserve('ip:203.0.113.1', at(59_000))).toBe(false);
    expect(await reserve('ip:203.0.113.1', at(60_000))).toBe(true);
    expect((await findSignInThrottle(orm.em.fork(), 'ip:203.0.113.1'))?.failures).toBe(4);
    expect(await reserve('ip:203.0.113.1', at(61_000))).toBe(false);
    expect(await reserve('ip:203.0.113.1', at(60_000 + HOUR + 1))).toBe(true);
    expect((await findSignInThrottle(orm.em.fork(), 'ip:203.0.113.1'))?.failures).toBe(1);
  });

  it('gives a refunded attempt back, never below zero', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    await reserve('totp:x', now);
    await refundSignInAttempt(orm.em.fork(), 'totp:x');
    await refundSignInAttempt(orm.em.fork(), 'totp:x');
    expect((await findSignInThrottle(orm.em.fork(), 'totp:x'))?.failures).toBe(0);
    // Not locked even though its last attempt is ahead of this clock.
    expect(await reserve('totp:x', new Date(now.getTime() - 30_000))).toBe(true);
  });
});
