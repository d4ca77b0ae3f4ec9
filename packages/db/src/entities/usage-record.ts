import type { Region } from '@marketplace/domain';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Product } from './product.ts';
import { Subscription } from './subscription.ts';

/**
 * What the metering recorded (SPEC §7e): one VM of one subscribed product, in one hour, in thousandths
 * of an hour. Written only by `insertUsage` (ON CONFLICT DO NOTHING on the VM, product and hour), so a
 * re-run of an hour inserts nothing.
 */
export const UsageRecord = defineEntity({
  name: 'UsageRecord',
  tableName: 'usage_record',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    subscription: () => p.manyToOne(Subscription).deleteRule('cascade'),
    product: () => p.manyToOne(Product).deleteRule('cascade'),
    outscaleAccountId: p.string().length(12),
    region: p.string().$type<Region>(),
    vmId: p.string().length(32),
    vmType: p.string().length(64),
    /** The start of the hour (UTC). */
    hour: p.datetime(),
    /** Thousandths of an hour the VM ran in that hour (1 to 1,000). */
    milliHours: p.integer(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    { name: 'usage_record_milli_hours_check', expression: 'milli_hours >= 1 and milli_hours <= 1000' },
  ],
  uniques: [{ name: 'usage_record_vm_product_hour_unique', properties: ['vmId', 'product', 'hour'] }],
  // The reports sum a subscription's hours by month; the metering sums an account's day so far.
  indexes: [
    { name: 'usage_record_subscription_hour_index', properties: ['subscription', 'hour'] },
    { name: 'usage_record_account_hour_index', properties: ['outscaleAccountId', 'region', 'hour'] },
  ],
});

export type UsageRecord = InferEntity<typeof UsageRecord>;

/**
 * Where the metering of one OUTSCALE account stands: the last hour recorded. A run resumes after it
 * (after a crash, an outage, a 429 storm), and advances it in the same transaction as the hour's usage.
 */
export const MeteringCursor = defineEntity({
  name: 'MeteringCursor',
  tableName: 'metering_cursor',
  properties: {
    outscaleAccountId: p.string().length(12).primary(),
    region: p.string().$type<Region>().primary(),
    /** The start of the last hour metered (UTC). */
    lastHour: p.datetime(),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
});

export type MeteringCursor = InferEntity<typeof MeteringCursor>;
