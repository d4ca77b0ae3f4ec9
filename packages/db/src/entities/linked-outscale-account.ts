import type { Region } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Organization } from './organization.ts';

/** An OUTSCALE account linked to an organization: subscribed OMIs are shared with it. */
export const LinkedOutscaleAccount = defineEntity({
  name: 'LinkedOutscaleAccount',
  tableName: 'linked_outscale_account',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    organization: () => p.manyToOne(Organization).deleteRule('cascade').index(),
    label: p.string().length(100),
    accountId: p.string().length(12),
    region: p.string().$type<Region>(),
    accessKey: p.string().length(64),
    secretKeyEncrypted: p.text().lazy(true, false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['organization', 'accountId', 'region'] }],
  // Keyset pages (repositories/keyset.ts) walk these: the list's filter, then its order (created_at, id).
  indexes: [{ name: 'linked_outscale_account_page_index', properties: ['organization', 'createdAt', 'id'] }],
});

export type LinkedOutscaleAccount = InferEntity<typeof LinkedOutscaleAccount>;
