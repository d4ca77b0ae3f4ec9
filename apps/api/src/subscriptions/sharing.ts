// Launch permissions: a subscription's private copies are shared, from the distribution account of its
// region, with the OUTSCALE accounts the buyer chose. Free and BYOL copies are public: nothing to share.
import { type EntityManager, ImageCopy, type Orm, Subscription, Version } from '@marketplace/db';
import type { Region } from '@marketplace/domain';
import { shareImage } from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';
import type { BatchItem, JobDefinition } from '../jobs/queue.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { subscriptionActivatedMail } from '../mail/subscription-mails.ts';

type Deps = { orm: Orm; cloud: Cloud; now: () => Date; outbox: MailOutbox };

/** The private copies of every available version of the subscription's product, in its region. */
export async function subscribedCopies(em: EntityManager, subscription: Subscription) {
  const versions = await em.find(Version, { product: subscription.product, state: 'available' });
  return em.find(
    ImageCopy,
    { version: { $in: versions }, region: subscription.region, state: 'available' },
    { populate: ['version'] },
  );
}

/**
 * Shares subscriptions' private copies with their accounts, a fetched batch at a time: the batch's grants
 * are grouped by image, so that one UpdateImage adds every account of the batch (up to the OUTSCALE
 * client's batch of account IDs per call) instead of one call per image and subscription. Idempotent:
 * `shareImage` sends only the accounts the image lacks, so a batch retried after a crash adds nothing
 * twice. A failed image fails (and retries) only the jobs that needed it.
 */
export function shareSubscriptionJob(deps: Deps): JobDefinition<ShareData> {
  return {
    name: 'subscription.share',
    retryLimit: 8,
    retryDelaySeconds: 5,
    // Two fetch loops of 50 per worker: one is calling OUTSCALE while the other fetches the next batch.
    batchSize: 50,
    concurrency: 2,
    async run(data, job) {
      const failures = await shareBatch(deps, [{ id: job.id, data, retryCount: job.retryCount }]);
      const [failure] = failures.values();
      if (failures.size > 0) throw failure;
    },
    runBatch: (jobs) => shareBatch(deps, jobs),
  };
}

type ShareData = { subscriptionId: string };
type Grant = { region: Region; imageId: string; accounts: Set<string>; jobIds: Set<string> };

/** Images shared at once, each with its own call: a handful per batch, one per product and region. */
const PARALLEL_IMAGES = 8;

async function shareBatch(deps: Deps, jobs: BatchItem<ShareData>[]): Promise<Map<string, unknown>> {
  const em = deps.orm.em.fork();
  const jobsOf = new Map<string, string[]>();
  for (const job of jobs) {
    jobsOf.set(job.data.subscriptionId, [...(jobsOf.get(job.data.subscriptionId) ?? []), job.id]);
  }
  // Not granting access (yet): the lifecycle enqueues this job again when it does.
  const subscriptions = await em.find(Subscription, {
    id: { $in: [...jobsOf.keys()] },
    state: { $in: ['active', 'ending'] },
  });
  const copies = await privateCopiesOf(em, subscriptions);
  const grants = new Map<string, Grant>();
  for (const subscription of subscriptions) {
    for (const copy of copies) {
      if (copy.region !== subscription.region || copy.version.product.id !== subscription.product.id)
        continue;
      if (!copy.imageId) continue;
      const key = `${copy.region} ${copy.imageId}`;
      const grant = grants.get(key) ?? {
        region: copy.region,
        imageId: copy.imageId,
        accounts: new Set<string>(),
        jobIds: new Set<string>(),
      };
      for (const account of subscription.outscaleAccountIds) grant.accounts.add(account);
      for (const id of jobsOf.get(subscription.id) ?? []) grant.jobIds.add(id);
      grants.set(key, grant);
    }
  }
  const failures = new Map<string, unknown>();
  const pending = [...grants.values()];
  const shareNext = async (): Promise<void> => {
    const grant = pending.shift();
    if (!grant) return;
    const distribution = deps.cloud.distribution[grant.region];
    const client = deps.cloud.client(grant.region, distribution.AccessKey, distribution.SecretKey);
    try {
      await shareImage(client, grant.imageId, [...grant.accounts]);
    } catch (error) {
      for (const id of grant.jobIds) failures.set(id, error);
    }
    return shareNext();
  };
  await Promise.all(Array.from({ length: PARALLEL_IMAGES }, shareNext));
  // Stamped when shared: a subscription that stopped granting access meanwhile is seen by the lifecycle
  // sweep (not granting, yet shared) and its permissions removed again.
  const shared = subscriptions.filter((s) => (jobsOf.get(s.id) ?? []).every((id) => !failures.has(id)));
  if (shared.length > 0) {
    await em.nativeUpdate(Subscription, { id: { $in: shared.map((s) => s.id) } }, { sharedAt: deps.now() });
  }
  return failures;
}

/** The private copies (free and BYOL ones are public) of the available versions of these subscriptions. */
async function privateCopiesOf(em: EntityManager, subscriptions: Subscription[]) {
  if (subscriptions.length === 0) return [];
  return em.find(
    ImageCopy,
    {
      version: { product: { $in: [...new Set(subscriptions.map((s) => s.product.id))] }, state: 'available' },
      region: { $in: [...new Set(subscriptions.map((s) => s.region))] },
      state: 'available',
      visibility: 'private',
    },
    { populate: ['version'] },
  );
}

/** The subscriber (or the organization's OUTSCALE e-mail) is told the subscription started. */
export function announceActivation(outbox: MailOutbox) {
  return async (em: EntityManager, subscription: Subscription) => {
    const to = subscription.subscribedBy?.email ?? subscription.organization.outscaleEmail;
    const language = subscription.organization.language;
    await outbox.send(
      em,
      to,
      subscriptionActivatedMail,
      {
        product: subscription.product.name,
        region: subscription.region,
      },
      language,
    );
  };
}
