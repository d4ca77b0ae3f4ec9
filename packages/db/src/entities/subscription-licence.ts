import type { LicenceAcceptance } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { LicenceVersion } from './licence-version.ts';
import { Subscription } from './subscription.ts';

/**
 * A subscription's licence history: each version it accepted when subscribing or was bound by later
 * (SPEC §7d). The newest is the one in force.
 */
export const SubscriptionLicence = defineEntity({
  name: 'SubscriptionLicence',
  tableName: 'subscription_licence',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    subscription: () => p.manyToOne(Subscription).deleteRule('cascade'),
    licenceVersion: () => p.manyToOne(LicenceVersion).deleteRule('cascade').index(),
    how: p.string().length(32).$type<LicenceAcceptance>(),
    at: p.datetime(),
  },
  // Once per version and subscription (a binding re-run adds nothing); also the index by subscription.
  uniques: [
    {
      name: 'subscription_licence_subscription_version_unique',
      properties: ['subscription', 'licenceVersion'],
    },
  ],
});

export type SubscriptionLicence = InferEntity<typeof SubscriptionLicence>;
