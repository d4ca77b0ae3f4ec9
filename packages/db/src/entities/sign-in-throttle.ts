import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * Consecutive failed attempts per key (`email:<address>`, `ip:<address>`, `totp:<account id>`), so
 * that guessing is slowed for one account from many addresses and for many accounts from one address.
 * An attempt is counted before its secret is checked, and given back or cleared when it succeeds.
 */
export const SignInThrottle = defineEntity({
  name: 'SignInThrottle',
  tableName: 'sign_in_throttle',
  properties: {
    key: p.string().length(120).primary(),
    failures: p.integer().default(0),
    lastFailureAt: p.datetime(),
  },
});

export type SignInThrottle = InferEntity<typeof SignInThrottle>;
