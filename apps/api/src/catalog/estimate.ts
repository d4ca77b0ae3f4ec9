import { type EntityManager, Offer, type Product } from '@marketplace/db';
import {
  badRequest,
  type CostEstimate,
  type EstimateRequest,
  estimateCost,
  notFound,
  type Region,
} from '@marketplace/domain';
import { loadVmRates } from '../prices/catalogues.ts';

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
  return estimateFor(em, offer.product, offer, input);
}

/** The estimate with OUTSCALE's VM rates of the region's latest stored catalogue (its date in `priceTable`). */
export async function estimateFor(
  em: EntityManager,
  product: Product,
  offer: Offer,
  input: Omit<EstimateRequest, 'terms'> & { region: Region },
): Promise<CostEstimate> {
  if (product.kind === 'managed') {
    throw badRequest({
      en: 'A managed product is billed by its seller, outside the marketplace: see its subscription link.',
      fr: 'Un produit infogéré est facturé par son vendeur, hors de la Marketplace : voyez son lien de souscription.',
    });
  }
  if (!product.regions.includes(input.region)) {
    const text = {
      en: `This product is offered in ${product.regions.join(', ')}.`,
      fr: `Ce produit est proposé dans ${product.regions.join(', ')}.`,
    };
    throw badRequest(text, { region: text });
  }
  return estimateCost(await loadVmRates(em, input.region), { ...input, terms: offer.terms });
}
