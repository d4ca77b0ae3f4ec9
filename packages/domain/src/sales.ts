// My sales (SPEC §4): the seller's view of every subscription to its offers, and the licence keys it
// allocates to subscriptions of subscription offers.
import type { KeyStatus } from './subscriptions/lifecycle.ts';

export const KEY_STATUSES = ['not_needed', 'awaiting', 'allocated'] as const satisfies readonly KeyStatus[];

/** My sales' orders: the newest subscriptions first (the default), or the oldest first. */
export const SALE_SORTS = ['newest', 'oldest'] as const;
export type SaleSort = (typeof SALE_SORTS)[number];

/** A licence key is a text (a serial, a token, a PEM block) or a file uploaded as `licence_key`. */
export const LICENCE_KEY_KINDS = ['text', 'file'] as const;
export type LicenceKeyKind = (typeof LICENCE_KEY_KINDS)[number];

/** The longest licence key given as text: a signed licence block fits many times. */
export const LICENCE_KEY_TEXT_MAX = 10_000;

/** What the seller's dashboard calls recent: new sales and cancellations of the last 30 days. */
export const RECENT_SALES_DAYS = 30;

/**
 * The versions a subscription's key may have: replacing a key a hundred times is a mistake or a
 * script, and each version (a file up to 4 MB) is kept.
 */
export const LICENCE_KEY_VERSIONS_MAX = 100;
