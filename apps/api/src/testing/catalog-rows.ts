// A published product and an offer straight in the database, for tests of lists that only need rows.
import { type EntityManager, Offer, Product } from '@marketplace/db';
import type { OfferTerms } from '@marketplace/domain';

export function createPublishedProduct(
  em: EntityManager,
  organization: string,
  pricing: 'free' | 'hourly' = 'free',
) {
  const product = em.create(Product, {
    organization,
    kind: 'managed',
    state: 'published',
    name: { en: 'Managed database', fr: 'Base de données gérée' },
    shortDescription: { en: 'A database', fr: 'Une base' },
    description: { en: 'A managed database.', fr: 'Une base de données gérée.' },
    categories: ['databases'],
    regions: [],
    supportContact: 'support@seller.example',
    recommendedVmTypes: [],
    screenshotUrls: [],
    publishedAt: new Date(),
  });
  const offer = em.create(Offer, {
    product,
    type: pricing,
    title: { en: pricing, fr: pricing },
    terms: (pricing === 'free'
      ? { type: 'free' }
      : {
          type: 'hourly',
          prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: { amount: 10, currency: 'EUR' } }],
        }) satisfies OfferTerms,
  });
  return { product, offer };
}
