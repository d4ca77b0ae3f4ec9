import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

/**
 * Consecutive failed sign-ins per key (`account:<id>` or `ip:<address>`), so that guessing is slowed
 * for one account from many addresses and for many accounts from one address.
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
