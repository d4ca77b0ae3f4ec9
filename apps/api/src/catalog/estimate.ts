import { type EntityManager, Offer, type Product } from '@marketplace/db';
import {
  badRequest,
  type CostEstimate,
  type EstimateRequest,
  estimateCost,
  notFound,
  type Region,
  VM_PRICE_TABLE,
} from '@marketplace/domain';

export type EstimateInput = Omit<EstimateRequest, 'terms'> & { productId: string; offerId: string };

const OFFER = { en: 'This offer', fr: 'Cette offre' };

/** Estimates an offer of a product in the catalog; the same estimate is recorded on a subscription. */
export async function estimateOffer(em: EntityManager, input: EstimateInput): Promise<CostEstimate> {
  const offer = await em.findOne(
    Offer,
    // Nuage public offers are estimated for Nuage public buyers only (a later issue): hidden here.
    { id: input.offerId, target: 'all', product: { id: input.productId, state: 'published' } },
    { populate: ['product'] },
  );
  if (!offer) throw notFound(OFFER);
  return estimateFor(offer.product, offer, input);
}

export function estimateFor(
  product: Product,
  offer: Offer,
  input: Omit<EstimateRequest, 'terms'> & { region: Region },
): CostEstimate {
  if (product.kind === 'managed') {
    throw badRequest({
      en: 'A managed product is billed by its seller, outside the marketplace: see its subscription link.',
      fr: 'Un produit managé est facturé par son vendeur, hors de la marketplace : voyez son lien de souscription.',
    });
  }
  if (!product.regions.includes(input.region)) {
    const text = {
      en: `This product is offered in ${product.regions.join(', ')}.`,
      fr: `Ce produit est proposé dans ${product.regions.join(', ')}.`,
    };
    throw badRequest(text, { region: text });
  }
  return estimateCost(VM_PRICE_TABLE, { ...input, terms: offer.terms });
}
