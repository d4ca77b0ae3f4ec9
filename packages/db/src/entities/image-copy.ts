import type { CopyState, Region } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Version } from './version.ts';

/**
 * The marketplace's copy of a version's source OMI in the distribution account of one region. One row
 * per version and region, so a publication re-run after a crash resumes it instead of copying twice.
 */
export const ImageCopy = defineEntity({
  name: 'ImageCopy',
  tableName: 'image_copy',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    version: () => p.manyToOne(Version).deleteRule('cascade').index(),
    region: p.string().$type<Region>(),
    sourceImageId: p.string().length(32),
    imageId: p.string().length(32).nullable(),
    state: p.string().$type<CopyState>().default('pending'),
    progress: p.integer().default(0),
    visibility: p.string().$type<'public' | 'private'>(),
    error: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['version', 'region'] }],
});

export type ImageCopy = InferEntity<typeof ImageCopy>;
