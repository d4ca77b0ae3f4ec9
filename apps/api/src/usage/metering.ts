// Metering (SPEC §7e): every hour, each OUTSCALE account with a subscription in force is read with its
// own stored keys — its VMs carrying the subscribed products' codes (ReadVms) and its consumption of the
// day per VM (ReadConsumptionAccount) — and each ended hour's usage is recorded per subscription, VM,
// VM type and hour, once. The rule for an hour H of day D, per VM and product:
//   recorded(H) = min(cap(H), consumed(D) − recorded(D's hours before H))
// where consumed(D) is the VM's hours in D as OUTSCALE reports them when H is metered, and cap(H) is
// 1 h, or less when the VM was created during H. Hours are metered in order from the account's cursor
// (the last hour recorded), each in a transaction that locks the cursor, writes the hour's rows (ON
// CONFLICT DO NOTHING) and advances the cursor: a re-run, two workers at once, or a worker killed
// mid-run, never count an hour twice, and the next run resumes after the last hour recorded.
import { decryptSecret } from '@marketplace/auth';
import {
  advanceMeteringCursor,
  type EntityManager,
  type FilterQuery,
  insertUsage,
  LinkedOutscaleAccount,
  lockMeteringCursor,
  type NewUsage,
  Organization,
  type Orm,
  readMeteringCursor,
  recordedMilliHours,
  Subscription,
} from '@marketplace/db';
import { MILLIHOURS_PER_HOUR, needsLicenceKey, type Region, usableSince } from '@marketplace/domain';
import {
  type MeteredVm,
  type OutscaleClient,
  readDailyVmConsumption,
  readMeteredVms,
  type VmConsumption,
} from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';
import { deterministicJobId, type JobDefinition, type JobQueue } from '../jobs/queue.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Hours one run meters at most; the rest goes to a follow-up job (a run stays far under 30 s). */
export const HOURS_PER_RUN = 48;
/** A run stops starting new hours after this long, and leaves the rest to its follow-up job. */
const RUN_BUDGET_MS = 15_000;
/** An account never metered starts at most this far back. */
const FIRST_RUN_LOOKBACK_HOURS = 31 * 24;
/** Ended subscriptions stay metered this long after their end, so an outage's missing hours are caught up. */
const ENDED_GRACE_MS = 7 * DAY;

export type MeteredAccount = { outscaleAccountId: string; region: Region };

export type MeteringDeps = {
  orm: Orm;
  secretKey: Buffer;
  now: () => Date;
  /** An OUTSCALE client for an account's keys (the cloud's, or one a test or bench tunes). */
  client: Cloud['client'];
};

export const floorHour = (date: Date) => new Date(Math.floor(date.getTime() / HOUR) * HOUR);

/** One job per account and hour metered up to (and per resumption point of a long catch-up). */
export const meteringJobId = (account: MeteredAccount, until: Date, from?: Date) =>
  deterministicJobId(
    `meter:${account.region}:${account.outscaleAccountId}:${until.toISOString()}${from ? `:${from.toISOString()}` : ''}`,
  );

/** When a subscription was in force: from its first usable moment to its end (open while it runs). */
export type InForce = { from: Date; to: Date | null };

export function inForceWindow(subscription: Subscription): InForce | null {
  if (subscription.contractHolder === 'refused' || subscription.contractHolder === 'awaiting') return null;
  if (needsLicenceKey(subscription.offer.type) && !subscription.keyAllocatedAt) return null;
  if (!['active', 'ending', 'ended'].includes(subscription.state)) return null;
  const from = usableSince({
    offerType: subscription.offer.type,
    activatesAt: subscription.activatesAt,
    keyAllocatedAt: subscription.keyAllocatedAt ?? null,
    contractHolder: subscription.contractHolder,
    endsAt: subscription.endsAt ?? null,
  });
  const to = subscription.endsAt ?? null;
  if (subscription.state === 'ended' && !to) return null;
  if (to && to <= from) return null;
  return { from, to };
}

const overlapsHour = (window: InForce, hour: Date) =>
  window.from.getTime() < hour.getTime() + HOUR && (!window.to || window.to.getTime() > hour.getTime());

/** Subscriptions that may have usage to meter: in force, or ended lately (an outage to catch up). */
function meterableFilter(now: Date): FilterQuery<Subscription> {
  return {
    $or: [
      { state: { $in: ['active', 'ending'] } },
      { state: 'ended', endsAt: { $gt: new Date(now.getTime() - ENDED_GRACE_MS) } },
    ],
  };
}

/** The accounts to meter: every account of a subscription in force (or lately ended), once. */
export async function meterableAccounts(em: EntityManager, now: Date): Promise<MeteredAccount[]> {
  const subscriptions = await em.find(Subscription, meterableFilter(now), {
    fields: ['region', 'outscaleAccountIds'],
  });
  const seen = new Map<string, MeteredAccount>();
  for (const s of subscriptions) {
    for (const id of s.outscaleAccountIds) {
      seen.set(`${s.region} ${id}`, { outscaleAccountId: id, region: s.region });
    }
  }
  return [...seen.values()];
}

type AccountKeys = { accessKey: string; secretKeyEncrypted: string };

/** The account's stored keys: an organization's home account, or an organization's linked account. */
async function keysOf(em: EntityManager, account: MeteredAccount, prefer: string[]): Promise<AccountKeys[]> {
  const homes = await em.find(
    Organization,
    { outscaleAccountId: account.outscaleAccountId, region: account.region },
    { populate: ['secretKeyEncrypted'] },
  );
  const linked = await em.find(
    LinkedOutscaleAccount,
    { accountId: account.outscaleAccountId, region: account.region },
    { populate: ['secretKeyEncrypted'], orderBy: { createdAt: 'asc' } },
  );
  const all = [
    ...homes.map((o) => ({ org: o.id, accessKey: o.accessKey, secretKeyEncrypted: o.secretKeyEncrypted })),
    ...linked.map((l) => ({
      org: l.organization.id,
      accessKey: l.accessKey,
      secretKeyEncrypted: l.secretKeyEncrypted,
    })),
  ];
  // The subscribers' own keys first.
  return all.sort((a, b) => Number(!prefer.includes(a.org)) - Number(!prefer.includes(b.org)));
}

function clientFor(deps: MeteringDeps, account: MeteredAccount, keys: AccountKeys[]): OutscaleClient | null {
  for (const key of keys) {
    try {
      const secret = decryptSecret(deps.secretKey, key.secretKeyEncrypted).toString('utf8');
      return deps.client(account.region, key.accessKey, secret);
    } catch {
      // Stored under another secret key, or damaged: try the next keys.
    }
  }
  return null;
}

export type MeteringRun = {
  /** Hours recorded by this run (each hour once, whoever ran it). */
  metered: Date[];
  /** Usage rows inserted. */
  inserted: number;
  /** Where the account's cursor stands after the run. */
  cursor: Date | null;
  /** True when every ended hour up to `until` is metered; false when a follow-up job must go on. */
  done: boolean;
  /** The OUTSCALE calls this run made. */
  calls: number;
  /** Why nothing was metered, when so. */
  skipped?: 'no_subscription' | 'no_keys';
};

/**
 * Meters one account's ended hours up to `until`, from its cursor, in order, at most `maxHours`.
 * Throws when OUTSCALE keeps failing (after the client's own retries, e.g. a 429 storm): nothing of the
 * failed hour is recorded and the cursor stays before it; the job's retry resumes there.
 */
export async function meterAccount(
  deps: MeteringDeps,
  account: MeteredAccount,
  until: Date,
  options: { maxHours?: number; budgetMs?: number } = {},
): Promise<MeteringRun> {
  const started = Date.now();
  const maxHours = options.maxHours ?? HOURS_PER_RUN;
  const budgetMs = options.budgetMs ?? RUN_BUDGET_MS;
  const em = deps.orm.em.fork();
  const lastEnded = new Date(floorHour(until).getTime() - HOUR);
  const subscriptions = (
    await em.find(
      Subscription,
      {
        $and: [
          { region: account.region, outscaleAccountIds: { $contains: [account.outscaleAccountId] } },
          meterableFilter(until),
        ],
      },
      { populate: ['offer', 'product'], orderBy: { createdAt: 'asc', id: 'asc' } },
    )
  )
    .map((subscription) => ({ subscription, window: inForceWindow(subscription) }))
    .filter((s): s is { subscription: Subscription; window: InForce } => s.window !== null)
    .filter((s) => Boolean(s.subscription.product.productCode));
  const run: MeteringRun = { metered: [], inserted: 0, cursor: null, done: true, calls: 0 };
  if (subscriptions.length === 0) return { ...run, skipped: 'no_subscription' };
  const earliest = Math.min(...subscriptions.map((s) => s.window.from.getTime()));
  const initial = new Date(
    Math.max(
      floorHour(new Date(earliest)).getTime() - HOUR,
      lastEnded.getTime() - FIRST_RUN_LOOKBACK_HOURS * HOUR,
    ),
  );
  const cursor = (await readMeteringCursor(em, account)) ?? initial;
  run.cursor = cursor;
  const hours: Date[] = [];
  for (let h = cursor.getTime() + HOUR; h <= lastEnded.getTime(); h += HOUR) hours.push(new Date(h));
  if (hours.length === 0) return run;
  const batch = hours.slice(0, maxHours);

  const client = clientFor(
    deps,
    account,
    await keysOf(
      em,
      account,
      subscriptions.map((s) => s.subscription.organization.id),
    ),
  );
  if (!client) return { ...run, done: true, skipped: 'no_keys' };

  const codes = new Map<string, { productId: string; subs: typeof subscriptions }>();
  for (const s of subscriptions) {
    const code = s.subscription.product.productCode as string;
    const entry = codes.get(code) ?? { productId: s.subscription.product.id, subs: [] };
    entry.subs.push(s);
    codes.set(code, entry);
  }
  // Only hours during which a subscription was in force read OUTSCALE; the others just move the cursor.
  const needsReading = batch.some((hour) => subscriptions.some((s) => overlapsHour(s.window, hour)));
  let vms: MeteredVm[] = [];
  if (needsReading) {
    vms = await readMeteredVms(client, [...codes.keys()]);
    run.calls += 1;
  }
  const consumption = new Map<string, Map<string, VmConsumption>>();

  for (const hour of batch) {
    if (Date.now() - started > budgetMs) break;
    const dayStart = new Date(Math.floor(hour.getTime() / DAY) * DAY);
    const day = dayStart.toISOString().slice(0, 10);
    const inForce = subscriptions.some((s) => overlapsHour(s.window, hour));
    if (inForce && vms.length > 0 && !consumption.has(day)) {
      consumption.set(day, await readDailyVmConsumption(client, day));
      run.calls += 1;
    }
    const used = consumption.get(day);
    const recorded = await em.fork().transactional(async (tx) => {
      const last = await lockMeteringCursor(tx, account, initial);
      // Another run got there first.
      if (last.getTime() >= hour.getTime()) return { last, inserted: 0, recorded: false };
      const rows: NewUsage[] = [];
      if (inForce && used) {
        const before = await recordedMilliHours(tx, account, dayStart, hour);
        for (const vm of vms) {
          const seen = used.get(vm.vmId);
          if (!seen) continue;
          for (const code of vm.productCodes) {
            const entry = codes.get(code);
            const owner = entry?.subs.find((s) => overlapsHour(s.window, hour));
            if (!entry || !owner) continue;
            const milliHours = hourShare(hour, vm, seen, before.get(`${vm.vmId} ${entry.productId}`) ?? 0);
            if (milliHours < 1) continue;
            rows.push({
              subscriptionId: owner.subscription.id,
              productId: entry.productId,
              outscaleAccountId: account.outscaleAccountId,
              region: account.region,
              vmId: vm.vmId,
              vmType: seen.vmType || vm.vmType,
              hour,
              milliHours,
            });
          }
        }
      }
      const inserted = await insertUsage(tx, rows);
      await advanceMeteringCursor(tx, account, hour);
      return { last: hour, inserted, recorded: true };
    });
    run.cursor = recorded.last;
    if (recorded.recorded) {
      run.metered.push(hour);
      run.inserted += recorded.inserted;
    }
  }
  run.done = (run.cursor?.getTime() ?? 0) >= lastEnded.getTime();
  return run;
}

/** The thousandths of hour H a VM ran, by the rule above. */
function hourShare(hour: Date, vm: MeteredVm, seen: VmConsumption, before: number): number {
  const consumed = Math.round(seen.hours * MILLIHOURS_PER_HOUR);
  let cap = MILLIHOURS_PER_HOUR;
  const created = vm.creationDate ? Date.parse(vm.creationDate) : Number.NaN;
  if (!Number.isNaN(created) && created > hour.getTime()) {
    cap = Math.max(0, Math.round(((hour.getTime() + HOUR - created) / HOUR) * MILLIHOURS_PER_HOUR));
  }
  return Math.max(0, Math.min(cap, consumed - before));
}

type MeterData = { outscaleAccountId: string; region: Region; until: string };

/** One account's metering up to an hour; a long catch-up continues in a follow-up job. */
export function meterAccountJob(deps: MeteringDeps & { jobs: JobQueue }): JobDefinition<MeterData> {
  const job: JobDefinition<MeterData> = {
    name: 'usage.meter-account',
    retryLimit: 10,
    retryDelaySeconds: 10,
    batchSize: 10,
    concurrency: 2,
    async run(data) {
      const account = { outscaleAccountId: data.outscaleAccountId, region: data.region };
      const until = new Date(data.until);
      const result = await meterAccount(deps, account, until);
      if (!result.done && result.cursor) {
        await deps.jobs.enqueue(job, data, { id: meteringJobId(account, until, result.cursor) });
      }
    },
  };
  return job;
}

/** Every hour: one metering job per account, up to the hour that just ended. */
export function meteringSweepJob(
  deps: MeteringDeps & { jobs: JobQueue; meterAccount: JobDefinition<MeterData> },
): JobDefinition<Record<string, never>> {
  return {
    name: 'usage.meter',
    retryLimit: 2,
    retryDelaySeconds: 10,
    async run() {
      const until = floorHour(deps.now());
      const accounts = await meterableAccounts(deps.orm.em.fork(), until);
      await enqueueMetering(deps, accounts, until);
    },
  };
}

export async function enqueueMetering(
  deps: { jobs: JobQueue; meterAccount: JobDefinition<MeterData> },
  accounts: MeteredAccount[],
  until: Date,
) {
  const pending = [...accounts];
  const next = async (): Promise<void> => {
    const account = pending.shift();
    if (!account) return;
    await deps.jobs.enqueue(
      deps.meterAccount,
      { ...account, until: until.toISOString() },
      { id: meteringJobId(account, until) },
    );
    return next();
  };
  await Promise.all(Array.from({ length: 8 }, next));
}
