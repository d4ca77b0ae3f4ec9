import type { LicenceKeyKind } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { MarketplaceAccount } from './marketplace-account.ts';
import { StoredFile } from './stored-file.ts';
import { Subscription } from './subscription.ts';

/**
 * One version of the licence key a seller allocated to a subscription of a subscription offer (SPEC
 * §4). Replacing a key adds a version: every version stays, the highest is the key. A text is kept
 * encrypted (`encryptSecret` of @marketplace/auth, like the access keys); a file is a `licence_key`
 * stored file, whose content is encrypted too.
 */
export const LicenceKey = defineEntity({
  name: 'LicenceKey',
  tableName: 'licence_key',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    subscription: () => p.manyToOne(Subscription).deleteRule('cascade'),
    /** 1 for the first key, then one more for each replacement. */
    version: p.integer(),
    kind: p.string().$type<LicenceKeyKind>(),
    /** The text, encrypted; null for a file. */
    textEncrypted: p.text().nullable(),
    /** The file; null for a text. Kept while a version holds it (the upload cleanup spares it). */
    file: () => p.manyToOne(StoredFile).nullable().deleteRule('no action').index(),
    allocatedBy: () => p.manyToOne(MarketplaceAccount).nullable().deleteRule('set null'),
    allocatedAt: p.datetime(),
  },
  // A version is a text or a file, never both, never neither.
  checks: [
    {
      name: 'licence_key_kind_check',
      expression: `(kind = 'text' and text_encrypted is not null and file_id is null) or (kind = 'file' and file_id is not null and text_encrypted is null)`,
    },
  ],
  // Also the key history's order: a subscription's versions, the highest first.
  uniques: [{ name: 'licence_key_subscription_version_unique', properties: ['subscription', 'version'] }],
});

export type LicenceKey = InferEntity<typeof LicenceKey>;
