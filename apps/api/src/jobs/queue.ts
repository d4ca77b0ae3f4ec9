// Long or failure-prone work runs as pg-boss jobs in the marketplace's own PostgreSQL: retried with
// backoff, spread over every worker process (SKIP LOCKED), and enqueued inside the use case's
// transaction so that a crash can neither lose a job nor run one for undone work.
//
// pg-boss 10 has no heartbeat: a job held by a dead worker stays "active" until it expires, and the
// maintenance (every MAINTENANCE_SECONDS, in one worker at a time) then retries it. So every run is kept
// short (a long wait is a chain of short jobs, see the copy job), every job expires after
// JOB_EXPIRE_SECONDS, and retries start within 2 × RETRY_DELAY_LIMIT_SECONDS: a dead worker's job runs
// again elsewhere within 30 + 5 + 20 s, under a minute (its first retry; later retries back off).

import { createHash } from 'node:crypto';
import { type EntityManager, sqlExecutorFor } from '@marketplace/db';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';

const STOP_GRACE_MS = 10_000;
/** How long a run may take before pg-boss counts it lost (and fails it, so it is retried). */
export const JOB_EXPIRE_SECONDS = 30;
/** How often expired jobs are looked for (pg-boss runs it in one process at a time). */
export const MAINTENANCE_SECONDS = 5;
/** The longest first retry delay a job may ask (pg-boss waits it to twice that, with jitter). */
export const RETRY_DELAY_LIMIT_SECONDS = 10;
/**
 * How often a fetch loop looks for jobs: pg-boss's minimum. A loop waits this long (less its run's
 * duration) after every fetch, even a full one, and pg-boss 10 has no teamSize: one job per fetch capped
 * a queue at 2 jobs a second per process. Hence batches (`batchSize`) and several loops (`concurrency`).
 */
const POLLING_SECONDS = 0.5;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export type JobDefinition<Data extends object> = {
  name: string;
  /** How many times a failed run is retried, with exponential backoff from `retryDelaySeconds`. */
  retryLimit: number;
  /** At most RETRY_DELAY_LIMIT_SECONDS, so that a lost job is retried within a minute. */
  retryDelaySeconds: number;
  /** Jobs fetched at each poll, run together (default 1). */
  batchSize?: number;
  /** Fetch loops per worker process, each running one batch at a time (default 1). */
  concurrency?: number;
  /**
   * Must be idempotent: a job may run again after a crash mid-way. Must end well within
   * JOB_EXPIRE_SECONDS: a longer wait enqueues a follow-up job instead.
   */
  run(data: Data, job: { id: string; retryCount: number }): Promise<void>;
  /**
   * Runs a fetched batch as a whole instead of `run` job by job (e.g. one cloud call for many jobs).
   * Returns the jobs that failed, with their error: they alone are retried, the others are done.
   */
  runBatch?(jobs: BatchItem<Data>[]): Promise<Map<string, unknown>>;
};

export type BatchItem<Data> = { id: string; data: Data; retryCount: number };

export type EnqueueOptions = {
  /** Enqueue within this transaction: the job exists if and only if the transaction commits. */
  em?: EntityManager;
  startAfter?: Date;
  /** At most one queued job with this key (e.g. one provisioning per account). */
  singletonKey?: string;
  /** A deterministic job ID: enqueuing the same ID again does nothing (exactly-once fan-out). */
  id?: string;
};

export type JobQueue = {
  enqueue<Data extends object>(
    job: JobDefinition<Data>,
    data: Data,
    options?: EnqueueOptions,
  ): Promise<string | null>;
  /** Starts working the given jobs in this process (a worker's; `startJobQueue({ worker: true })`). */
  work(jobs: JobDefinition<never>[]): Promise<void>;
  /** Runs the job on a cron schedule (one run per slot across all processes). */
  schedule(job: JobDefinition<Record<string, never>>, cron: string): Promise<void>;
  /** Waits until no job is queued or running, or the timeout passes (commands that exit after). */
  drain(timeoutMs: number): Promise<void>;
  /** Stops fetching, lets jobs in progress finish (up to 10 s), closes the pool. */
  stop(): Promise<void>;
  boss: PgBoss;
};

export async function startJobQueue(options: {
  databaseUrl: string;
  log: Logger;
  /**
   * A worker also runs the queue's maintenance (expiry, archive) and the cron schedules; a web process
   * only enqueues. Default true.
   */
  worker?: boolean;
}): Promise<JobQueue> {
  const worker = options.worker ?? true;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: 'pgboss',
    max: worker ? 8 : 2,
    // Completed jobs are kept a week for the operator's job page, then archived.
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
    supervise: worker,
    schedule: worker,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
  });
  let stopping = false;
  const inflight = new Set<Promise<void>>();
  // While stopping, PostgreSQL closing the queue's last connections is expected, not an error.
  boss.on('error', (error: Error) =>
    options.log[stopping ? 'debug' : 'error']({ err: error, part: 'jobs' }, 'job queue error'),
  );
  await boss.start();
  const created = new Set<string>();

  const ensureQueue = async (job: JobDefinition<never>) => {
    if (created.has(job.name)) return;
    if (job.retryDelaySeconds > RETRY_DELAY_LIMIT_SECONDS) {
      throw new Error(`${job.name}: a retry delay over ${RETRY_DELAY_LIMIT_SECONDS} s delays a lost job`);
    }
    const settings = {
      name: job.name,
      retryLimit: job.retryLimit,
      retryDelay: job.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: JOB_EXPIRE_SECONDS,
    };
    await retryOnDeadlock(async () => {
      await boss.createQueue(job.name, settings);
      // A queue created by an earlier release keeps its settings: bring them to this one's.
      await boss.updateQueue(job.name, settings);
    });
    created.add(job.name);
  };

  /** Runs one fetched batch; failed jobs are failed here (so retried), pg-boss completes the rest. */
  const runFetched = async (job: JobDefinition<never>, items: BatchItem<never>[]) => {
    const log = options.log.child({ job: job.name });
    let failures: Map<string, unknown>;
    if (job.runBatch) {
      failures = await job.runBatch(items);
    } else {
      const settled = await Promise.all(
        items.map((item) =>
          job.run(item.data, { id: item.id, retryCount: item.retryCount }).then(
            () => null,
            (error: unknown) => [item.id, error] as const,
          ),
        ),
      );
      failures = new Map(settled.filter((f) => f !== null));
    }
    for (const [id, error] of failures) {
      const item = items.find((i) => i.id === id);
      log[stopping ? 'debug' : 'warn'](
        { err: error, jobId: id, retryCount: item?.retryCount },
        'job failed, will retry if attempts remain',
      );
      const message = error instanceof Error ? error.message : String(error);
      await boss.fail(job.name, id, { message });
    }
    log.debug({ jobs: items.length, failed: failures.size }, 'jobs done');
  };

  return {
    boss,
    async enqueue(job, data, enqueueOptions = {}) {
      await ensureQueue(job as JobDefinition<never>);
      const em = enqueueOptions.em;
      return boss.send(job.name, data, {
        retryLimit: job.retryLimit,
        retryDelay: job.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: JOB_EXPIRE_SECONDS,
        ...(enqueueOptions.startAfter ? { startAfter: enqueueOptions.startAfter } : {}),
        ...(enqueueOptions.singletonKey ? { singletonKey: enqueueOptions.singletonKey } : {}),
        ...(enqueueOptions.id ? { id: enqueueOptions.id } : {}),
        ...(em ? { db: sqlExecutorFor(em) } : {}),
      });
    },
    async work(jobs) {
      if (!worker) throw new Error('a web process works no queue');
      for (const job of jobs) {
        await ensureQueue(job);
        for (let loop = 0; loop < (job.concurrency ?? 1); loop += 1) {
          await boss.work<object>(
            job.name,
            { batchSize: job.batchSize ?? 1, pollingIntervalSeconds: POLLING_SECONDS, includeMetadata: true },
            async (fetched) => {
              const items = fetched.map((f) => ({
                id: f.id,
                data: f.data as never,
                retryCount: f.retryCount,
              }));
              const running = runFetched(job, items);
              inflight.add(running);
              try {
                await running;
              } finally {
                inflight.delete(running);
              }
            },
          );
        }
      }
    },
    async schedule(job, cron) {
      // Recorded in the database; the cron runs in the workers (`schedule: worker` above).
      await ensureQueue(job as JobDefinition<never>);
      await boss.schedule(job.name, cron, {}, { tz: 'UTC' });
    },
    async drain(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const sizes = await Promise.all(
          [...created].map((name) => boss.getQueueSize(name, { before: 'completed' })),
        );
        if (sizes.every((size) => size === 0)) return;
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      stopping = true;
      // Fetch nothing more, let the jobs in progress finish while the database is still there (a job
      // cut short would simply run again: they are idempotent), then close the queue.
      await Promise.all([...created].map((name) => boss.offWork(name)));
      await Promise.race([Promise.allSettled([...inflight]), delay(STOP_GRACE_MS)]);
      await boss.stop({ graceful: true, wait: true, timeout: 2_000 });
    },
  };
}

/**
 * Processes starting together create the same queues at once, and pg-boss's create_queue (an insert
 * plus a partition table) can deadlock with itself: PostgreSQL aborts one side, which simply tries again.
 */
async function retryOnDeadlock(work: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // 40P01 deadlock, 23505 the other process's row won the race, 42P07 its partition table did.
      if (attempt >= attempts || !['40P01', '23505', '42P07'].includes(String(code))) throw error;
      await delay(50 * attempt + Math.floor(Math.random() * 50));
    }
  }
}

/** A UUID derived from a name, for `EnqueueOptions.id`. */
export function deterministicJobId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
