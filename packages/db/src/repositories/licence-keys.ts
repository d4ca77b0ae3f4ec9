// The licence key of each subscription: its highest version (the others are its history).
import type { EntityManager } from '@mikro-orm/postgresql';
import { LicenceKey } from '../entities/licence-key.ts';

/** The current key of each of these subscriptions that has one, in one statement, files populated. */
export async function currentLicenceKeys(
  em: EntityManager,
  subscriptionIds: string[],
): Promise<LicenceKey[]> {
  if (subscriptionIds.length === 0) return [];
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(
    `select distinct on (k.subscription_id) k.* from licence_key k
       where k.subscription_id in (${subscriptionIds.map(() => '?').join(', ')})
       order by k.subscription_id, k.version desc`,
    subscriptionIds,
    'all',
    em.getTransactionContext(),
  );
  const keys = rows.map((row) => em.map(LicenceKey, row));
  await em.populate(keys, ['file']);
  return keys;
}
