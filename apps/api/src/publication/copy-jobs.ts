// Publication on OUTSCALE, as jobs that survive a crash and never copy twice: one job per copy (a
// version's OMI in one region). Each step finds what an earlier run did before doing it again.
import {
  type EntityManager,
  ImageCopy,
  lockForTransaction,
  type Orm,
  Product,
  Version,
} from '@marketplace/db';
import { type CopyState, type VersionState, versionStateFromCopies } from '@marketplace/domain';
import {
  copyImageName,
  ensureProductCode,
  isOutscaleError,
  OutscaleOperationError,
  setImageVisibility,
  stampProductCodes,
  startImageCopy,
} from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';
import { deterministicJobId, type JobDefinition, type JobQueue } from '../jobs/queue.ts';
import { announceNewVersion, type NoticeData } from './notices.ts';

type Deps = {
  orm: Orm;
  cloud: Cloud;
  now: () => Date;
  jobs: JobQueue;
  /** Tells the subscribers of a product about its new version. */
  noticeJob: JobDefinition<NoticeData>;
  /** When a version becomes available: its existing subscribers get it at once. */
  /** Shares the new version with the product's subscribers, within the transaction that records it. */
  onVersionAvailable?: (tx: EntityManager, versionId: string) => Promise<void>;
};

/**
 * A copy being made shows it is alive by touching its row at every step (every few seconds). A step
 * lost with its worker is retried by the queue within a minute; one untouched for this long lost its
 * whole chain (a step out of retries while it expired): the sweep starts it again. Well above the
 * longest silent stretch, a step's retries with their backoff.
 */
export const STALE_COPY_MS = 10 * 60_000;

const distributionClient = (cloud: Cloud, region: keyof Cloud['distribution']) => {
  const account = cloud.distribution[region];
  return cloud.client(region, account.AccessKey, account.SecretKey);
};

/** The product's code, created once: concurrent jobs of one product wait on a lock. */
async function ensureCode(deps: Pick<Deps, 'orm' | 'cloud'>, productId: string): Promise<string> {
  return deps.orm.em.fork().transactional(async (tx) => {
    await lockForTransaction(tx, `product-code:${productId}`);
    const product = await tx.findOneOrFail(Product, { id: productId });
    if (product.productCode) return product.productCode;
    // Found by its description when a crashed run created it but did not record it.
    product.productCode = await ensureProductCode(distributionClient(deps.cloud, 'cloudgouv-eu-west-1'), {
      description: `marketplace-product-${product.id}`,
      vendor: 'OUTSCALE Marketplace',
    });
    return product.productCode;
  });
}

/**
 * After a copy changes, the version follows: available once all its copies are, and so on. Call it in
 * a transaction holding `lockVersion`, or two copies finishing at once in two processes could each see
 * the other unfinished and leave the version publishing for ever.
 */
export async function settleVersion(
  em: EntityManager,
  versionId: string,
  now: Date,
): Promise<VersionState | null> {
  const version = await em.findOneOrFail(Version, { id: versionId });
  const copies = await em.find(ImageCopy, { version });
  const next = versionStateFromCopies(copies.map((c) => c.state as CopyState));
  if (!next || next === version.state) return null;
  if (version.state === 'unpublishing' && next !== 'unpublished') return null;
  version.state = next;
  if (next === 'available') version.publishedAt ??= now;
  if (next === 'unpublished') version.unpublishedAt = now;
  await em.flush();
  return next;
}

/** Serializes the changes of one version's copies, until the transaction ends. */
const lockVersion = (tx: EntityManager, versionId: string) => lockForTransaction(tx, `version:${versionId}`);

/**
 * Records the finished copy and settles its version in one transaction, with the new version's notice:
 * a crash cannot leave a copy available under a version still publishing, nor announce it twice.
 */
async function recordAvailable(
  deps: Deps,
  copy: { id: string; versionId: string },
  imageId: string,
): Promise<{ outcome: 'recorded' | 'unpublished' | 'done before'; versionState: VersionState | null }> {
  return deps.orm.em.fork().transactional(async (tx) => {
    await lockVersion(tx, copy.versionId);
    const current = await tx.findOne(ImageCopy, { id: copy.id });
    if (!current || current.state === 'deleting' || current.state === 'deleted') {
      return { outcome: 'unpublished', versionState: null };
    }
    // Another run of this job recorded it (a resumed copy whose first worker was only slow).
    if (current.state !== 'pending' && current.state !== 'copying') {
      return { outcome: 'done before', versionState: null };
    }
    current.imageId = imageId;
    current.state = 'available';
    current.progress = 100;
    current.error = null;
    await tx.flush();
    const versionState = await settleVersion(tx, copy.versionId, deps.now());
    if (versionState === 'available') {
      await announceNewVersion(tx, deps, await tx.findOneOrFail(Version, { id: copy.versionId }));
      // In the same transaction: a crash cannot record the version available yet never share it.
      await deps.onVersionAvailable?.(tx, copy.versionId);
    }
    return { outcome: 'recorded', versionState };
  });
}

/** A copy in progress is looked at again this often, by a new short job (see below). */
export const COPY_POLL_SECONDS = 5;
/** A copy still pending after this long fails (big images take long, but not for ever). */
const COPY_MAX_WAIT_SECONDS = 6 * 3600;

export type CopyJobData = {
  copyId: string;
  /** How many times this copy was looked at already: 0 for the job that starts it. */
  poll?: number;
  /** OUTSCALE copies of it that failed and were started again. */
  failures?: number;
};

/**
 * One copy (a version's OMI in one region) as a chain of short jobs, so that no run outlives the
 * queue's expiry and a dead worker's job is taken over within a minute: the first starts the copy on
 * OUTSCALE (or finds the one a lost run started, by its name), each looks at it once and, while it is
 * pending, enqueues the next look COPY_POLL_SECONDS later before ending. The next job's ID derives from
 * this one's, so a re-run of a step enqueues its successor once.
 */
export function copyImageJob(deps: Deps): JobDefinition<CopyJobData> {
  const job: JobDefinition<CopyJobData> = {
    name: 'publication.copy',
    retryLimit: 5,
    retryDelaySeconds: 10,
    // Each step is a few OUTSCALE calls: copies of several versions proceed side by side.
    batchSize: 4,
    async run({ copyId, poll = 0, failures = 0 }, attempt) {
      const em = deps.orm.em.fork();
      const copy = await em.findOne(ImageCopy, { id: copyId }, { populate: ['version.product'] });
      if (!copy || (copy.state !== 'pending' && copy.state !== 'copying')) return;
      const product = copy.version.product;
      try {
        // From now on a silent 'copying' row means a lost chain (see STALE_COPY_MS); every step beats.
        // Conditional, so that an unpublication that came in meanwhile is not overwritten.
        const progress = Math.max(copy.progress, Math.min(90, 5 + poll));
        const marked = await em.nativeUpdate(
          ImageCopy,
          { id: copy.id, state: { $in: ['pending', 'copying'] } },
          { state: 'copying', progress, updatedAt: deps.now() },
        );
        if (marked === 0) return;
        const code = await ensureCode(deps, product.id);
        const client = distributionClient(deps.cloud, copy.region);
        const input = {
          sourceImageId: copy.sourceImageId,
          idempotencyKey: copy.id,
          productCodes: [code],
          description: `${product.name.en} ${copy.version.name}`.slice(0, 255),
          accountId: deps.cloud.distribution[copy.region].AccountId,
        };
        let image = await startImageCopy(client, input, { keepFailed: true });
        let failed = failures;
        if (image.State === 'failed') {
          // Counted along the chain: a source that always fails ends failed, not copied for ever.
          failed += 1;
          if (failed > job.retryLimit) {
            throw new OutscaleOperationError(
              'ImageCopyFailed',
              `The copy ${image.ImageId} failed ${failed} times`,
            );
          }
          image = await startImageCopy(client, input);
        }
        if (image.State !== 'available') {
          if (poll * COPY_POLL_SECONDS >= COPY_MAX_WAIT_SECONDS) {
            throw new OutscaleOperationError(
              'ImageWaitTimeout',
              `The image ${image.ImageId} is still ${image.State}`,
            );
          }
          await deps.jobs.enqueue(
            job,
            { copyId, poll: poll + 1, failures: failed },
            {
              id: deterministicJobId(`publication.copy:${attempt.id}:next`),
              // The queue's clock, not the injected one: pg-boss compares with PostgreSQL's now().
              startAfter: new Date(Date.now() + COPY_POLL_SECONDS * 1000),
            },
          );
          return;
        }
        image = await stampProductCodes(client, image, input.productCodes);
        if (!image.ImageId) throw new Error('the copy has no image ID');
        const imageId = image.ImageId;
        // Unpublished while copying: the deletion job may have missed this image; remove it here.
        const current = await deps.orm.em.fork().findOne(ImageCopy, { id: copy.id });
        if (current?.state !== 'deleting' && current?.state !== 'deleted') {
          await setImageVisibility(client, imageId, copy.visibility);
          const recorded = await recordAvailable(deps, { id: copy.id, versionId: copy.version.id }, imageId);
          if (recorded.outcome !== 'unpublished') return;
        }
        await tolerateGone(() => client.call('DeleteImage', { ImageId: imageId }));
      } catch (error) {
        const message = isOutscaleError(error)
          ? `${error.code}: ${error.details ?? error.message}`
          : String(error);
        const exhausted =
          attempt.retryCount >= job.retryLimit ||
          (error instanceof OutscaleOperationError && error.code === 'ImageCopyFailed');
        await deps.orm.em.fork().transactional(async (tx) => {
          await lockVersion(tx, copy.version.id);
          const current = await tx.findOne(ImageCopy, { id: copy.id });
          if (!current || (current.state !== 'pending' && current.state !== 'copying')) return;
          current.error = message;
          if (exhausted) current.state = 'failed';
          await tx.flush();
          if (exhausted) await settleVersion(tx, copy.version.id, deps.now());
        });
        throw error;
      }
    },
  };
  return job;
}

/**
 * Every minute: copies whose worker was lost mid-copy (no heartbeat for STALE_COPY_MS) get a new job,
 * which finds the image the lost run created by its name and waits for it. The job's ID names the lost
 * beat, so sweeps before the new job starts enqueue it once.
 */
export function resumeCopiesJob(deps: {
  orm: Orm;
  jobs: JobQueue;
  copyJob: JobDefinition<CopyJobData>;
  now: () => Date;
}): JobDefinition<Record<string, never>> {
  return {
    name: 'publication.resume',
    retryLimit: 2,
    retryDelaySeconds: 10,
    async run() {
      const em = deps.orm.em.fork();
      const stale = await em.find(ImageCopy, {
        state: 'copying',
        updatedAt: { $lt: new Date(deps.now().getTime() - STALE_COPY_MS) },
      });
      for (const copy of stale) {
        await deps.jobs.enqueue(
          deps.copyJob,
          { copyId: copy.id },
          { id: deterministicJobId(`publication.copy:${copy.id}:${copy.updatedAt.toISOString()}`) },
        );
      }
    },
  };
}

/** Unpublication: the copy is deleted from the cloud (no new VM from it; running VMs keep running). */
export function deleteCopyJob(deps: Pick<Deps, 'orm' | 'cloud' | 'now'>): JobDefinition<{ copyId: string }> {
  return {
    name: 'publication.delete',
    retryLimit: 8,
    retryDelaySeconds: 10,
    async run({ copyId }) {
      const em = deps.orm.em.fork();
      const copy = await em.findOne(ImageCopy, { id: copyId }, { populate: ['version'] });
      if (!copy || copy.state === 'deleted') return;
      const client = distributionClient(deps.cloud, copy.region);
      // A copy still in progress has no recorded ID yet: find it by its deterministic name.
      const imageId =
        copy.imageId ??
        (
          await client.call('ReadImages', {
            Filters: {
              AccountIds: [deps.cloud.distribution[copy.region].AccountId],
              ImageNames: [copyImageName(copy.id)],
            },
          })
        ).Images?.[0]?.ImageId;
      if (imageId) await tolerateGone(() => client.call('DeleteImage', { ImageId: imageId }));
      await deps.orm.em.fork().transactional(async (tx) => {
        await lockVersion(tx, copy.version.id);
        await tx.nativeUpdate(ImageCopy, { id: copy.id }, { state: 'deleted' });
        await settleVersion(tx, copy.version.id, deps.now());
      });
    },
  };
}

async function tolerateGone(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    if (!(isOutscaleError(error) && error.isNotFound())) throw error;
  }
}
