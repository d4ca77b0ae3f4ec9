import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Holds a transaction-scoped advisory lock named by `key` until the caller's transaction ends: the
 * other workers wanting the same key wait (e.g. two copy jobs creating one product's code).
 */
export async function lockForTransaction(em: EntityManager, key: string): Promise<void> {
  await em
    .getConnection()
    .execute('select pg_advisory_xact_lock(hashtext(?))', [key], 'all', em.getTransactionContext());
}
