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
  copyImage,
  copyImageName,
  ensureProductCode,
  isOutscaleError,
  setImageVisibility,
} from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';
import type { JobDefinition } from '../jobs/queue.ts';

type Deps = {
  orm: Orm;
  cloud: Cloud;
  now: () => Date;
  /** When a version becomes available: its existing subscribers get it at once. */
  onVersionAvailable?: (versionId: string) => Promise<void>;
};

const distributionClient = (cloud: Cloud, region: keyof Cloud['distribution']) => {
  const account = cloud.distribution[region];
  return cloud.client(region, account.AccessKey, account.SecretKey);
};

/** The product's code, created once: concurrent jobs of one product wait on a lock. */
async function ensureCode(deps: Deps, productId: string): Promise<string> {
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

/** After a copy changes, the version follows: available once all its copies are, and so on. */
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

export function copyImageJob(deps: Deps): JobDefinition<{ copyId: string }> {
  const job: JobDefinition<{ copyId: string }> = {
    name: 'publication.copy',
    retryLimit: 5,
    retryDelaySeconds: 15,
    // A large image takes long to copy; the job waits for it.
    expireInSeconds: 2 * 3600,
    async run({ copyId }, attempt) {
      const em = deps.orm.em.fork();
      const copy = await em.findOne(ImageCopy, { id: copyId }, { populate: ['version.product'] });
      if (!copy || (copy.state !== 'pending' && copy.state !== 'copying')) return;
      const product = copy.version.product;
      try {
        const code = await ensureCode(deps, product.id);
        copy.state = 'copying';
        copy.progress = Math.max(copy.progress, 5);
        await em.flush();
        const client = distributionClient(deps.cloud, copy.region);
        const image = await copyImage(
          client,
          {
            sourceImageId: copy.sourceImageId,
            idempotencyKey: copy.id,
            productCodes: [code],
            description: `${product.name.en} ${copy.version.name}`.slice(0, 255),
            accountId: deps.cloud.distribution[copy.region].AccountId,
          },
          {
            onProgress: (progress) => {
              // A rough figure: OUTSCALE gives states, not percentages.
              const percent =
                progress.state === 'available'
                  ? 95
                  : Math.min(90, 10 + Math.floor(progress.elapsedMs / 2000));
              void em.nativeUpdate(ImageCopy, { id: copy.id, state: 'copying' }, { progress: percent });
            },
          },
        );
        if (!image.ImageId) throw new Error('the copy has no image ID');
        // Unpublished while copying: the deletion job may have missed this image; remove it here.
        const current = await deps.orm.em.fork().findOne(ImageCopy, { id: copy.id });
        if (!current || current.state === 'deleting' || current.state === 'deleted') {
          await client.call('DeleteImage', { ImageId: image.ImageId });
          return;
        }
        copy.imageId = image.ImageId;
        await setImageVisibility(client, image.ImageId, copy.visibility);
        copy.state = 'available';
        copy.progress = 100;
        copy.error = null;
        await em.flush();
        if ((await settleVersion(em, copy.version.id, deps.now())) === 'available') {
          await deps.onVersionAvailable?.(copy.version.id);
        }
      } catch (error) {
        copy.error = isOutscaleError(error)
          ? `${error.code}: ${error.details ?? error.message}`
          : String(error);
        if (attempt.retryCount >= job.retryLimit) copy.state = 'failed';
        await em.flush();
        if (copy.state === 'failed') await settleVersion(em, copy.version.id, deps.now());
        throw error;
      }
    },
  };
  return job;
}

/** Unpublication: the copy is deleted from the cloud (no new VM from it; running VMs keep running). */
export function deleteCopyJob(deps: Deps): JobDefinition<{ copyId: string }> {
  return {
    name: 'publication.delete',
    retryLimit: 8,
    retryDelaySeconds: 15,
    expireInSeconds: 600,
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
      if (imageId) {
        try {
          await client.call('DeleteImage', { ImageId: imageId });
        } catch (error) {
          if (!(isOutscaleError(error) && error.isNotFound())) throw error;
        }
      }
      copy.state = 'deleted';
      await em.flush();
      await settleVersion(em, copy.version.id, deps.now());
    },
  };
}
