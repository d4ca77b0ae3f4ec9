// Licence agreement versions and the subscriptions' licence histories, in single statements: a binding
// reaches every subscription in force of a product at once, and a page of subscriptions reads its
// histories at once.
import type { LicenceAcceptance, SubscriptionState } from '@marketplace/domain';
import type { EntityManager } from '@mikro-orm/postgresql';

const run = <T>(em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute<T[]>(sql, params, 'all', em.getTransactionContext());

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

/**
 * Records version `versionId` as bound by the seller in the history of every subscription of the
 * product in one of `states`, at `at`; a subscription that has it already is left as it is (a re-run
 * adds nothing). Answers how many subscriptions were bound.
 */
export async function bindSubscriptionsToLicence(
  em: EntityManager,
  binding: { productId: string; versionId: string; states: readonly SubscriptionState[]; at: Date },
): Promise<number> {
  const how: LicenceAcceptance = 'bound_by_seller';
  const rows = await run<{ id: string }>(
    em,
    `insert into subscription_licence (id, subscription_id, licence_version_id, how, at)
     select gen_random_uuid(), s.id, ?::uuid, ?, ? from subscription s
     where s.product_id = ?::uuid and s.state = any(?::text[])
     on conflict (subscription_id, licence_version_id) do nothing
     returning id`,
    [binding.versionId, how, binding.at, binding.productId, `{${binding.states.join(',')}}`],
  );
  return rows.length;
}

export type LicenceHistoryEntry = {
  subscriptionId: string;
  version: number;
  licence: string;
  how: LicenceAcceptance;
  at: Date;
};

/** The licence histories of several subscriptions, each oldest version first. */
export async function findLicenceHistories(
  em: EntityManager,
  subscriptionIds: readonly string[],
): Promise<LicenceHistoryEntry[]> {
  if (subscriptionIds.length === 0) return [];
  const rows = await run<Omit<LicenceHistoryEntry, 'at'> & { at: Date | string }>(
    em,
    `select sl.subscription_id as "subscriptionId", v.number as version, v.licence, sl.how, sl.at
     from subscription_licence sl join licence_version v on v.id = sl.licence_version_id
     where sl.subscription_id = any(?::uuid[])
     order by sl.subscription_id, v.number`,
    [uuids(subscriptionIds)],
  );
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}

/**
 * Makes version 1 of a product's agreement unless the product has it: concurrent callers (subscribers
 * holding a shared lock) make one, none fails.
 */
export async function insertFirstLicenceVersion(
  em: EntityManager,
  first: { productId: string; licence: string; at: Date; createdById: string | null },
): Promise<void> {
  await run(
    em,
    `insert into licence_version (id, product_id, number, licence, created_at, created_by_id, binds_existing_subscribers)
     values (gen_random_uuid(), ?::uuid, 1, ?, ?, ?::uuid, false)
     on conflict (product_id, number) do nothing`,
    [first.productId, first.licence, first.at, first.createdById],
  );
}
