import type { OfferType, ProductKind, ProductState, Region, Text } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Organization } from './organization.ts';

const weighted = (config: string, language: string) =>
  [
    ['name', 'A'],
    ['short_description', 'B'],
    ['description', 'C'],
  ]
    .map(
      ([column, weight]) =>
        // Written as PostgreSQL prints it back ('A'::"char"), so the schema diff sees no change.
        `setweight(to_tsvector('${config}', mp_unaccent(coalesce(${column}->>'${language}', ''))), '${weight}'::"char")`,
    )
    .join(' || ');

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
    /** For subscription offers: the steps the buyer follows with the licence key; null until written. */
    activationProcedure: p.json<Text>().nullable(),
    deploymentTemplate: p.text().nullable(),
    operatingSystem: p.string().length(100).nullable(),
    architecture: p.string().length(20).nullable(),
    recommendedVmTypes: p.array<string>().columnType('text[]'),
    logoUrl: p.string().length(2000).nullable(),
    screenshotUrls: p.array<string>().columnType('text[]'),
    /** The OUTSCALE product code (`pty-…`), created at first publication. */
    productCode: p.string().length(64).nullable(),
    publishedAt: p.datetime().nullable(),
    // The catalog's search documents, kept by PostgreSQL itself (generated columns): weighted words per
    // language without accents, and all texts of both languages for typo-tolerant trigram matching.
    searchEn: p
      .string()
      .columnType('tsvector')
      .generated(`(${weighted('english', 'en')}) stored`)
      .nullable()
      .lazy(true, false),
    searchFr: p
      .string()
      .columnType('tsvector')
      .generated(`(${weighted('french', 'fr')}) stored`)
      .nullable()
      .lazy(true, false),
    searchText: p
      .text()
      .generated(
        "(lower(mp_unaccent(coalesce(name->>'en', '') || ' ' || coalesce(name->>'fr', '') || ' ' || coalesce(short_description->>'en', '') || ' ' || coalesce(short_description->>'fr', '') || ' ' || coalesce(description->>'en', '') || ' ' || coalesce(description->>'fr', '')))) stored",
      )
      .nullable()
      .lazy(true, false),
    // The catalog's read model, kept by PostgreSQL itself (triggers of the read-model migration) from
    // the product's state, offers, versions and copies: never set them here; a write would be undone at
    // the next change. Lazy: only the catalog's search reads them, in SQL.
    catalogVisible: p.boolean().default(false).lazy(true, false),
    catalogOfferTypes: p.array<OfferType>().columnType('text[]').default('{}').lazy(true, false),
    catalogRegions: p.array<Region>().columnType('text[]').default('{}').lazy(true, false),
    catalogLatestVersions: p.json<{ region: Region; version: string }[]>().nullable().lazy(true, false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  indexes: [
    // A keyset page of the seller's products (repositories/keyset.ts): the filter, then (created_at, id).
    { name: 'product_organization_page_index', properties: ['organization', 'createdAt', 'id'] },
    {
      name: 'product_search_en_index',
      expression: 'create index "product_search_en_index" on "product" using gin ("search_en")',
    },
    {
      name: 'product_search_fr_index',
      expression: 'create index "product_search_fr_index" on "product" using gin ("search_fr")',
    },
    {
      name: 'product_search_text_index',
      expression:
        'create index "product_search_text_index" on "product" using gin ("search_text" gin_trgm_ops)',
    },
    {
      name: 'product_catalog_index',
      expression: `create index "product_catalog_index" on "product" ("published_at" desc) where state = 'published' and catalog_visible`,
    },
  ],
});

export type Product = InferEntity<typeof Product>;
