// A subscription's state follows `decideSubscription` (packages/domain): this module applies its
// decisions to the stored subscription, and keeps the launch permissions in line with them: shared while
// the subscription grants access, removed once it no longer does.
import { type EntityManager, ImageCopy, type Orm, Subscription } from '@marketplace/db';
import {
  decideSubscription,
  grantsAccess,
  type SubscriptionEvent,
  type SubscriptionFacts,
  type SubscriptionState,
} from '@marketplace/domain';
import { unshareImage } from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';
import { deterministicJobId, type JobDefinition, type JobQueue } from '../jobs/queue.ts';

export const factsOf = (subscription: Subscription): SubscriptionFacts => ({
  offerType: subscription.offer.type,
  activatesAt: subscription.activatesAt,
  keyAllocatedAt: subscription.keyAllocatedAt ?? null,
  contractHolder: subscription.contractHolder,
  endsAt: subscription.endsAt ?? null,
});

export type Change = { from: SubscriptionState; to: SubscriptionState };

/** Applies an event to a stored subscription (its offer loaded); the caller flushes. */
export function applyEvent(subscription: Subscription, event: SubscriptionEvent, now: Date): Change {
  const from = subscription.state;
  const { state, facts } = decideSubscription(from, event, factsOf(subscription), now);
  subscription.state = state;
  subscription.keyAllocatedAt = facts.keyAllocatedAt;
  subscription.contractHolder = facts.contractHolder;
  subscription.endsAt = facts.endsAt;
  return { from, to: state };
}

/** The sharing job of a subscription that came to grant access in state `to` (My subscriptions follows it). */
export const shareJobId = (subscriptionId: string, to: SubscriptionState) =>
  deterministicJobId(`share:${subscriptionId}:${to}`);

export type AccessJobs = {
  jobs: JobQueue;
  share: JobDefinition<{ subscriptionId: string }>;
  revoke: JobDefinition<{ subscriptionId: string }>;
};

/**
 * After a change, in its transaction: a subscription that came to grant access is shared, one that
 * stopped has its launch permissions removed. The job IDs are the change's, so a change applied twice
 * (a retried request, a sweep run twice) enqueues its job once.
 */
export async function followAccess(
  em: EntityManager,
  deps: AccessJobs,
  subscription: Subscription,
  change: Change,
) {
  const before = grantsAccess(change.from);
  const after = grantsAccess(change.to);
  if (after && !before) {
    await deps.jobs.enqueue(
      deps.share,
      { subscriptionId: subscription.id },
      { em, id: shareJobId(subscription.id, change.to) },
    );
  }
  // Also a subscription that never granted access but still holds permissions (shared before the
  // lifecycle existed), without waiting for the sweep to find it.
  if (!after && (before || subscription.sharedAt)) await enqueueRevoke(em, deps, subscription);
}

/** One removal per sharing: the ID holds the time the subscription was last shared. */
const enqueueRevoke = (em: EntityManager, deps: AccessJobs, subscription: Subscription) =>
  deps.jobs.enqueue(
    deps.revoke,
    { subscriptionId: subscription.id },
    {
      em,
      id: deterministicJobId(`revoke:${subscription.id}:${subscription.sharedAt?.getTime() ?? 'never'}`),
    },
  );

/**
 * Removes a subscription's launch permissions from its accounts, except those another subscription
 * granting access to the same product in the same region still holds (of this organization or another
 * that linked the same account). Running VMs keep running: OUTSCALE only stops new launches. Idempotent:
 * removing an absent permission changes nothing; `sharedAt` is cleared at the end.
 */
export function revokeAccessJob(deps: { orm: Orm; cloud: Cloud }): JobDefinition<{ subscriptionId: string }> {
  return {
    name: 'subscription.revoke',
    retryLimit: 8,
    retryDelaySeconds: 10,
    async run({ subscriptionId }) {
      const em = deps.orm.em.fork();
      const subscription = await em.findOne(Subscription, { id: subscriptionId }, { populate: ['offer'] });
      // Gone, or granting access again (a key came, a cancellation was undone): nothing to remove.
      if (!subscription || grantsAccess(subscription.state)) return;
      const stamp = subscription.sharedAt ?? null;
      const holders = await em.find(Subscription, {
        id: { $ne: subscription.id },
        product: subscription.product,
        region: subscription.region,
        state: { $in: ['active', 'ending'] },
        outscaleAccountIds: { $overlap: subscription.outscaleAccountIds },
      });
      const held = new Set(holders.flatMap((h) => h.outscaleAccountIds));
      const accounts = subscription.outscaleAccountIds.filter((id) => !held.has(id));
      if (accounts.length > 0) {
        // Deleted copies took their permissions with them: only the available ones have any left.
        const copies = await em.find(ImageCopy, {
          version: { product: subscription.product },
          region: subscription.region,
          visibility: 'private',
          state: 'available',
        });
        const distribution = deps.cloud.distribution[subscription.region];
        const client = deps.cloud.client(subscription.region, distribution.AccessKey, distribution.SecretKey);
        for (const copy of copies) {
          if (copy.imageId) await unshareImage(client, copy.imageId, accounts);
        }
      }
      // Unless it was shared again meanwhile (the sweep then removes that sharing too).
      await em.nativeUpdate(Subscription, { id: subscription.id, sharedAt: stamp }, { sharedAt: null });
    },
  };
}

/** Subscriptions a sweep changes at most: each run stays far within a job's 30 s. */
const SWEEP_LIMIT = 200;

/**
 * Every minute: what time changes. Scheduled subscriptions whose activation date came become active
 * (shared, their subscriber e-mailed); ending ones whose commitment ended become ended (permissions
 * removed); subscriptions still holding permissions they no longer grant (migrated ones) lose them.
 * Reads the injected clock, so tests move time instead of waiting.
 */
export function lifecycleSweepJob(
  deps: AccessJobs & { orm: Orm; now: () => Date; activated: Activated },
): JobDefinition<Record<string, never>> {
  return {
    name: 'subscription.activate',
    retryLimit: 2,
    retryDelaySeconds: 10,
    async run() {
      const now = deps.now();
      await deps.orm.em.fork().transactional(async (tx) => {
        const due = await tx.find(
          Subscription,
          {
            $or: [
              { state: 'scheduled', activatesAt: { $lte: now } },
              { state: 'ending', endsAt: { $lte: now } },
            ],
          },
          { populate: ['offer', 'organization', 'product', 'subscribedBy'], lockMode: 4, limit: SWEEP_LIMIT },
        );
        for (const subscription of due) {
          const change = applyEvent(subscription, { type: 'clock' }, now);
          await tx.flush();
          await followAccess(tx, deps, subscription, change);
          if (change.to === 'active' && change.from !== 'active') await deps.activated(tx, subscription);
        }
        const stale = await tx.find(
          Subscription,
          { state: { $nin: ['active', 'ending'] }, sharedAt: { $ne: null } },
          { limit: SWEEP_LIMIT },
        );
        for (const subscription of stale) await enqueueRevoke(tx, deps, subscription);
      });
    },
  };
}

/** What follows a subscription becoming active (its subscriber e-mailed), in the change's transaction. */
export type Activated = (em: EntityManager, subscription: Subscription) => Promise<void>;
