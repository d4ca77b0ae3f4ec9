import type { ContractHolderDecision, CostEstimate, Region, SubscriptionState } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { MarketplaceAccount } from './marketplace-account.ts';
import { Offer } from './offer.ts';
import { Organization } from './organization.ts';
import { Product } from './product.ts';

/**
 * A buyer organization's subscription to one offer of a product in one region, shared with some of its
 * OUTSCALE accounts. An organization may subscribe several times to one offer (SPEC §6).
 */
export const Subscription = defineEntity({
  name: 'Subscription',
  tableName: 'subscription',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    organization: () => p.manyToOne(Organization).deleteRule('cascade').index(),
    product: () => p.manyToOne(Product).deleteRule('cascade').index(),
    /** The seller organization (the product's), so that My sales pages by it without a join. */
    seller: () => p.manyToOne(Organization).deleteRule('cascade'),
    offer: () => p.manyToOne(Offer).deleteRule('cascade'),
    region: p.string().$type<Region>(),
    outscaleAccountIds: p.array<string>().columnType('text[]'),
    /** Decided by `decideSubscription` (packages/domain), never set by hand. */
    state: p.string().$type<SubscriptionState>(),
    /** Who subscribed: e-mailed with the organization's admins about the product's changes. */
    subscribedBy: () => p.manyToOne(MarketplaceAccount).nullable().deleteRule('set null'),
    activatesAt: p.datetime(),
    /** When the seller first allocated the licence key (subscription offers); null until then. */
    keyAllocatedAt: p.datetime().nullable(),
    contractHolder: p.string().$type<ContractHolderDecision>().default('not_needed'),
    /** When a cancelled subscription stops: at once, or at the end of its commitment. */
    endsAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    cancelledBy: () => p.manyToOne(MarketplaceAccount).nullable().deleteRule('set null'),
    /**
     * Set once the OMIs were shared with the subscription's accounts, cleared once the launch permissions
     * are removed: the lifecycle sweep removes them from a subscription that no longer grants access.
     */
    sharedAt: p.datetime().nullable(),
    /** The estimate the buyer saw when subscribing (VM type, count, commitment, rates and table date). */
    price: p.json<CostEstimate>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  // Keyset pages (repositories/keyset.ts) walk these: the list's filter, then its order (created_at, id).
  indexes: [
    { name: 'subscription_organization_page_index', properties: ['organization', 'createdAt', 'id'] },
    { name: 'subscription_product_page_index', properties: ['product', 'createdAt', 'id'] },
    { name: 'subscription_seller_page_index', properties: ['seller', 'createdAt', 'id'] },
    // The lifecycle sweep: what is due to change with time.
    { name: 'subscription_state_activates_index', properties: ['state', 'activatesAt'] },
    { name: 'subscription_state_ends_index', properties: ['state', 'endsAt'] },
  ],
});

export type Subscription = InferEntity<typeof Subscription>;
