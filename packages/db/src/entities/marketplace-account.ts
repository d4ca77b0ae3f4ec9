import type { Language, Role } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Organization } from './organization.ts';

/** EIM backing of an account: an EIM user `marketplace_…` provisioned by a job. */
export type EimState = 'pending' | 'provisioned' | 'failed' | 'deprovisioning';

/**
 * A person's login. Belongs to one organization with roles, or is a platform operator
 * (no organization), or both are absent while the invitation is pending its password.
 */
export const MarketplaceAccount = defineEntity({
  name: 'MarketplaceAccount',
  tableName: 'marketplace_account',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    organization: () => p.manyToOne(Organization).nullable().deleteRule('cascade').index(),
    /** Stored lower-cased; unique across the marketplace so that sign-in needs only the e-mail. */
    email: p.string().length(320).unique(),
    firstName: p.string().length(100),
    lastName: p.string().length(100),
    roles: p.array<Role>().columnType('text[]'),
    operator: p.boolean().default(false),
    language: p.string().length(2).$type<Language>(),
    passwordHash: p.text().nullable().lazy(true, false),
    totpSecretEncrypted: p.text().nullable().lazy(true, false),
    /** A secret shown by `auth.totp.setup`, kept until a code confirms it. */
    totpPendingSecretEncrypted: p.text().nullable().lazy(true, false),
    /** Last TOTP time step accepted, so that a code cannot be replayed in its window. */
    totpLastStep: p.bigint('number').nullable(),
    eimUserName: p.string().length(64).nullable(),
    eimState: p.string().$type<EimState>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  // Keyset pages (repositories/keyset.ts) walk these: the list's filter, then its order (created_at, id).
  indexes: [{ name: 'marketplace_account_page_index', properties: ['organization', 'createdAt', 'id'] }],
});

export type MarketplaceAccount = InferEntity<typeof MarketplaceAccount>;
