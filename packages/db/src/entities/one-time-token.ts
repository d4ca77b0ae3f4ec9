import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { MarketplaceAccount } from './marketplace-account.ts';

export type OneTimeTokenPurpose = 'set_password' | 'reset_password';

/** A link e-mailed to a person: only the token's SHA-256 is stored; it works once, until it expires. */
export const OneTimeToken = defineEntity({
  name: 'OneTimeToken',
  tableName: 'one_time_token',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    tokenHash: p.string().length(64).unique(),
    purpose: p.string().$type<OneTimeTokenPurpose>(),
    account: () => p.manyToOne(MarketplaceAccount).deleteRule('cascade').index(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export type OneTimeToken = InferEntity<typeof OneTimeToken>;
