import { type EntityManager, type Organization, Subscription } from '@marketplace/db';
import { findOwnProduct } from './products.ts';

/** Who subscribed to a product of the seller, to which offer and region, since when. */
export async function listSubscribers(em: EntityManager, organization: Organization, productId: string) {
  const product = await findOwnProduct(em, organization, productId);
  const subscriptions = await em.find(
    Subscription,
    { product },
    { populate: ['organization', 'offer'], orderBy: { createdAt: 'desc' } },
  );
  return subscriptions.map((s) => ({
    id: s.id,
    organization: { id: s.organization.id, name: s.organization.name },
    offer: { id: s.offer.id, type: s.offer.type, title: s.offer.title },
    region: s.region,
    state: s.state,
    since: s.activatesAt.toISOString(),
    subscribedAt: s.createdAt.toISOString(),
  }));
}
