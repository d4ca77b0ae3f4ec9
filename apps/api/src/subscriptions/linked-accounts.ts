// Linked OUTSCALE accounts follow the organization's subscriptions: a newly linked account is added to
// every live subscription in its region (and shared with), an unlinked one removed (and unshared).
import {
  type EntityManager,
  ImageCopy,
  type Organization,
  type Orm,
  Subscription,
  Version,
} from '@marketplace/db';
import { grantsAccess, type Region } from '@marketplace/domain';
import { unshareImage } from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';
import { deterministicJobId, type JobDefinition, type JobQueue } from '../jobs/queue.ts';

export type LinkSharingDeps = {
  jobs: JobQueue;
  share: JobDefinition<{ subscriptionId: string }>;
  unshare: JobDefinition<UnshareData>;
};

type UnshareData = { accountId: string; region: Region; productIds: string[] };

/** Subscriptions still to use or in use: a newly linked account joins them. */
const live = {
  state: { $in: ['awaiting_key', 'scheduled', 'awaiting_contract_holder', 'active', 'ending'] },
} as const;

export async function shareWithLinkedAccount(
  em: EntityManager,
  deps: LinkSharingDeps,
  organization: Organization,
  accountId: string,
  region: Region,
) {
  const subscriptions = await em.find(Subscription, { organization, region, ...live });
  for (const subscription of subscriptions) {
    if (!subscription.outscaleAccountIds.includes(accountId)) {
      subscription.outscaleAccountIds = [...subscription.outscaleAccountIds, accountId];
    }
  }
  await em.flush();
  for (const subscription of subscriptions.filter((s) => grantsAccess(s.state))) {
    await deps.jobs.enqueue(
      deps.share,
      { subscriptionId: subscription.id },
      { em, id: deterministicJobId(`share:${subscription.id}:${accountId}`) },
    );
  }
}

export async function unshareWithUnlinkedAccount(
  em: EntityManager,
  deps: LinkSharingDeps,
  organization: Organization,
  accountId: string,
  region: Region,
) {
  const subscriptions = await em.find(Subscription, {
    organization,
    region,
    outscaleAccountIds: { $contains: [accountId] },
  });
  for (const subscription of subscriptions) {
    subscription.outscaleAccountIds = subscription.outscaleAccountIds.filter((id) => id !== accountId);
  }
  await em.flush();
  const productIds = [...new Set(subscriptions.map((s) => s.product.id))];
  if (productIds.length > 0) await deps.jobs.enqueue(deps.unshare, { accountId, region, productIds }, { em });
}

export function unshareJob(deps: { orm: Orm; cloud: Cloud }): JobDefinition<UnshareData> {
  return {
    name: 'subscription.unshare',
    retryLimit: 8,
    retryDelaySeconds: 10,
    batchSize: 4,
    async run({ accountId, region, productIds }) {
      const em = deps.orm.em.fork();
      const distribution = deps.cloud.distribution[region];
      const client = deps.cloud.client(region, distribution.AccessKey, distribution.SecretKey);
      for (const productId of productIds) {
        // The same OUTSCALE account may still be subscribed through another organization.
        const still = await em.count(Subscription, {
          product: productId,
          region,
          state: { $in: ['active', 'ending'] },
          outscaleAccountIds: { $contains: [accountId] },
        });
        if (still > 0) continue;
        const versions = await em.find(Version, { product: productId, state: 'available' });
        const copies = await em.find(ImageCopy, {
          version: { $in: versions },
          region,
          state: 'available',
          visibility: 'private',
        });
        for (const copy of copies) if (copy.imageId) await unshareImage(client, copy.imageId, [accountId]);
      }
    },
  };
}

/** A newly available version is shared at once with the product's active subscribers in its regions. */
/** Enqueued in the caller's transaction (the one recording the version available). */
export async function shareNewVersion(
  em: EntityManager,
  deps: Pick<LinkSharingDeps, 'jobs' | 'share'>,
  versionId: string,
) {
  const version = await em.findOneOrFail(Version, { id: versionId });
  const regions = version.sources.map((s) => s.region);
  const subscriptions = await em.find(Subscription, {
    product: version.product,
    state: { $in: ['active', 'ending'] },
    region: { $in: regions },
  });
  for (const subscription of subscriptions) {
    await deps.jobs.enqueue(
      deps.share,
      { subscriptionId: subscription.id },
      { em, id: deterministicJobId(`share:${subscription.id}:${versionId}`) },
    );
  }
}
