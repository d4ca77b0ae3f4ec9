import type { Region, SourceImageRefusal } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Organization } from './organization.ts';
import { Product } from './product.ts';
import { Version } from './version.ts';

/**
 * A version whose source OMI is not proved the seller organization's own, found by the audit of the
 * versions made before ownership was checked. For the operator to decide: nothing is unpublished by it.
 * One row per version, region and image, so re-running the audit adds nothing.
 */
export const ImageOwnershipFinding = defineEntity({
  name: 'ImageOwnershipFinding',
  tableName: 'image_ownership_finding',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    version: () => p.manyToOne(Version).deleteRule('cascade').index(),
    product: () => p.manyToOne(Product).deleteRule('cascade').index(),
    organization: () => p.manyToOne(Organization).deleteRule('cascade').index(),
    region: p.string().$type<Region>(),
    imageId: p.string().length(32),
    reason: p.string().$type<SourceImageRefusal>(),
    /** The image's owner account as OUTSCALE answered it, when any of our accounts could see it. */
    ownerId: p.string().length(12).nullable(),
    foundAt: p.datetime().index(),
  },
  uniques: [{ properties: ['version', 'region', 'imageId'] }],
});

export type ImageOwnershipFinding = InferEntity<typeof ImageOwnershipFinding>;
