// Notices to a product's subscribers: every organization subscribed to it (for a version, in the
// version's regions) is e-mailed, the people who subscribed and the organization's admins, once each, in
// the organization's language. Sent when a version or the product is unpublished, when a new version
// becomes available, and when the licence agreement changes.
import { createHash } from 'node:crypto';
import {
  type EntityManager,
  ImageCopy,
  MarketplaceAccount,
  type Orm,
  Product,
  Subscription,
  Version,
} from '@marketplace/db';
import { type Language, REGIONS, type Region } from '@marketplace/domain';
import { deterministicJobId, type JobDefinition, type JobQueue } from '../jobs/queue.ts';
import type { MailOutbox } from '../mail/email-job.ts';
import {
  licenceChangedMail,
  productUnpublishedMail,
  versionPublishedMail,
  versionUnpublishedMail,
} from '../mail/publication-mails.ts';

export type NoticeEvent =
  | 'version-unpublished'
  | 'product-unpublished'
  | 'version-published'
  | 'licence-changed';

export type NoticeData = {
  productId: string;
  versionId: string | null;
  /** Names the event once: each recipient's e-mail is a job whose ID derives from it. */
  noticeId: string;
  /** Absent in notices queued before there were other events: an unpublication then. */
  event?: NoticeEvent;
  /**
   * News for those who subscribed before this moment (ISO 8601): who subscribed after the version was
   * published or the agreement changed saw it when subscribing.
   */
  asOf?: string;
};

type Recipient = { email: string; language: Language; regions: Region[] };

/** The subscribers and their organizations' admins, each once, with the regions their organization took. */
async function recipientsOf(
  em: EntityManager,
  product: Product,
  regions: Region[] | null,
  asOf: Date | null,
) {
  const subscriptions = await em.find(
    Subscription,
    {
      product,
      state: { $in: ['awaiting_key', 'scheduled', 'awaiting_contract_holder', 'active', 'ending'] },
      ...(regions ? { region: { $in: regions } } : {}),
      ...(asOf ? { createdAt: { $lte: asOf } } : {}),
    },
    { populate: ['organization', 'subscribedBy'], orderBy: { createdAt: 'asc' } },
  );
  const recipients = new Map<string, Recipient>();
  for (const subscription of subscriptions) {
    const organization = subscription.organization;
    const admins = await em.find(MarketplaceAccount, { organization, roles: { $contains: ['admin'] } });
    // In the marketplace's order of regions, whatever order the subscriptions came in.
    const taken = new Set(
      subscriptions.filter((s) => s.organization.id === organization.id).map((s) => s.region),
    );
    const organizationRegions = REGIONS.filter((region) => taken.has(region));
    for (const person of [subscription.subscribedBy, ...admins]) {
      if (!person || recipients.has(person.email)) continue;
      recipients.set(person.email, {
        email: person.email,
        language: organization.language,
        regions: organizationRegions,
      });
    }
  }
  return [...recipients.values()];
}

/** The agreement as a reader can reach it: a link as is, a text by where buyers read it. */
const licenceLink = (licence: string | null | undefined) =>
  licence && /^https?:\/\/\S+$/.test(licence.trim()) ? licence.trim() : '';

export function subscriberNoticeJob(deps: { orm: Orm; outbox: MailOutbox }): JobDefinition<NoticeData> {
  return {
    name: 'publication.notice',
    retryLimit: 5,
    retryDelaySeconds: 10,
    async run({ productId, versionId, noticeId, event, asOf }) {
      await deps.orm.em.fork().transactional(async (tx) => {
        const product = await tx.findOne(Product, { id: productId });
        if (!product) return;
        const version = versionId ? await tx.findOne(Version, { id: versionId }) : null;
        const kind: NoticeEvent = event ?? (versionId ? 'version-unpublished' : 'product-unpublished');
        if ((kind === 'version-unpublished' || kind === 'version-published') && !version) return;
        const regions = version ? version.sources.map((s) => s.region) : product.regions;
        // The licence binds every subscription, whatever its region (managed products have none).
        const recipients = await recipientsOf(
          tx,
          product,
          kind === 'licence-changed' ? null : regions,
          asOf ? new Date(asOf) : null,
        );
        const copies =
          kind === 'version-published' && version
            ? await tx.find(ImageCopy, { version, state: 'available' }, { orderBy: { region: 'asc' } })
            : [];
        for (const recipient of recipients) {
          const { language } = recipient;
          const productName = product.name[language] || product.name.en;
          const versionName = version?.name ?? '';
          const subscribedRegions = recipient.regions.join(', ');
          // A deterministic job per recipient: a re-run of this notice sends nothing twice.
          const send = { id: deterministicJobId(`${noticeId}:${recipient.email}`) };
          switch (kind) {
            case 'version-unpublished':
              await deps.outbox.send(
                tx,
                recipient.email,
                versionUnpublishedMail,
                { productName, versionName, regions: subscribedRegions },
                language,
                send,
              );
              break;
            case 'product-unpublished':
              await deps.outbox.send(
                tx,
                recipient.email,
                productUnpublishedMail,
                { productName },
                language,
                send,
              );
              break;
            case 'version-published': {
              const images = copies
                .filter((c) => c.imageId && recipient.regions.includes(c.region))
                .map((c) => `${c.region}: ${c.imageId}`)
                .join('\n');
              await deps.outbox.send(
                tx,
                recipient.email,
                versionPublishedMail,
                { productName, versionName, regions: subscribedRegions, images },
                language,
                send,
              );
              break;
            }
            case 'licence-changed':
              await deps.outbox.send(
                tx,
                recipient.email,
                licenceChangedMail,
                { productName, licenceUrl: licenceLink(product.licence) },
                language,
                send,
              );
              break;
            default: {
              const unknown: never = kind;
              throw new Error(`unknown notice ${String(unknown)}`);
            }
          }
        }
      });
    },
  };
}

type NoticeDeps = { jobs: JobQueue; noticeJob: JobDefinition<NoticeData> };

/**
 * A version became available: its subscribers hear of it once per version, whichever copy finished last
 * and however often that job ran. Enqueued in the transaction that makes the version available.
 */
export async function announceNewVersion(em: EntityManager, deps: NoticeDeps, version: Version) {
  const noticeId = deterministicJobId(`version-published:${version.id}`);
  await deps.jobs.enqueue(
    deps.noticeJob,
    {
      productId: version.product.id,
      versionId: version.id,
      noticeId,
      event: 'version-published',
      // A product's first version has no subscribers then: nobody hears of it.
      asOf: (version.publishedAt ?? new Date()).toISOString(),
    },
    { em, id: noticeId },
  );
}

/**
 * The licence agreement changed: once per change and person. The change is named by the product's state
 * before it and the new agreement, so that a request sent twice announces once, and a return to an
 * earlier agreement is news again.
 */
export async function announceLicenceChange(
  em: EntityManager,
  deps: NoticeDeps,
  product: Product,
  before: { licence: string | null; updatedAt: Date },
) {
  const hash = (text: string | null) =>
    createHash('sha256')
      .update(text ?? '')
      .digest('hex');
  const noticeId = deterministicJobId(
    `licence-changed:${product.id}:${before.updatedAt.toISOString()}:${hash(before.licence)}:${hash(product.licence ?? null)}`,
  );
  await deps.jobs.enqueue(
    deps.noticeJob,
    {
      productId: product.id,
      versionId: null,
      noticeId,
      event: 'licence-changed',
      asOf: product.updatedAt.toISOString(),
    },
    { em, id: noticeId },
  );
}
