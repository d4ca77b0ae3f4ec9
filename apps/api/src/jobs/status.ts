// What a page may know of a long job: its state and attempts, for jobs of the caller's organization only.
import {
  type EntityManager,
  ImageCopy,
  type JobRecord,
  MarketplaceAccount,
  Subscription,
  Version,
} from '@marketplace/db';
import { notFound } from '@marketplace/domain';
import type { JobQueue } from './queue.ts';

export type JobState = 'queued' | 'running' | 'retrying' | 'done' | 'failed' | 'cancelled';

export type JobStatus = {
  id: string;
  kind: string;
  state: JobState;
  attempts: number;
  retryLimit: number;
  /** When a queued or retrying job runs next (retries back off). */
  runsAfter: string | null;
  startedAt: string | null;
  completedAt: string | null;
};

const STATES: Record<string, JobState> = {
  created: 'queued',
  retry: 'retrying',
  active: 'running',
  completed: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
};

type Owner = (em: EntityManager, data: Record<string, unknown>) => Promise<string | undefined>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The organization each job kind works for; a job kind missing here is never shown to a page. */
const OWNERS: Record<string, Owner> = {
  'subscription.share': async (em, data) =>
    (await em.findOne(Subscription, { id: text(data.subscriptionId) }))?.organization.id,
  'publication.copy': async (em, data) => {
    const copy = await em.findOne(ImageCopy, { id: text(data.copyId) });
    if (!copy) return undefined;
    const version = await em.findOneOrFail(Version, { id: copy.version.id }, { populate: ['product'] });
    return version.product.organization.id;
  },
  'eim.provision': async (em, data) =>
    (await em.findOne(MarketplaceAccount, { id: text(data.accountId) }))?.organization?.id,
};

const JOB = { en: 'This job', fr: 'Cette tâche' };

/** One job's status, read from the queue (archive included), if it works for the organization. */
export async function jobStatus(
  em: EntityManager,
  queue: JobQueue,
  organizationId: string,
  id: string,
  kinds: readonly string[] = Object.keys(OWNERS),
): Promise<JobStatus> {
  for (const kind of kinds) {
    const owner = OWNERS[kind];
    if (!owner) continue;
    const job = await queue.boss.getJobById<Record<string, unknown>>(kind, id, { includeArchive: true });
    if (!job) continue;
    if ((await owner(em, job.data ?? {})) !== organizationId) break;
    return describeJob(job, kind);
  }
  throw notFound(JOB);
}

/** What a page shows of a pg-boss job (from getJobById, or findJobRecords for a page of them). */
export function describeJob(
  job: Pick<
    JobRecord,
    'id' | 'state' | 'retryCount' | 'retryLimit' | 'startAfter' | 'startedOn' | 'completedOn'
  >,
  kind: string,
): JobStatus {
  return {
    id: job.id,
    kind,
    state: STATES[job.state] ?? 'queued',
    attempts: job.retryCount + (job.state === 'created' ? 0 : 1),
    retryLimit: job.retryLimit,
    runsAfter:
      job.state === 'created' || job.state === 'retry' ? new Date(job.startAfter).toISOString() : null,
    startedAt: job.startedOn ? new Date(job.startedOn).toISOString() : null,
    completedAt: job.completedOn ? new Date(job.completedOn).toISOString() : null,
  };
}

/** The status of a job when it exists, else null (a job not yet enqueued, or archived away). */
export async function jobStatusOrNull(
  em: EntityManager,
  queue: JobQueue,
  organizationId: string,
  id: string,
  kind: string,
): Promise<JobStatus | null> {
  return jobStatus(em, queue, organizationId, id, [kind]).catch(() => null);
}
