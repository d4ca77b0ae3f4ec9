// Launch permissions: a subscription's private copies are shared, from the distribution account of its
// region, with the OUTSCALE accounts the buyer chose. Free and BYOL copies are public: nothing to share.
import { type EntityManager, ImageCopy, type Orm, Subscription, Version } from '@marketplace/db';
import { shareImage } from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';
import type { JobDefinition } from '../jobs/queue.ts';
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

export function shareSubscriptionJob(deps: Deps): JobDefinition<{ subscriptionId: string }> {
  return {
    name: 'subscription.share',
    retryLimit: 8,
    retryDelaySeconds: 15,
    expireInSeconds: 900,
    async run({ subscriptionId }) {
      const em = deps.orm.em.fork();
      const subscription = await em.findOne(
        Subscription,
        { id: subscriptionId },
        { populate: ['organization'] },
      );
      // Not yet active: the activation sweep enqueues this job again on the activation date.
      if (subscription?.state !== 'active') return;
      const distribution = deps.cloud.distribution[subscription.region];
      const client = deps.cloud.client(subscription.region, distribution.AccessKey, distribution.SecretKey);
      for (const copy of await subscribedCopies(em, subscription)) {
        if (copy.visibility === 'private' && copy.imageId) {
          await shareImage(client, copy.imageId, subscription.outscaleAccountIds);
        }
      }
    },
  };
}

/**
 * Every minute: subscriptions whose activation date has come become active, are shared, and their
 * organizations e-mailed. Reads the injected clock, so tests move time instead of waiting.
 */
export function activationSweepJob(
  deps: Deps & {
    jobs: import('../jobs/queue.ts').JobQueue;
    share: JobDefinition<{ subscriptionId: string }>;
  },
): JobDefinition<Record<string, never>> {
  return {
    name: 'subscription.activate',
    retryLimit: 2,
    retryDelaySeconds: 30,
    expireInSeconds: 300,
    async run() {
      await deps.orm.em.fork().transactional(async (tx) => {
        const due = await tx.find(
          Subscription,
          { state: 'scheduled', activatesAt: { $lte: deps.now() } },
          { populate: ['organization', 'product', 'subscribedBy'], lockMode: 4 },
        );
        for (const subscription of due) {
          subscription.state = 'active';
          await tx.flush();
          await deps.jobs.enqueue(
            deps.share,
            { subscriptionId: subscription.id },
            { em: tx, id: subscription.id },
          );
          const to = subscription.subscribedBy?.email ?? subscription.organization.outscaleEmail;
          const language = subscription.organization.language;
          await deps.outbox.send(
            tx,
            to,
            subscriptionActivatedMail,
            {
              productName: subscription.product.name[language] || subscription.product.name.en,
              region: subscription.region,
            },
            language,
          );
        }
      });
    },
  };
}
