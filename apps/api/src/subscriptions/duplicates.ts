// No accidental duplicates: the rule is `identicalInForce` (packages/domain); this applies it to the
// stored subscriptions, race-safe, and lists what a product page says the organization already has.
import {
  type EntityManager,
  keysetPage,
  lockForTransaction,
  type Offer,
  type Organization,
  Subscription,
} from '@marketplace/db';
import { duplicateRefusal, IN_FORCE_STATES, identicalInForce, type Region } from '@marketplace/domain';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';

/**
 * Refuses (CONFLICT) a subscription identical to one in force. Called in the transaction that creates
 * the subscription: the organization's advisory lock, held until it commits, makes a concurrent
 * identical create wait and then see this one.
 */
export async function refuseDuplicate(
  tx: EntityManager,
  organization: Organization,
  wanted: { offer: Offer; region: Region; outscaleAccountIds: string[]; activatesAt: Date },
) {
  await lockForTransaction(tx, `subscriptions:${organization.id}`);
  const existing = await tx.find(Subscription, {
    organization,
    offer: wanted.offer,
    region: wanted.region,
    state: { $in: [...IN_FORCE_STATES] },
  });
  const duplicate = identicalInForce(existing.map(lineOf), { ...wanted, offerId: wanted.offer.id });
  if (duplicate) throw duplicateRefusal(duplicate, wanted.offer.title);
}

const lineOf = (s: Subscription) => ({
  id: s.id,
  offerId: s.offer.id,
  region: s.region,
  outscaleAccountIds: s.outscaleAccountIds,
  state: s.state,
  endsAt: s.endsAt ?? null,
  createdAt: s.createdAt,
});

/** A page of the organization's subscriptions in force to one product, oldest first. */
export async function subscriptionsForProduct(
  em: EntityManager,
  organization: Organization,
  productId: string,
  page: PageRequest,
) {
  const { items, nextCursor } = await keysetPage(em, Subscription, {
    where: { organization, product: productId, state: { $in: [...IN_FORCE_STATES] } },
    sortBy: 'createdAt',
    direction: 'asc',
    cursor: page.cursor,
    limit: page.limit ?? PAGE_SIZE,
    populate: ['offer'],
  });
  return {
    items: items.map((s) => ({
      id: s.id,
      offer: { id: s.offer.id, type: s.offer.type, title: s.offer.title, terms: s.offer.terms },
      region: s.region,
      outscaleAccountIds: s.outscaleAccountIds,
      state: s.state,
      createdAt: s.createdAt.toISOString(),
      endsAt: s.endsAt?.toISOString() ?? null,
    })),
    nextCursor,
  };
}
