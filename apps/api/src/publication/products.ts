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
  isCategory,
  NOT_A_CATEGORY,
  notFound,
  type ProductDraft,
  type ProductKind,
  preconditionFailed,
  productChecklist,
  productSections,
  type Region,
  type Text,
  transitionProduct,
} from '@marketplace/domain';
import type { Cloud } from '../cloud.ts';
import { assertOwnFiles } from '../files/stored-files.ts';
import { PAGE_SIZE, type PageRequest } from '../paging.ts';
import { fixFirstLicenceVersion, licenceVersionsOf } from './licence-versions.ts';
import { draftOfStored, type OfferInput, saveOffers } from './offers.ts';
import { type PublicationDeps, publishVersionCopies, unpublishVersionCopies } from './versions.ts';

export type { OfferInput };

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

/** Categories come from the marketplace's list (packages/domain catalog/categories.ts), each once. */
function assertCategories(categories: readonly string[] | undefined): string[] | undefined {
  if (categories === undefined) return undefined;
  const fields: Record<string, Text> = {};
  categories.forEach((category, index) => {
    if (!isCategory(category)) fields[`categories.${index}`] = NOT_A_CATEGORY;
  });
  if (Object.keys(fields).length > 0) throw badRequest(NOT_A_CATEGORY, fields);
  return [...new Set(categories)];
}

const sameText = (a: Text, b: Text) => a.en === b.en && a.fr === b.fr;
const sameRegions = (a: readonly Region[], b: readonly Region[]) =>
  a.length === b.length && a.every((region) => b.includes(region));
const withHomeRegion = (regions: readonly Region[]) => [
  ...new Set<Region>(['cloudgouv-eu-west-1', ...regions]),
];

/**
 * Once published, a product keeps its name and regions (SPEC §4); sending them unchanged is allowed.
 * The offers' own rules are in offers.ts, each version's OMI in versions.ts.
 */
function assertFixedOncePublished(product: Product, input: Partial<ProductInput>) {
  if (product.state === 'draft') return;
  const fixed: FixedOncePublished[] = [];
  if (input.name !== undefined && !sameText(input.name, product.name)) fixed.push('name');
  if (
    input.regions !== undefined &&
    product.kind === 'omi' &&
    !sameRegions(withHomeRegion(input.regions), product.regions)
  ) {
    fixed.push('regions');
  }
  if (fixed.length > 0) throw preconditionFailed(fixedOncePublishedRefusal(fixed));
}

export async function createProduct(em: EntityManager, organization: Organization, input: ProductInput) {
  if (!(await em.count(Showcase, { organization }))) {
    throw preconditionFailed({
      en: 'Create your showcase before your first product: buyers see your products through it.',
      fr: 'Créez votre vitrine avant votre premier produit : les acheteurs voient vos produits à travers elle.',
    });
  }
  const categories = assertCategories(input.categories) ?? [];
  await assertOwnMedia(em, organization, input);
  const product = em.create(Product, {
    ...productFields(input),
    organization,
    kind: input.kind,
    name: input.name,
    shortDescription: input.shortDescription,
    description: input.description,
    categories,
    supportContact: input.supportContact.trim(),
    recommendedVmTypes: input.recommendedVmTypes ?? [],
    screenshotUrls: input.screenshotUrls ?? [],
    // cloudgouv-eu-west-1 always; eu-west-2 when chosen (SPEC §4).
    regions: input.kind === 'omi' ? withHomeRegion(input.regions ?? []) : [],
  });
  await saveOffers(em, product, input.offers, { isNew: true });
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

/**
 * Edits a product; once published, its name, regions and offers' terms (pricing mode, rates) are fixed,
 * and its offers cannot be removed (offers.ts); its licence agreement changes only as a new version
 * (products.changeLicence, ./licence-versions.ts): the current agreement sent again is accepted.
 */
export async function updateProduct(
  em: EntityManager,
  organization: Organization,
  id: string,
  input: Partial<ProductInput>,
) {
  return em.transactional(async (tx) => {
    const product = await findOwnProduct(tx, organization, id);
    if (input.kind && input.kind !== product.kind) {
      throw badRequest({
        en: 'The kind of a product cannot change.',
        fr: 'Le type d’un produit ne peut pas changer.',
      });
    }
    assertFixedOncePublished(product, input);
    if (input.licence !== undefined) {
      assertLicenceUpdatable(product.state, product.licence ?? null, input.licence.trim() || null);
    }
    const categories = assertCategories(input.categories);
    await assertOwnMedia(tx, organization, input);
    tx.assign(product, { ...productFields(input), ...(categories ? { categories } : {}) });
    if (input.regions && product.kind === 'omi') product.regions = withHomeRegion(input.regions);
    if (input.offers) await saveOffers(tx, product, input.offers);
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
  const offers = await em.find(Offer, { product }, { orderBy: { position: 'asc' } });
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
    offers: offers.map(draftOfStored),
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
    // Newest first, as sellers read a release history (and as the editor lists them).
    em.find(Version, { product }, { orderBy: { createdAt: 'desc', id: 'desc' } }),
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
    offers: offers.map((o) => ({
      id: o.id,
      title: o.title,
      description: o.description,
      target: o.target,
      recommendedVms: o.recommendedVms,
      ...o.terms,
      type: o.type,
    })),
    versions: versions.map((v) => ({
      id: v.id,
      name: v.name,
      releaseNotes: v.releaseNotes,
      state: v.state,
      sources: v.sources,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      /** When it was last unpublished (its copies deleted); null while it was never unpublished. */
      unpublishedAt: v.unpublishedAt?.toISOString() ?? null,
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
  // The page's versions in one statement: how many each product has, and how many buyers can launch.
  const versions = await em.find(
    Version,
    { product: { $in: items.map((p) => p.id) } },
    { fields: ['product', 'state'] },
  );
  const versionsOf = (id: string) => versions.filter((v) => v.product.id === id);
  return {
    items: items.map((p) => ({
      id: p.id,
      kind: p.kind,
      state: p.state,
      name: p.name,
      productCode: p.productCode ?? null,
      versions: {
        total: versionsOf(p.id).length,
        available: versionsOf(p.id).filter((v) => v.state === 'available').length,
      },
      updatedAt: p.updatedAt.toISOString(),
    })),
    nextCursor,
  };
}
