import type { OfferTerms, OfferType, Text } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Product } from './product.ts';

/** One way to buy a product; its terms (prices in integer cents) are fixed once published. */
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
    terms: p.json<OfferTerms>(),
    position: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type Offer = InferEntity<typeof Offer>;
