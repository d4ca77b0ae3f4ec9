import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { MarketplaceAccount } from './marketplace-account.ts';

/**
 * A signed-in session (Lucia's design): the id is the SHA-256 of the random token held in the
 * cookie, so a stolen database row cannot be replayed as a cookie. Expiry slides on use.
 */
export const Session = defineEntity({
  name: 'Session',
  tableName: 'session',
  properties: {
    id: p.string().length(64).primary(),
    account: () => p.manyToOne(MarketplaceAccount).deleteRule('cascade').index(),
    expiresAt: p.datetime().index(),
    /** Whether the second factor was checked for this session (TOTP enabled accounts). */
    secondFactorVerified: p.boolean().default(false),
    createdAt: p.datetime().onCreate(() => new Date()),
    ipAddress: p.string().length(64).nullable(),
    userAgent: p.string().length(500).nullable(),
  },
});

export type Session = InferEntity<typeof Session>;
