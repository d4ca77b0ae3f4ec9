// What the buyer chose to estimate (as typed), and the query it makes once complete. Pure, unit-tested.
import { type Commitment, countsLicences, vmTypeOf } from '@marketplace/domain';
import { type EstimateFormValues, estimateForm } from '@marketplace/validators';
import type { ProductOffer, ProductPage } from '../buying/api.ts';

/** The estimate's fields as typed: the shared form schema's input (the counts are texts). */
export type EstimateChoice = EstimateFormValues;

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

/**
 * The estimate query, or null while the choice is refused by the shared schema (`estimateForm`, the
 * server's own rules): the page shows the schema's messages then, not a total.
 */
export function estimateInput(productId: string, offers: ProductOffer[], choice: EstimateChoice) {
  const offer = offers.find((o) => o.id === choice.offerId);
  if (!offer) return null;
  const asked = asksLicences(offer, choice.commitment);
  const parsed = estimateForm.safeParse({ ...choice, licences: asked ? choice.licences : '' });
  if (!parsed.success) return null;
  const { licences, ...rest } = parsed.data;
  return { productId, ...rest, ...(licences ? { licences } : {}) };
}
