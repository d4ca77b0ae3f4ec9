import {
  type EntityManager,
  ImageCopy,
  LicenceVersion,
  Offer,
  Organization,
  Product,
  Showcase,
  Version,
} from '@marketplace/db';
import { type Language, notFound } from '@marketplace/domain';

const PRODUCT = { en: 'This product', fr: 'Ce produit' };
const SHOWCASE = { en: 'This showcase', fr: 'Cette vitrine' };

const pick = (text: { en: string; fr: string }, language: Language) => text[language] || text.en || text.fr;

/** Whether a published product is in the catalog (OMI products once a version is available). */
async function inCatalog(em: EntityManager, product: Product): Promise<boolean> {
  if (product.state !== 'published') return false;
  return product.kind === 'managed' || (await em.count(Version, { product, state: 'available' })) > 0;
}

/** The public product page: texts in the visitor's language, offers, versions per region, seller. */
export async function productPage(em: EntityManager, id: string, language: Language) {
  const product = await em.findOne(Product, { id });
  if (!product || !(await inCatalog(em, product))) throw notFound(PRODUCT);
  const [offers, versions, organization, showcase, licenceVersion] = await Promise.all([
    // Nuage public offers are sold to Nuage public buyers only, through an estimation (a later issue).
    em.find(Offer, { product, target: 'all' }, { orderBy: { position: 'asc' } }),
    em.find(Version, { product, state: 'available' }, { orderBy: { publishedAt: 'desc' } }),
    em.findOneOrFail(Organization, { id: product.organization.id }),
    em.findOne(Showcase, { organization: product.organization }),
    em.findOne(LicenceVersion, { product }, { orderBy: { number: 'desc' }, fields: ['number'] }),
  ]);
  const copies = await em.find(ImageCopy, { version: { $in: versions }, state: 'available' });
  return {
    id: product.id,
    kind: product.kind,
    name: pick(product.name, language),
    shortDescription: pick(product.shortDescription, language),
    description: pick(product.description, language),
    categories: product.categories,
    regions: product.regions,
    supportContact: product.supportContact,
    documentationUrl: product.documentationUrl ?? null,
    externalUrl: product.externalUrl ?? null,
    licence: product.licence ?? null,
    /**
     * The agreement's current version: what a buyer accepts by subscribing (send it back as
     * `licenceVersion`). 1 for an agreement without versions yet (subscribing makes it).
     */
    licenceVersion: product.licence ? (licenceVersion?.number ?? 1) : null,
    operatingSystem: product.operatingSystem ?? null,
    architecture: product.architecture ?? null,
    recommendedVmTypes: product.recommendedVmTypes,
    logoUrl: product.logoUrl ?? null,
    screenshotUrls: product.screenshotUrls,
    productCode: product.productCode ?? null,
    publishedAt: product.publishedAt?.toISOString() ?? null,
    seller: {
      id: organization.id,
      name: showcase?.companyName ?? organization.name,
      showcase: Boolean(showcase?.publishedAt),
    },
    offers: offers.map((o) => ({
      id: o.id,
      title: pick(o.title, language),
      description: pick(o.description, language),
      recommendedVms: o.recommendedVms,
      ...o.terms,
      type: o.type,
    })),
    versions: versions.map((v) => ({
      name: v.name,
      releaseNotes: pick(v.releaseNotes, language),
      publishedAt: v.publishedAt?.toISOString() ?? null,
      regions: copies.filter((c) => c.version.id === v.id).map((c) => c.region),
    })),
  };
}

/** How many products a showcase shows at most. */
export const SHOWCASE_PRODUCTS = 100;

/** A published showcase and its newest products in the catalog. */
export async function showcasePage(em: EntityManager, organizationId: string, language: Language) {
  const showcase = await em.findOne(Showcase, { organization: organizationId, publishedAt: { $ne: null } });
  if (!showcase) throw notFound(SHOWCASE);
  // The catalog's read model says which are in the catalog (inCatalog's rule, kept by PostgreSQL); the
  // newest SHOWCASE_PRODUCTS only: the catalog's search, filtered by seller, pages through them all.
  const visible = await em.find(
    Product,
    { organization: organizationId, state: 'published', catalogVisible: true },
    { orderBy: { publishedAt: 'desc', id: 'asc' }, limit: SHOWCASE_PRODUCTS },
  );
  return {
    sellerId: organizationId,
    companyName: showcase.companyName,
    shortDescription: pick(showcase.shortDescription, language),
    description: pick(showcase.description, language),
    website: showcase.website ?? null,
    logoUrl: showcase.logoUrl ?? null,
    contactEmail: showcase.contactEmail,
    supportContact: showcase.supportContact,
    products: visible.map((p) => ({
      id: p.id,
      kind: p.kind,
      name: pick(p.name, language),
      shortDescription: pick(p.shortDescription, language),
    })),
  };
}
