import type { Language, OrganizationState, OrganizationType, Region } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/** A company using the marketplace, tied to one OUTSCALE account (its home account). */
export const Organization = defineEntity({
  name: 'Organization',
  tableName: 'organization',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    name: p.string().length(200),
    types: p.array<OrganizationType>().columnType('text[]'),
    region: p.string().$type<Region>(),
    language: p.string().length(2).$type<Language>(),
    state: p.string().$type<OrganizationState>().default('pending_validation'),
    rejectionReason: p.text().nullable(),
    /** The home OUTSCALE account: its ID, its e-mail, and keys to act on it (secret encrypted at rest). */
    outscaleAccountId: p.string().length(12).unique(),
    outscaleEmail: p.string().length(320),
    accessKey: p.string().length(64),
    secretKeyEncrypted: p.text().lazy(true, false),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    validatedAt: p.datetime().nullable(),
  },
  // Keyset pages (repositories/keyset.ts) walk these: the list's filter, then its order (created_at, id).
  indexes: [
    { name: 'organization_page_index', properties: ['createdAt', 'id'] },
    { name: 'organization_state_page_index', properties: ['state', 'createdAt', 'id'] },
  ],
});

export type Organization = InferEntity<typeof Organization>;
