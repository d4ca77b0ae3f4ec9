// Unpublication notices: every organization subscribed to the product (in the version's regions) is
// e-mailed, the person who subscribed and the organization's admins, in the organization's language.
import { MarketplaceAccount, type Orm, Product, Subscription, Version } from '@marketplace/db';
import { deterministicJobId, type JobDefinition } from '../jobs/queue.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import { productUnpublishedMail, versionUnpublishedMail } from '../mail/publication-mails.ts';

export type NoticeData = { productId: string; versionId: string | null; noticeId: string };

export function unpublicationNoticeJob(deps: { orm: Orm; outbox: MailOutbox }): JobDefinition<NoticeData> {
  return {
    name: 'publication.notice',
    retryLimit: 5,
    retryDelaySeconds: 30,
    expireInSeconds: 600,
    async run({ productId, versionId, noticeId }) {
      await deps.orm.em.fork().transactional(async (tx) => {
        const product = await tx.findOne(Product, { id: productId });
        if (!product) return;
        const version = versionId ? await tx.findOne(Version, { id: versionId }) : null;
        const regions = version ? version.sources.map((s) => s.region) : product.regions;
        const subscriptions = await tx.find(
          Subscription,
          { product, state: { $in: ['scheduled', 'active'] }, region: { $in: regions } },
          { populate: ['organization', 'subscribedBy'] },
        );
        const sent = new Set<string>();
        for (const subscription of subscriptions) {
          const organization = subscription.organization;
          const admins = await tx.find(MarketplaceAccount, { organization, roles: { $contains: ['admin'] } });
          const recipients = [subscription.subscribedBy, ...admins].filter(
            (a) => a !== null && a !== undefined,
          );
          const subscribedRegions = subscriptions
            .filter((s) => s.organization.id === organization.id)
            .map((s) => s.region)
            .filter((r, i, all) => all.indexOf(r) === i);
          for (const recipient of recipients) {
            if (sent.has(recipient.email)) continue;
            sent.add(recipient.email);
            // A deterministic job per recipient: a re-run of this notice sends nothing twice.
            const id = deterministicJobId(`${noticeId}:${recipient.email}`);
            const productName = product.name[organization.language];
            if (version) {
              await deps.outbox.send(
                tx,
                recipient.email,
                versionUnpublishedMail,
                { productName, versionName: version.name, regions: subscribedRegions.join(', ') },
                organization.language,
                { id },
              );
            } else {
              await deps.outbox.send(
                tx,
                recipient.email,
                productUnpublishedMail,
                { productName },
                organization.language,
                {
                  id,
                },
              );
            }
          }
        }
      });
    },
  };
}
