import type { CostEstimate, Region } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { MarketplaceAccount } from './marketplace-account.ts';
import { Offer } from './offer.ts';
import { Organization } from './organization.ts';
import { Product } from './product.ts';

export type SubscriptionState = 'scheduled' | 'active' | 'ended';

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
    offer: () => p.manyToOne(Offer).deleteRule('cascade'),
    region: p.string().$type<Region>(),
    outscaleAccountIds: p.array<string>().columnType('text[]'),
    state: p.string().$type<SubscriptionState>(),
    /** Who subscribed: e-mailed with the organization's admins about the product's changes. */
    subscribedBy: () => p.manyToOne(MarketplaceAccount).nullable().deleteRule('set null'),
    activatesAt: p.datetime(),
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
  ],
});

export type Subscription = InferEntity<typeof Subscription>;
