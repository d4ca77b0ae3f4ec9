import type { CatalogueEntry, CatalogueVmType, Region } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * A region's OUTSCALE price catalogue (ReadPublicCatalog's entries) and VM types (ReadVmTypes), as read
 * on one day (UTC). One row per region and day: a second reading that day replaces the first; earlier
 * days are kept as history. Estimates and charges use each region's latest row.
 */
export const PriceCatalogue = defineEntity({
  name: 'PriceCatalogue',
  tableName: 'price_catalogue',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    region: p.string().$type<Region>(),
    /** The day read, YYYY-MM-DD (UTC): the date estimates show. */
    readOn: p.string().length(10),
    readAt: p.datetime(),
    entries: p.json<CatalogueEntry[]>(),
    vmTypes: p.json<CatalogueVmType[]>(),
  },
  uniques: [{ properties: ['region', 'readOn'] }],
});

export type PriceCatalogue = InferEntity<typeof PriceCatalogue>;
