// Notices to a product's subscribers: every organization subscribed to it (for a version, in the
// version's regions) is e-mailed, the people who subscribed and the organization's admins, once each, in
// the organization's language. Sent when a version or the product is unpublished, when a new version
// becomes available, and when a new licence agreement version binds the subscriptions in force.
import {
  type EntityManager,
  ImageCopy,
  LicenceVersion,
  MarketplaceAccount,
  type Orm,
  Product,
  Subscription,
  SubscriptionLicence,
  Version,
} from '@marketplace/db';
import { IN_FORCE_STATES, type Language, REGIONS, type Region, storedFileId } from '@marketplace/domain';
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
  /**
   * The licence agreement version that bound the subscriptions (licence-changed): those it bound hear
   * of it. Absent in licence notices queued before there were versions: every subscriber then.
   */
  licenceVersionId?: string;
};

type Recipient = { email: string; language: Language; regions: Region[] };

/** The subscribers in force and their organizations' admins (see `peopleOf`). */
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
      state: { $in: [...IN_FORCE_STATES] },
      ...(regions ? { region: { $in: regions } } : {}),
      ...(asOf ? { createdAt: { $lte: asOf } } : {}),
    },
    { populate: ['organization', 'subscribedBy'], orderBy: { createdAt: 'asc' } },
  );
  return peopleOf(em, subscriptions);
}

/**
 * Who subscribed and their organizations' admins, each once, with the regions their organization took;
 * the subscriptions' organization and subscribedBy populated.
 */
async function peopleOf(em: EntityManager, subscriptions: Subscription[]) {
  const organizationIds = [...new Set(subscriptions.map((s) => s.organization.id))];
  const allAdmins = organizationIds.length
    ? await em.find(
        MarketplaceAccount,
        { organization: { $in: organizationIds }, roles: { $contains: ['admin'] } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      )
    : [];
  const recipients = new Map<string, Recipient>();
  for (const subscription of subscriptions) {
    const organization = subscription.organization;
    const admins = allAdmins.filter((a) => a.organization?.id === organization.id);
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

/**
 * Where a reader reaches the agreement: a link as is, an uploaded file at its address on the
 * marketplace, a text in My subscriptions.
 */
function licenceLink(licence: string | null | undefined, publicUrl: string) {
  const agreement = (licence ?? '').trim();
  if (/^https?:\/\/\S+$/.test(agreement)) return { licenceUrl: agreement, inMySubscriptions: false };
  if (storedFileId(agreement)) return { licenceUrl: `${publicUrl}${agreement}`, inMySubscriptions: false };
  return { licenceUrl: publicUrl ? `${publicUrl}/subscriptions` : '', inMySubscriptions: true };
}

/** The subscriptions a licence version bound (not those that accepted it when subscribing). */
async function boundBy(em: EntityManager, version: LicenceVersion) {
  const entries = await em.find(
    SubscriptionLicence,
    { licenceVersion: version, how: 'bound_by_seller' },
    {
      populate: ['subscription.organization', 'subscription.subscribedBy'],
      orderBy: { at: 'asc', id: 'asc' },
    },
  );
  return entries.map((e) => e.subscription);
}

export function subscriberNoticeJob(deps: {
  orm: Orm;
  outbox: MailOutbox;
  /** The marketplace's address, for links in the e-mails (known once the server listens). */
  publicUrl?: () => string;
}): JobDefinition<NoticeData> {
  const publicUrl = () => deps.publicUrl?.() ?? '';
  return {
    name: 'publication.notice',
    retryLimit: 5,
    retryDelaySeconds: 10,
    async run({ productId, versionId, noticeId, event, asOf, licenceVersionId }) {
      await deps.orm.em.fork().transactional(async (tx) => {
        const product = await tx.findOne(Product, { id: productId });
        if (!product) return;
        const version = versionId ? await tx.findOne(Version, { id: versionId }) : null;
        const kind: NoticeEvent = event ?? (versionId ? 'version-unpublished' : 'product-unpublished');
        if ((kind === 'version-unpublished' || kind === 'version-published') && !version) return;
        const regions = version ? version.sources.map((s) => s.region) : product.regions;
        const licenceVersion =
          kind === 'licence-changed' && licenceVersionId
            ? await tx.findOne(LicenceVersion, { id: licenceVersionId, product })
            : null;
        if (licenceVersionId && !licenceVersion) return;
        // The licence binds subscriptions whatever their region (managed products have none).
        const recipients = licenceVersion
          ? await peopleOf(tx, await boundBy(tx, licenceVersion))
          : await recipientsOf(
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
          const productName = product.name;
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
                { product: productName, versionName, regions: subscribedRegions },
                language,
                send,
              );
              break;
            case 'product-unpublished':
              await deps.outbox.send(
                tx,
                recipient.email,
                productUnpublishedMail,
                { product: productName },
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
                { product: productName, versionName, regions: subscribedRegions, images },
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
                {
                  product: productName,
                  version: licenceVersion ? String(licenceVersion.number) : '',
                  ...licenceLink(licenceVersion?.licence ?? product.licence, publicUrl()),
                },
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
 * A new licence agreement version bound the subscriptions in force: each person hears of it once per
 * version, however often the notice runs. Enqueued in the transaction that makes the version.
 */
export async function announceLicenceVersion(em: EntityManager, deps: NoticeDeps, version: LicenceVersion) {
  const noticeId = deterministicJobId(`licence-version:${version.id}`);
  await deps.jobs.enqueue(
    deps.noticeJob,
    {
      productId: version.product.id,
      versionId: null,
      noticeId,
      event: 'licence-changed',
      licenceVersionId: version.id,
    },
    { em, id: noticeId },
  );
}
