// My subscriptions: what a buyer organization needs to use what it subscribed to.
import {
  type EntityManager,
  ImageCopy,
  Organization,
  Showcase,
  Subscription,
  Version,
} from '@marketplace/db';
import { imageVisibility, notFound } from '@marketplace/domain';
import type { JobQueue } from '../jobs/queue.ts';
import { jobStatusOrNull } from '../jobs/status.ts';

const SUBSCRIPTION = { en: 'This subscription', fr: 'Cet abonnement' };

async function view(em: EntityManager, queue: JobQueue, s: Subscription) {
  const product = s.product;
  const [seller, showcase, versions] = await Promise.all([
    em.findOneOrFail(Organization, { id: product.organization.id }),
    em.findOne(Showcase, { organization: product.organization, publishedAt: { $ne: null } }),
    em.find(Version, { product, publishedAt: { $ne: null } }, { orderBy: { publishedAt: 'desc' } }),
  ]);
  const copies = await em.find(ImageCopy, { version: { $in: versions }, region: s.region });
  const shared = imageVisibility([s.offer.type]) === 'private';
  const images = versions.map((v) => {
    const copy = copies.find((c) => c.version.id === v.id && c.imageId);
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
    createdAt: s.createdAt.toISOString(),
    price: s.price ?? null,
    seller: {
      id: seller.id,
      name: showcase?.companyName ?? seller.name,
      contactEmail: showcase?.contactEmail ?? null,
      website: showcase?.website ?? null,
      showcase: Boolean(showcase),
    },
    supportContact: product.supportContact,
    documentationUrl: product.documentationUrl ?? null,
    externalUrl: product.externalUrl ?? null,
    licence: product.licence ?? null,
    deploymentTemplate: product.deploymentTemplate ?? null,
    /** OMI IDs per version in the subscription's region: available ones to launch, unpublished ones gone. */
    images: images.filter((i) => i.imageId !== null),
    /** Private copies are shared by a job; public ones (free, BYOL) need nothing. */
    sharing: shared ? await jobStatusOrNull(em, queue, s.organization.id, s.id, 'subscription.share') : null,
  };
}

export type SubscriptionView = Awaited<ReturnType<typeof view>>;

const POPULATE = ['product', 'offer', 'organization'] as const;

/** Every subscription of the organization, newest first. */
export async function listSubscriptions(em: EntityManager, queue: JobQueue, organization: Organization) {
  const subscriptions = await em.find(
    Subscription,
    { organization },
    { populate: POPULATE, orderBy: { createdAt: 'desc' } },
  );
  return Promise.all(subscriptions.map((s) => view(em, queue, s)));
}

/** One subscription of the organization; another organization's is not found. */
export async function getSubscription(
  em: EntityManager,
  queue: JobQueue,
  organization: Organization,
  id: string,
) {
  const subscription = await em.findOne(Subscription, { id, organization }, { populate: POPULATE });
  if (!subscription) throw notFound(SUBSCRIPTION);
  return view(em, queue, subscription);
}
