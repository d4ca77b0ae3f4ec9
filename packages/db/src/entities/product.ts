import type { ProductKind, ProductState, Region, Text } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Organization } from './organization.ts';

/** What a seller sells: an OMI product (machine images) or a managed product (SaaS/PaaS). */
export const Product = defineEntity({
  name: 'Product',
  tableName: 'product',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    organization: () => p.manyToOne(Organization).deleteRule('cascade').index(),
    kind: p.string().$type<ProductKind>(),
    state: p.string().$type<ProductState>().default('draft'),
    name: p.json<Text>(),
    shortDescription: p.json<Text>(),
    description: p.json<Text>(),
    categories: p.array<string>().columnType('text[]'),
    regions: p.array<Region>().columnType('text[]'),
    supportContact: p.string().length(500),
    documentationUrl: p.string().length(2000).nullable(),
    externalUrl: p.string().length(2000).nullable(),
    /** The licence agreement: a link, or the text itself. */
    licence: p.text().nullable(),
    deploymentTemplate: p.text().nullable(),
    operatingSystem: p.string().length(100).nullable(),
    architecture: p.string().length(20).nullable(),
    recommendedVmTypes: p.array<string>().columnType('text[]'),
    logoUrl: p.string().length(2000).nullable(),
    screenshotUrls: p.array<string>().columnType('text[]'),
    /** The OUTSCALE product code (`pty-…`), created at first publication. */
    productCode: p.string().length(64).nullable(),
    publishedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type Product = InferEntity<typeof Product>;
