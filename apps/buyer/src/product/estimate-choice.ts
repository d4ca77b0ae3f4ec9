// What the buyer chose to estimate (as typed), and the query it makes once complete. Pure, unit-tested.
import { type Commitment, countsLicences, type Region, vmTypeOf } from '@marketplace/domain';
import type { ProductOffer, ProductPage } from '../buying/api.ts';

export type EstimateChoice = {
  offerId: string;
  region: Region;
  vmType: string;
  vmCount: string;
  commitment: Commitment;
  licences: string;
};

export const DEFAULT_VM_TYPE = 'tinav6.c2r4p2';

/**
 * The VM types to offer: those an hourly offer is priced for, else the VMs the offer recommends, else
 * the product's recommended types.
 */
export function vmTypesFor(
  product: Pick<ProductPage, 'recommendedVmTypes'>,
  offer: ProductOffer | undefined,
) {
  if (offer && 'prices' in offer) return offer.prices.map((p) => p.vmType);
  const recommended = [...new Set((offer?.recommendedVms ?? []).map(vmTypeOf))];
  if (recommended.length > 0) return recommended;
  return product.recommendedVmTypes.length > 0 ? product.recommendedVmTypes : [DEFAULT_VM_TYPE];
}

export function initialChoice(
  product: Pick<ProductPage, 'offers' | 'regions' | 'recommendedVmTypes'>,
): EstimateChoice {
  const offer = product.offers[0];
  return {
    offerId: offer?.id ?? '',
    region: product.regions[0] ?? 'cloudgouv-eu-west-1',
    vmType: vmTypesFor(product, offer)[0] ?? DEFAULT_VM_TYPE,
    vmCount: '1',
    commitment: 'on_demand',
    licences: '',
  };
}

/** Licences are asked for a one-year hourly commitment and for subscriptions. */
export const asksLicences = (offer: ProductOffer | undefined, commitment: Commitment) =>
  offer !== undefined && countsLicences(offer.type, commitment);

const wholeNumber = (text: string) => (/^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : null);

/** The estimate query, or null while the choice is incomplete (the page says what is missing). */
export function estimateInput(productId: string, offers: ProductOffer[], choice: EstimateChoice) {
  const offer = offers.find((o) => o.id === choice.offerId);
  const vmCount = wholeNumber(choice.vmCount);
  if (!offer || !choice.vmType.trim() || vmCount === null || vmCount < 1) return null;
  const licences = asksLicences(offer, choice.commitment) ? wholeNumber(choice.licences) : null;
  return {
    productId,
    offerId: offer.id,
    region: choice.region,
    vmType: choice.vmType.trim(),
    vmCount,
    commitment: choice.commitment,
    ...(licences ? { licences } : {}),
  };
}
