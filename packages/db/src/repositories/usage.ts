// The metering's records (SPEC §7e): an account's cursor, an hour's usage written once, and the sums
// the usage reports read.
import type { EntityManager } from '@mikro-orm/postgresql';

const run = <T extends Record<string, unknown>[]>(em: EntityManager, sql: string, params: unknown[]) =>
  em.getConnection().execute<T>(sql, params, 'all', em.getTransactionContext());

/**
 * Locks the account's metering cursor for the transaction (creating it at `initial` the first time)
 * and answers the last hour metered: two runs of one account queue here, the second sees the first's
 * progress. Call inside a transaction.
 */
export async function lockMeteringCursor(
  em: EntityManager,
  account: { outscaleAccountId: string; region: string },
  initial: Date,
): Promise<Date> {
  await run(
    em,
    `insert into metering_cursor (outscale_account_id, region, last_hour, updated_at)
       values (?, ?, ?, now()) on conflict do nothing`,
    [account.outscaleAccountId, account.region, initial],
  );
  const [row] = await run<{ last_hour: Date }[]>(
    em,
    `select last_hour from metering_cursor where outscale_account_id = ? and region = ? for update`,
    [account.outscaleAccountId, account.region],
  );
  return new Date(row?.last_hour ?? initial);
}

/** The last hour metered, without locking; null before the account's first run. */
export async function readMeteringCursor(
  em: EntityManager,
  account: { outscaleAccountId: string; region: string },
): Promise<Date | null> {
  const [row] = await run<{ last_hour: Date }[]>(
    em,
    `select last_hour from metering_cursor where outscale_account_id = ? and region = ?`,
    [account.outscaleAccountId, account.region],
  );
  return row ? new Date(row.last_hour) : null;
}

/** Moves the cursor forward (never back), in the transaction that recorded the hour. */
export async function advanceMeteringCursor(
  em: EntityManager,
  account: { outscaleAccountId: string; region: string },
  hour: Date,
): Promise<void> {
  await run(
    em,
    `update metering_cursor set last_hour = greatest(last_hour, ?), updated_at = now()
       where outscale_account_id = ? and region = ?`,
    [hour, account.outscaleAccountId, account.region],
  );
}

/**
 * Thousandths of an hour already recorded for each VM and product of the account between `from` and
 * `to` (excluded): the earlier hours of the day being metered. Keyed `vmId productId`.
 */
export async function recordedMilliHours(
  em: EntityManager,
  account: { outscaleAccountId: string; region: string },
  from: Date,
  to: Date,
): Promise<Map<string, number>> {
  const rows = await run<{ vm_id: string; product_id: string; total: string | number }[]>(
    em,
    `select vm_id, product_id, sum(milli_hours) as total from usage_record
       where outscale_account_id = ? and region = ? and hour >= ? and hour < ?
       group by vm_id, product_id`,
    [account.outscaleAccountId, account.region, from, to],
  );
  return new Map(rows.map((r) => [`${r.vm_id} ${r.product_id}`, Number(r.total)]));
}

export type NewUsage = {
  subscriptionId: string;
  productId: string;
  outscaleAccountId: string;
  region: string;
  vmId: string;
  vmType: string;
  hour: Date;
  milliHours: number;
};

/** Writes an hour's usage in one statement; a row already there (the same VM, product, hour) is kept. */
export async function insertUsage(em: EntityManager, rows: NewUsage[]): Promise<number> {
  if (rows.length === 0) return 0;
  const values = rows.map(() => '(gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, now())').join(', ');
  const result = await em.getConnection().execute<{ affectedRows?: number }>(
    `insert into usage_record (id, subscription_id, product_id, outscale_account_id, region, vm_id, vm_type,
       hour, milli_hours, recorded_at) values ${values}
       on conflict (vm_id, product_id, hour) do nothing`,
    rows.flatMap((r) => [
      r.subscriptionId,
      r.productId,
      r.outscaleAccountId,
      r.region,
      r.vmId,
      r.vmType,
      r.hour,
      r.milliHours,
    ]),
    'run',
    em.getTransactionContext(),
  );
  return result.affectedRows ?? 0;
}

export type MonthlyUsage = {
  subscriptionId: string;
  outscaleAccountId: string;
  vmType: string;
  /** YYYY-MM (UTC). */
  month: string;
  milliHours: number;
};

/** The usage of these subscriptions between `from` and `to` (excluded), summed by account, type, month. */
export async function monthlyUsage(
  em: EntityManager,
  subscriptionIds: string[],
  from: Date,
  to: Date,
): Promise<MonthlyUsage[]> {
  if (subscriptionIds.length === 0) return [];
  const rows = await run<
    {
      subscription_id: string;
      outscale_account_id: string;
      vm_type: string;
      month: string;
      total: string | number;
    }[]
  >(
    em,
    `select subscription_id, outscale_account_id, vm_type,
            to_char(date_trunc('month', hour at time zone 'UTC'), 'YYYY-MM') as month,
            sum(milli_hours) as total
       from usage_record
       where subscription_id = any(?::uuid[]) and hour >= ? and hour < ?
       group by subscription_id, outscale_account_id, vm_type, month
       order by month, subscription_id, outscale_account_id, vm_type`,
    [`{${subscriptionIds.join(',')}}`, from, to],
  );
  return rows.map((r) => ({
    subscriptionId: r.subscription_id,
    outscaleAccountId: r.outscale_account_id,
    vmType: r.vm_type,
    month: r.month,
    milliHours: Number(r.total),
  }));
}
