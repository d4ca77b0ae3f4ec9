import type { EntityManager } from '@mikro-orm/postgresql';
import { SignInThrottle } from '../entities/sign-in-throttle.ts';

/**
 * Counts one more failed sign-in for the key, starting again from 1 when the last failure is older
 * than `forgetBefore`. One statement, so that concurrent failures all count.
 */
export async function recordSignInFailure(em: EntityManager, key: string, now: Date, forgetBefore: Date) {
  await em.getConnection().execute(
    `insert into sign_in_throttle (key, failures, last_failure_at) values (?, 1, ?)
     on conflict (key) do update set
       failures = case when sign_in_throttle.last_failure_at < ? then 1 else sign_in_throttle.failures + 1 end,
       last_failure_at = excluded.last_failure_at`,
    [key, now, forgetBefore],
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
