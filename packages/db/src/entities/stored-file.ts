import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Organization } from './organization.ts';

export const STORED_FILE_PURPOSES = ['logo', 'screenshot', 'licence', 'licence_key'] as const;
export type StoredFilePurpose = (typeof STORED_FILE_PURPOSES)[number];

/**
 * A file an organization uploaded (logo, screenshot, licence agreement, licence key), kept in PostgreSQL
 * so a backup of the database is a backup of everything. Its content is loaded only when served.
 */
export const StoredFile = defineEntity({
  name: 'StoredFile',
  tableName: 'stored_file',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    organization: () => p.manyToOne(Organization).deleteRule('cascade').index(),
    purpose: p.string().$type<StoredFilePurpose>(),
    fileName: p.string().length(255),
    contentType: p.string().length(100),
    size: p.integer(),
    sha256: p.string().length(64),
    content: p.blob().lazy(true, false),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type StoredFile = InferEntity<typeof StoredFile>;
