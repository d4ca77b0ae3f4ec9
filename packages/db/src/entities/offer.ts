import type { OfferTarget, OfferTerms, OfferType, RecommendedVm, Text } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Product } from './product.ts';

/**
 * One way to buy a product. Its type, target and terms (prices in integer cents) are fixed once the
 * product is published; its title, description and recommended VMs may still change.
 */
export const Offer = defineEntity({
  name: 'Offer',
  tableName: 'offer',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    product: () => p.manyToOne(Product).deleteRule('cascade').index(),
    type: p.string().$type<OfferType>(),
    title: p.json<Text>(),
    description: p.json<Text>().onCreate(() => ({ en: '', fr: '' })),
    /** Every buyer, or Nuage public (UGAP) buyers only. */
    target: p.string().length(20).$type<OfferTarget>().default('all'),
    recommendedVms: p.json<RecommendedVm[]>().onCreate(() => []),
    terms: p.json<OfferTerms>(),
    position: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type Offer = InferEntity<typeof Offer>;
