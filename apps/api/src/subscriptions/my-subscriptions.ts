// My subscriptions: what a buyer organization needs to use what it subscribed to.
import {
  type EntityManager,
  findJobRecords,
  findLicenceHistories,
  ImageCopy,
  keysetPage,
  Organization,
  Showcase,
  Subscription,
  Version,
} from '@marketplace/db';
import { imageVisibility, keyStatusOf, notFound } from '@marketplace/domain';
import { describeJob, type JobStatus } from '../jobs/status.ts';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';
import { buyerKeys } from '../sales/licence-keys.ts';
import { licenceHistoriesOf } from './licence-history.ts';
import { shareJobId } from './lifecycle.ts';

const SUBSCRIPTION = { en: 'This subscription', fr: 'Cette souscription' };
const SHARE_JOB = 'subscription.share';
/**
 * The IDs a subscription's sharing job may have: its own (shared when subscribing), or the lifecycle's
 * (shared once a key or the start date came).
 */
const shareJobIds = (subscriptionId: string) => [
  subscriptionId,
  shareJobId(subscriptionId, 'active'),
  shareJobId(subscriptionId, 'ending'),
];

/**
 * The views of several subscriptions, in their order. Everything they show is read for all of them at
 * once (sellers, showcases, versions, copies, sharing jobs): a fixed number of statements per page,
 * never a few per subscription.
 */
async function views(em: EntityManager, subscriptions: Subscription[], deps: ViewDeps) {
  if (subscriptions.length === 0) return [];
  const sellerIds = [...new Set(subscriptions.map((s) => s.product.organization.id))];
  const products = [...new Set(subscriptions.map((s) => s.product))];
  const regions = [...new Set(subscriptions.map((s) => s.region))];
  // Private copies are shared by a job whose ID is the subscription's; public ones (free, BYOL) need none.
  const shared = subscriptions.filter((s) => imageVisibility([s.offer.type]) === 'private');
  const [sellers, showcases, versions, jobs, licences, keys] = await Promise.all([
    em.find(Organization, { id: { $in: sellerIds } }),
    em.find(Showcase, { organization: { $in: sellerIds }, publishedAt: { $ne: null } }),
    em.find(
      Version,
      { product: { $in: products }, publishedAt: { $ne: null } },
      { orderBy: { publishedAt: 'desc', id: 'asc' } },
    ),
    findJobRecords(
      em,
      SHARE_JOB,
      shared.flatMap((s) => shareJobIds(s.id)),
    ),
    findLicenceHistories(
      em,
      subscriptions.map((s) => s.id),
    ),
    buyerKeys(em, deps.secretKey, subscriptions),
  ]);
  const licenceHistories = licenceHistoriesOf(licences);
  const copies = versions.length
    ? await em.find(ImageCopy, { version: { $in: versions }, region: { $in: regions } })
    : [];
  // The job must work for this very subscription (the organization's own): the owner check of jobs.get.
  // The latest one counts: a subscription may be shared when subscribing, then again later.
  const latest = new Map<string, (typeof jobs)[number]>();
  for (const job of jobs) {
    const owner = job.data?.subscriptionId;
    if (typeof owner !== 'string' || !shareJobIds(owner).includes(job.id)) continue;
    const known = latest.get(owner);
    if (!known || job.startAfter > known.startAfter) latest.set(owner, job);
  }
  const sharing = new Map<string, JobStatus>(
    [...latest].map(([id, job]) => [id, describeJob(job, SHARE_JOB)]),
  );
  return subscriptions.map((s) => {
    const product = s.product;
    const seller = sellers.find((o) => o.id === product.organization.id);
    const showcase = showcases.find((c) => c.organization.id === product.organization.id);
    const images = versions
      .filter((v) => v.product.id === product.id)
      .map((v) => {
        const copy = copies.find((c) => c.version.id === v.id && c.region === s.region && c.imageId);
        return {
          version: v.name,
          region: s.region,
          imageId: copy?.imageId ?? null,
          state: v.state === 'available' && copy?.state === 'available' ? 'available' : 'unpublished',
          unpublishedAt: v.unpublishedAt?.toISOString() ?? null,
        };
      });
    return {
      id: s.id,
      product: {
        id: product.id,
        name: product.name,
        kind: product.kind,
        state: product.state,
        logoUrl: product.logoUrl ?? null,
        unpublishedAt: product.state === 'unpublished' ? product.updatedAt.toISOString() : null,
      },
      offer: { id: s.offer.id, type: s.offer.type, title: s.offer.title, terms: s.offer.terms },
      region: s.region,
      state: s.state,
      outscaleAccountIds: s.outscaleAccountIds,
      activatesAt: s.activatesAt.toISOString(),
      keyStatus: keyStatusOf(s.offer.type, s.keyAllocatedAt ?? null),
      /** With activatesAt and contractHolder, the facts the page's cancel confirmation decides from. */
      keyAllocatedAt: s.keyAllocatedAt?.toISOString() ?? null,
      contractHolder: s.contractHolder,
      /** The seller's licence key, once the subscription grants access (SPEC §7d); null before, or none needed. */
      licenceKey: keys.get(s.id) ?? null,
      /** When a cancelled subscription stops (or stopped); null while not cancelled. */
      endsAt: s.endsAt?.toISOString() ?? null,
      cancelledAt: s.cancelledAt?.toISOString() ?? null,
      createdAt: s.createdAt.toISOString(),
      price: s.price ?? null,
      seller: {
        id: product.organization.id,
        name: showcase?.companyName ?? seller?.name ?? '',
        contactEmail: showcase?.contactEmail ?? null,
        website: showcase?.website ?? null,
        showcase: Boolean(showcase),
      },
      supportContact: product.supportContact,
      documentationUrl: product.documentationUrl ?? null,
      externalUrl: product.externalUrl ?? null,
      /** The steps to follow with the licence key of a subscription offer; null for other offers. */
      activationProcedure: s.offer.type === 'subscription' ? (product.activationProcedure ?? null) : null,
      /** The licence agreement version in force (the newest the subscription accepted or was bound by). */
      licence: licenceHistories.get(s.id)?.inForce ?? null,
      /** Every version the subscription accepted or was bound by, oldest first. */
      licenceHistory: licenceHistories.get(s.id)?.history ?? [],
      deploymentTemplate: product.deploymentTemplate ?? null,
      /** OMI IDs per version in the subscription's region: available ones to launch, unpublished ones gone. */
      images: images.filter((i) => i.imageId !== null),
      /** The sharing job of a private copy; null for public copies, or a job not yet enqueued or archived away. */
      sharing: imageVisibility([s.offer.type]) === 'private' ? (sharing.get(s.id) ?? null) : null,
    };
  });
}

export type SubscriptionView = Awaited<ReturnType<typeof views>>[number];

/** What the views need besides the database: the key that decrypts licence keys. */
export type ViewDeps = { secretKey: Buffer };

const POPULATE = ['product', 'offer', 'organization'] as const;

/** A page of the organization's subscriptions, newest first (by creation, then id). */
export async function listSubscriptions(
  em: EntityManager,
  organization: Organization,
  page: PageRequest,
  deps: ViewDeps,
) {
  const { items, nextCursor } = await keysetPage(em, Subscription, {
    where: { organization },
    sortBy: 'createdAt',
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit ?? PAGE_SIZE,
    populate: POPULATE,
  });
  return { items: await views(em, items, deps), nextCursor };
}

/** One subscription of the organization; another organization's is not found. */
export async function getSubscription(
  em: EntityManager,
  organization: Organization,
  id: string,
  deps: ViewDeps,
) {
  const subscription = await em.findOne(Subscription, { id, organization }, { populate: POPULATE });
  if (!subscription) throw notFound(SUBSCRIPTION);
  const [view] = await views(em, [subscription], deps);
  return view;
}
