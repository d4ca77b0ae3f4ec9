import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Holds a transaction-scoped advisory lock named by `key` until the caller's transaction ends: the
 * other workers wanting the same key wait (e.g. two copy jobs creating one product's code). A shared
 * lock waits only for the exclusive holders of the key (and makes them wait), not for other sharers.
 */
export async function lockForTransaction(
  em: EntityManager,
  key: string,
  { shared = false }: { shared?: boolean } = {},
): Promise<void> {
  await em
    .getConnection()
    .execute(
      `select ${shared ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}(hashtext(?))`,
      [key],
      'all',
      em.getTransactionContext(),
    );
}
