import type { EntityManager } from '@mikro-orm/postgresql';
import { SignInThrottle } from '../entities/sign-in-throttle.ts';

/**
 * Reserves one attempt for the key before the secret (password, code) is checked: counts it as a
 * failure unless the key is locked, in one statement, so that of many concurrent attempts only those
 * the lock allows go ahead. `lockScheduleMs[n - 1]` is the lock after n consecutive failures (the last
 * entry holds for higher counts); failures older than `forgetBefore` are forgotten. Returns whether
 * the attempt may go ahead; a refused attempt changes nothing.
 */
export async function reserveSignInAttempt(
  em: EntityManager,
  key: string,
  now: Date,
  forgetBefore: Date,
  lockScheduleMs: readonly number[],
): Promise<boolean> {
  const lock = `coalesce((?::int[])[least(t.failures, ?)], 0)`;
  const rows: unknown[] = await em.getConnection().execute(
    `insert into sign_in_throttle as t (key, failures, last_failure_at) values (?, 1, ?)
     on conflict (key) do update set
       failures = case when t.last_failure_at < ? then 1 else t.failures + 1 end,
       last_failure_at = excluded.last_failure_at
     where t.last_failure_at < ? or ${lock} = 0
        or t.last_failure_at + ${lock} * interval '1 millisecond' <= excluded.last_failure_at
     returning failures`,
    [
      key,
      now,
      forgetBefore,
      forgetBefore,
      ...[1, 2].flatMap(() => [`{${lockScheduleMs.join(',')}}`, lockScheduleMs.length]),
    ],
    'all',
    em.getTransactionContext(),
  );
  return rows.length === 1;
}

/** Gives back an attempt that turned out not to be a failure (a right password awaiting its code). */
export async function refundSignInAttempt(em: EntityManager, key: string) {
  await em
    .getConnection()
    .execute(
      'update sign_in_throttle set failures = greatest(failures - 1, 0) where key = ?',
      [key],
      'run',
      em.getTransactionContext(),
    );
}

export function findSignInThrottle(em: EntityManager, key: string) {
  return em.findOne(SignInThrottle, { key });
}

export async function clearSignInFailures(em: EntityManager, key: string) {
  await em.nativeDelete(SignInThrottle, { key });
}
