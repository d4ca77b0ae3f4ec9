import type { Region, Text, VersionState } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Product } from './product.ts';

/** A version of an OMI product: the seller's source OMI per region, copied at publication. */
export const Version = defineEntity({
  name: 'Version',
  tableName: 'version',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    product: () => p.manyToOne(Product).deleteRule('cascade').index(),
    name: p.string().length(100),
    releaseNotes: p.json<Text>(),
    sources: p.json<{ region: Region; imageId: string }[]>(),
    state: p.string().$type<VersionState>().default('draft'),
    publishedAt: p.datetime().nullable(),
    unpublishedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['product', 'name'] }],
});

export type Version = InferEntity<typeof Version>;
