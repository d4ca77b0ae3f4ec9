import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { MarketplaceAccount } from './marketplace-account.ts';
import { Product } from './product.ts';

/**
 * One version of a product's licence agreement (SPEC §4): 1 at the first publication, then one per
 * change. Never changed once written: subscriptions record which versions they accepted.
 */
export const LicenceVersion = defineEntity({
  name: 'LicenceVersion',
  tableName: 'licence_version',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    product: () => p.manyToOne(Product).deleteRule('cascade'),
    number: p.integer(),
    /** A link, an uploaded file (`/files/<id>`), or the text itself, as `product.licence` holds it. */
    licence: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
    createdBy: () => p.manyToOne(MarketplaceAccount).nullable().deleteRule('set null'),
    /** Whether the seller bound the subscriptions in force by this version (they were e-mailed). */
    bindsExistingSubscribers: p.boolean().default(false),
  },
  // Also the index of a product's versions: two changes at once cannot both make version n.
  uniques: [{ name: 'licence_version_product_number_unique', properties: ['product', 'number'] }],
});

export type LicenceVersion = InferEntity<typeof LicenceVersion>;
