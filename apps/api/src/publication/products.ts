import {
  type EntityManager,
  ImageCopy,
  keysetPage,
  type MarketplaceAccount,
  Offer,
  type Organization,
  Product,
  Showcase,
  Version,
} from '@marketplace/db';
import {
  assertLicenceUpdatable,
  assertMayTrade,
  badRequest,
  conflict,
  type FixedOncePublished,
  fixedOncePublishedRefusal,
  notFound,
  type OfferTerms,
  type ProductDraft,
  type ProductKind,
  preconditionFailed,
  productChecklist,
  productSections,
  type Region,
  sharesPricingMode,
  type Text,
  transitionProduct,
} from '@marketplace/domain';
import type { Cloud } from '../cloud.ts';
import { assertOwnFiles } from '../files/stored-files.ts';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';
import { fixFirstLicenceVersion, licenceVersionsOf } from './licence-versions.ts';
import { type PublicationDeps, publishVersionCopies, unpublishVersionCopies } from './versions.ts';

export type OfferInput = OfferTerms & { title?: Text | undefined };

export type ProductInput = {
  kind: ProductKind;
  name: Text;
  shortDescription: Text;
  description: Text;
  categories: string[];
  regions?: Region[] | undefined;
  supportContact: string;
  documentationUrl?: string | undefined;
  externalUrl?: string | undefined;
  licence?: string | undefined;
  activationProcedure?: Text | undefined;
  deploymentTemplate?: string | undefined;
  operatingSystem?: string | undefined;
  architecture?: string | undefined;
  recommendedVmTypes?: string[] | undefined;
  logoUrl?: string | undefined;
  screenshotUrls?: string[] | undefined;
  offers: OfferInput[];
};

const PRODUCT = { en: 'This product', fr: 'Ce produit' };

export async function findOwnProduct(em: EntityManager, organization: Organization, id: string) {
  const product = await em.findOne(Product, { id, organization });
  if (!product) throw notFound(PRODUCT);
  return product;
}

function assertOffers(kind: ProductKind, offers: OfferInput[]) {
  if (!sharesPricingMode(offers.map((o) => o.type))) {
    throw badRequest({
      en: 'All offers of a product share one pricing mode (hourly, free, BYOL or subscription).',
      fr: 'Toutes les offres d’un produit partagent un même mode de tarification (horaire, gratuit, BYOL ou abonnement).',
    });
  }
  if (kind === 'managed' && offers.some((o) => o.type === 'hourly')) {
    throw badRequest({
      en: 'A managed product is billed outside the marketplace: it cannot have an hourly offer.',
      fr: 'Un produit infogéré est facturé hors de la marketplace : il ne peut pas avoir d’offre horaire.',
    });
  }
}

const defaultTitle = (offer: OfferInput): Text =>
  offer.title ??
  {
    hourly: { en: 'Pay as you go', fr: 'Paiement à l’usage' },
    free: { en: 'Free', fr: 'Gratuit' },
    byol: { en: 'Bring your own licence', fr: 'Licence à apporter' },
    subscription: { en: 'Subscription', fr: 'Abonnement' },
  }[offer.type];

function replaceOffers(em: EntityManager, product: Product, offers: OfferInput[]) {
  offers.forEach((offer, position) => {
    const { title: _title, ...terms } = offer;
    em.create(Offer, {
      product,
      type: offer.type,
      title: defaultTitle(offer),
      terms: terms as OfferTerms,
      position,
    });
  });
}

export async function createProduct(em: EntityManager, organization: Organization, input: ProductInput) {
  if (!(await em.count(Showcase, { organization }))) {
    throw preconditionFailed({
      en: 'Create your showcase before your first product: buyers see your products through it.',
      fr: 'Créez votre vitrine avant votre premier produit : les acheteurs voient vos produits à travers elle.',
    });
  }
  assertOffers(input.kind, input.offers);
  await assertOwnMedia(em, organization, input);
  const product = em.create(Product, {
    ...productFields(input),
    organization,
    kind: input.kind,
    name: input.name,
    shortDescription: input.shortDescription,
    description: input.description,
    categories: input.categories,
    supportContact: input.supportContact.trim(),
    recommendedVmTypes: input.recommendedVmTypes ?? [],
    screenshotUrls: input.screenshotUrls ?? [],
    // cloudgouv-eu-west-1 always; eu-west-2 when chosen (SPEC §4).
    regions:
      input.kind === 'omi' ? [...new Set<Region>(['cloudgouv-eu-west-1', ...(input.regions ?? [])])] : [],
  });
  replaceOffers(em, product, input.offers);
  await em.flush();
  return { id: product.id };
}

const assertOwnMedia = (em: EntityManager, organization: Organization, input: Partial<ProductInput>) =>
  assertOwnFiles(em, organization, {
    logoUrl: input.logoUrl,
    screenshotUrls: input.screenshotUrls,
    licence: input.licence,
  });

/** The columns an input sets; an optional text sent empty is cleared (null), one left out is kept. */
function productFields(input: Partial<ProductInput>) {
  const optional = (value: string | undefined) => (value === undefined ? undefined : value.trim() || null);
  return Object.fromEntries(
    Object.entries({
      kind: input.kind,
      name: input.name,
      shortDescription: input.shortDescription,
      description: input.description,
      categories: input.categories,
      supportContact: input.supportContact?.trim(),
      documentationUrl: optional(input.documentationUrl),
      externalUrl: optional(input.externalUrl),
      licence: optional(input.licence),
      activationProcedure: input.activationProcedure,
      deploymentTemplate: optional(input.deploymentTemplate),
      operatingSystem: optional(input.operatingSystem),
      architecture: optional(input.architecture),
      recommendedVmTypes: input.recommendedVmTypes,
      logoUrl: optional(input.logoUrl),
      screenshotUrls: input.screenshotUrls,
    }).filter(([, value]) => value !== undefined),
  ) as Partial<Product>;
}

/** What an edit would change of what publication fixed (SPEC §4), named as the seller's confirmation. */
const fixedIn = (input: Partial<ProductInput>): FixedOncePublished[] => [
  // Offers are replaced as a whole: their pricing mode and rates with them. A kind is never changed (below).
  ...(input.offers !== undefined ? (['pricingMode', 'offerRates'] as const) : []),
  ...(input.name !== undefined ? (['name'] as const) : []),
  ...(input.regions !== undefined ? (['regions'] as const) : []),
];

/**
 * Edits a product; once published, its name, regions and offers (pricing mode, rates) are fixed, and
 * its licence agreement changes only as a new version (products.changeLicence, ./licence-versions.ts):
 * the current agreement sent again is accepted, another is refused.
 */
export async function updateProduct(
  em: EntityManager,
  organization: Organization,
  id: string,
  input: Partial<ProductInput>,
) {
  return em.transactional(async (tx) => {
    const product = await findOwnProduct(tx, organization, id);
    if (product.state !== 'draft') {
      const fixed = fixedIn(input);
      if (fixed.length > 0) throw preconditionFailed(fixedOncePublishedRefusal(fixed));
    }
    if (input.kind && input.kind !== product.kind) {
      throw badRequest({
        en: 'The kind of a product cannot change.',
        fr: 'Le type d’un produit ne peut pas changer.',
      });
    }
    if (input.licence !== undefined) {
      assertLicenceUpdatable(product.state, product.licence ?? null, input.licence.trim() || null);
    }
    await assertOwnMedia(tx, organization, input);
    tx.assign(product, productFields(input));
    if (input.regions && product.kind === 'omi') {
      product.regions = [...new Set<Region>(['cloudgouv-eu-west-1', ...input.regions])];
    }
    if (input.offers) {
      assertOffers(product.kind, input.offers);
      await tx.nativeDelete(Offer, { product });
      replaceOffers(tx, product, input.offers);
    }
    await tx.flush();
    return { id: product.id };
  });
}

export async function deleteDraft(em: EntityManager, organization: Organization, id: string) {
  const product = await findOwnProduct(em, organization, id);
  if (product.state !== 'draft') {
    throw conflict({
      en: 'Only a draft can be deleted; unpublish a published product instead.',
      fr: 'Seul un brouillon peut être supprimé ; dépubliez plutôt un produit publié.',
    });
  }
  await em.removeAndFlush(product);
}

/** What the domain's sections and checklist judge: the product, its offers' types, its live versions. */
async function draftOf(em: EntityManager, product: Product): Promise<ProductDraft> {
  // One after the other: inside publishProduct's transaction they share one connection.
  const offers = await em.find(Offer, { product }, { fields: ['type'] });
  const versions = await em.find(Version, { product, state: { $nin: ['unpublishing', 'unpublished'] } });
  return {
    kind: product.kind,
    name: product.name,
    shortDescription: product.shortDescription,
    description: product.description,
    categories: product.categories,
    regions: product.regions,
    supportContact: product.supportContact,
    externalUrl: product.externalUrl ?? null,
    licence: product.licence ?? null,
    activationProcedure: product.activationProcedure ?? null,
    deploymentTemplate: product.deploymentTemplate ?? null,
    offerTypes: offers.map((o) => o.type),
    versionSourcesByRegion: versions.map((v) => v.sources.map((s) => s.region)),
  };
}

const showcasePublished = async (em: EntityManager, product: Product) =>
  Boolean((await em.findOne(Showcase, { organization: product.organization }))?.publishedAt);

/** The product form's sections, and what publication still needs (the showcase, then each section's). */
export async function sectionsAndChecklistOf(em: EntityManager, product: Product) {
  const draft = await draftOf(em, product);
  const showcase = await showcasePublished(em, product);
  return { sections: productSections(draft), checklist: productChecklist(draft, showcase) };
}

export async function checklistOf(em: EntityManager, product: Product) {
  return (await sectionsAndChecklistOf(em, product)).checklist;
}

/**
 * Publishes the product and its draft versions (their copies are made by jobs); the first publication
 * fixes the licence agreement as its version 1, made `by` the publisher.
 */
export async function publishProduct(
  em: EntityManager,
  deps: PublicationDeps,
  organization: Organization,
  id: string,
  by: MarketplaceAccount | null = null,
) {
  assertMayTrade(organization, 'seller');
  await em.transactional(async (tx) => {
    const product = await findOwnProduct(tx, organization, id);
    const missing = await checklistOf(tx, product);
    if (missing.length > 0) {
      throw badRequest(
        {
          en: `Before publishing, complete: ${missing.map((m) => m.text.en).join(' ')}`,
          fr: `Avant de publier, complétez : ${missing.map((m) => m.text.fr).join(' ')}`,
        },
        Object.fromEntries(missing.map((m) => [m.key, m.text])),
      );
    }
    product.state = transitionProduct(product.state, 'published');
    product.publishedAt ??= deps.now;
    await tx.flush();
    await fixFirstLicenceVersion(tx, product, deps.now, by);
    if (product.kind === 'omi') {
      for (const version of await tx.find(Version, { product, state: { $in: ['draft', 'failed'] } })) {
        await publishVersionCopies(tx, deps, product, version);
      }
    }
  });
}

/**
 * Unpublishes the product: for OMI products, every version's copies are deleted by jobs and the
 * subscribers and their admins are e-mailed; a managed product's listing only disappears (its seller
 * informs its customers, SPEC §4).
 */
export async function unpublishProduct(
  em: EntityManager,
  deps: PublicationDeps,
  organization: Organization,
  id: string,
) {
  await em.transactional(async (tx) => {
    const product = await findOwnProduct(tx, organization, id);
    product.state = transitionProduct(product.state, 'unpublished');
    await tx.flush();
    if (product.kind !== 'omi') return;
    for (const version of await tx.find(Version, {
      product,
      state: { $in: ['publishing', 'available', 'failed'] },
    })) {
      await unpublishVersionCopies(tx, deps, version);
    }
    const noticeId = crypto.randomUUID();
    await deps.jobs.enqueue(
      deps.noticeJob,
      { productId: product.id, versionId: null, noticeId, event: 'product-unpublished' },
      { em: tx, id: noticeId },
    );
  });
}

export async function describeProduct(em: EntityManager, product: Product, cloud: Cloud) {
  const [offers, versions, { sections, checklist }, licenceVersions] = await Promise.all([
    em.find(Offer, { product }, { orderBy: { position: 'asc' } }),
    em.find(Version, { product }, { orderBy: { createdAt: 'asc' } }),
    sectionsAndChecklistOf(em, product),
    licenceVersionsOf(em, product),
  ]);
  const copies = await em.find(ImageCopy, { version: { $in: versions } }, { orderBy: { region: 'asc' } });
  return {
    id: product.id,
    kind: product.kind,
    state: product.state,
    name: product.name,
    shortDescription: product.shortDescription,
    description: product.description,
    categories: product.categories,
    regions: product.regions,
    supportContact: product.supportContact,
    documentationUrl: product.documentationUrl ?? null,
    externalUrl: product.externalUrl ?? null,
    licence: product.licence ?? null,
    activationProcedure: product.activationProcedure ?? { en: '', fr: '' },
    /** The agreement's versions, oldest first: none for a draft (version 1 comes with publication). */
    licenceVersions,
    deploymentTemplate: product.deploymentTemplate ?? null,
    operatingSystem: product.operatingSystem ?? null,
    architecture: product.architecture ?? null,
    recommendedVmTypes: product.recommendedVmTypes,
    logoUrl: product.logoUrl ?? null,
    screenshotUrls: product.screenshotUrls,
    productCode: product.productCode ?? null,
    publishedAt: product.publishedAt?.toISOString() ?? null,
    updatedAt: product.updatedAt.toISOString(),
    offers: offers.map((o) => ({ id: o.id, title: o.title, ...o.terms, type: o.type })),
    versions: versions.map((v) => ({
      id: v.id,
      name: v.name,
      releaseNotes: v.releaseNotes,
      state: v.state,
      sources: v.sources,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      copies: copies
        .filter((c) => c.version.id === v.id)
        .map((c) => ({
          region: c.region,
          imageId: c.imageId ?? null,
          state: c.state,
          progress: c.progress,
          visibility: c.visibility,
          error: c.error ?? null,
        })),
    })),
    /** The form's sections in SPEC §4's order, each complete, to be completed or optional. */
    sections,
    checklist,
    /** Where sellers share their source OMIs, per region. */
    distributionAccounts: Object.fromEntries(
      product.regions.map((region) => [region, cloud.distribution[region].AccountId]),
    ),
  };
}

/** A page of the organization's products, any state, newest first (by creation: a stable order). */
export async function listProducts(em: EntityManager, organization: Organization, page: PageRequest) {
  const { items, nextCursor } = await keysetPage(em, Product, {
    where: { organization },
    sortBy: 'createdAt',
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit ?? PAGE_SIZE,
  });
  return {
    items: items.map((p) => ({
      id: p.id,
      kind: p.kind,
      state: p.state,
      name: p.name,
      productCode: p.productCode ?? null,
      updatedAt: p.updatedAt.toISOString(),
    })),
    nextCursor,
  };
}
