// Long or failure-prone work runs as pg-boss jobs in the marketplace's own PostgreSQL: retried with
// backoff, spread over every process that works the queues (SKIP LOCKED), and enqueued inside the
// use case's transaction so that a crash can neither lose a job nor run one for undone work.

import { createHash } from 'node:crypto';
import { type EntityManager, sqlExecutorFor } from '@marketplace/db';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';

const STOP_GRACE_MS = 10_000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export type JobDefinition<Data extends object> = {
  name: string;
  /** How many times a failed run is retried, with exponential backoff from `retryDelaySeconds`. */
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
  /** Must be idempotent: a job may run again after a crash mid-way. */
  run(data: Data, job: { id: string; retryCount: number }): Promise<void>;
};

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
  /** Starts working the given jobs in this process. */
  work(jobs: JobDefinition<never>[]): Promise<void>;
  /** Runs the job on a cron schedule (one run per slot across all processes). */
  schedule(job: JobDefinition<Record<string, never>>, cron: string): Promise<void>;
  /** Waits until no job is queued or running, or the timeout passes (commands that exit after). */
  drain(timeoutMs: number): Promise<void>;
  /** Stops fetching, lets jobs in progress finish (up to 10 s), closes the pool. */
  stop(): Promise<void>;
  boss: PgBoss;
};

export async function startJobQueue(options: { databaseUrl: string; log: Logger }): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: 'pgboss',
    max: 4,
    // Completed jobs are kept a week for the operator's job page, then archived.
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
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
    await boss.createQueue(job.name, {
      name: job.name,
      retryLimit: job.retryLimit,
      retryDelay: job.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds,
    });
    created.add(job.name);
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
        expireInSeconds: job.expireInSeconds,
        ...(enqueueOptions.startAfter ? { startAfter: enqueueOptions.startAfter } : {}),
        ...(enqueueOptions.singletonKey ? { singletonKey: enqueueOptions.singletonKey } : {}),
        ...(enqueueOptions.id ? { id: enqueueOptions.id } : {}),
        ...(em ? { db: sqlExecutorFor(em) } : {}),
      });
    },
    async work(jobs) {
      for (const job of jobs) {
        await ensureQueue(job);
        await boss.work<object>(
          job.name,
          { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true },
          async ([item]) => {
            if (!item) return;
            const log = options.log.child({ job: job.name, jobId: item.id });
            const running = job.run(item.data as never, { id: item.id, retryCount: item.retryCount });
            inflight.add(running);
            try {
              await running;
              log.debug('job done');
            } catch (error) {
              log[stopping ? 'debug' : 'warn'](
                { err: error, retryCount: item.retryCount },
                'job failed, will retry if attempts remain',
              );
              throw error;
            } finally {
              inflight.delete(running);
            }
          },
        );
      }
    },
    async schedule(job, cron) {
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

/** A UUID derived from a name, for `EnqueueOptions.id`. */
export function deterministicJobId(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
