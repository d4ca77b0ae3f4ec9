import type { Money } from '../money.ts';
import type { OfferType } from '../vocabulary.ts';

export type HourlyPrice = { vmType: string; onDemandPerHour: Money; oneYearPerHour?: Money | undefined };

export type OfferTerms =
  | { type: 'hourly'; prices: HourlyPrice[] }
  | { type: 'free' }
  | { type: 'byol'; licenceUrl: string }
  | { type: 'subscription'; price: Money; commitmentMonths: number; billingFrequency: 'monthly' | 'yearly' };

/**
 * Free and BYOL copies are public (anyone may launch them); hourly and subscription copies stay private
 * and are shared with subscribers (SPEC §4). A product's offers share its pricing mode.
 */
export function imageVisibility(offerTypes: readonly OfferType[]): 'public' | 'private' {
  return offerTypes.some((t) => t === 'hourly' || t === 'subscription') ? 'private' : 'public';
}

/** The pricing mode is chosen once: every offer of a product has the same type. */
export function sharesPricingMode(offerTypes: readonly OfferType[]): boolean {
  return new Set(offerTypes).size <= 1;
}
