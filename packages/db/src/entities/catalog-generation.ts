import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * One row whose number changes with every change the public catalog can show (products, offers,
 * versions, copies, sellers' names). Triggers bump it in the changing transaction, so a reader that
 * sees the new number also sees the new data: the catalog's cache compares numbers, not clocks.
 */
export const CatalogGeneration = defineEntity({
  name: 'CatalogGeneration',
  tableName: 'catalog_generation',
  properties: {
    id: p.integer().primary().autoincrement(false),
    n: p.bigint('number').default(0),
  },
});

export type CatalogGeneration = InferEntity<typeof CatalogGeneration>;
