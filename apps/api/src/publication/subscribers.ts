import { type EntityManager, keysetPage, type Organization, Subscription } from '@marketplace/db';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';
import { inForceWindow } from '../usage/metering.ts';
import { findOwnProduct } from './products.ts';

/** A page of who subscribed to a product of the seller, to which offer and region, since when: newest first. */
export async function listSubscribers(
  em: EntityManager,
  organization: Organization,
  productId: string,
  page: PageRequest,
) {
  const product = await findOwnProduct(em, organization, productId);
  const { items, nextCursor } = await keysetPage(em, Subscription, {
    where: { product },
    sortBy: 'createdAt',
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit ?? PAGE_SIZE,
    populate: ['organization', 'offer'],
  });
  return {
    items: items.map((s) => ({
      id: s.id,
      organization: { id: s.organization.id, name: s.organization.name },
      offer: { id: s.offer.id, type: s.offer.type, title: s.offer.title },
      region: s.region,
      state: s.state,
      /** The activation date asked for (today, or a later start date). */
      since: s.activatesAt.toISOString(),
      subscribedAt: s.createdAt.toISOString(),
      /** When the buyer could first use it (activation date come, key allocated); null until then. */
      activeSince: inForceWindow(s)?.from.toISOString() ?? null,
    })),
    nextCursor,
  };
}
