import type { Text } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Organization } from './organization.ts';

/** A seller organization's storefront, in English and French; one per organization. */
export const Showcase = defineEntity({
  name: 'Showcase',
  tableName: 'showcase',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    organization: () => p.manyToOne(Organization).unique().deleteRule('cascade'),
    companyName: p.string().length(200),
    logoUrl: p.string().length(2000).nullable(),
    shortDescription: p.json<Text>(),
    description: p.json<Text>(),
    website: p.string().length(2000).nullable(),
    contactEmail: p.string().length(320),
    supportContact: p.string().length(500),
    publishedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export type Showcase = InferEntity<typeof Showcase>;
