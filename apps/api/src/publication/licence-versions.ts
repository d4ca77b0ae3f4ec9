// Licence agreement versions (SPEC §4, §7d): version 1 is the agreement a product is first published
// with; a draft's agreement is only a draft until then (products.update replaces it). After that, each
// change is a new version made here, and the seller chooses whether the subscriptions in force are bound
// by it: then their histories record it and their people are e-mailed, in the same transaction.
import {
  bindSubscriptionsToLicence,
  type EntityManager,
  insertFirstLicenceVersion,
  LicenceVersion,
  lockForTransaction,
  type MarketplaceAccount,
  type Organization,
  Product,
} from '@marketplace/db';
import {
  decideLicenceChange,
  hasLicenceVersions,
  IN_FORCE_STATES,
  notFound,
  preconditionFailed,
} from '@marketplace/domain';
import { assertOwnFiles } from '../files/stored-files.ts';
import { announceLicenceVersion } from './notices.ts';
import type { PublicationDeps } from './versions.ts';

/**
 * Changes to a product's agreement wait for each other, and subscriptions wait for a change under way
 * (shared): a buyer accepts the version that is current when the subscription is recorded, and a
 * binding reaches every subscription recorded before it.
 */
export const lockProductLicence = (em: EntityManager, product: Product, shared = false) =>
  lockForTransaction(em, `licence:${product.id}`, { shared });

/** The product's current version; the newest. */
export const currentLicenceVersion = (em: EntityManager, product: Product) =>
  em.findOne(LicenceVersion, { product }, { orderBy: { number: 'desc' } });

/**
 * The current version, made version 1 from the product's agreement when a published product has none
 * yet: its first publication makes it (`fixFirstLicenceVersion`), but rows written around the use cases
 * (loaded catalogs) may lack it.
 */
export async function ensureCurrentLicenceVersion(
  em: EntityManager,
  product: Product,
  now: Date,
  by: MarketplaceAccount | null = null,
) {
  const current = await currentLicenceVersion(em, product);
  if (current || !product.licence?.trim() || !hasLicenceVersions(product.state)) return current;
  await insertFirstLicenceVersion(em, {
    productId: product.id,
    licence: product.licence.trim(),
    at: now,
    createdById: by?.id ?? null,
  });
  return currentLicenceVersion(em, product);
}

/** At the first publication: the draft's agreement becomes version 1 (none before, nobody to bind). */
export async function fixFirstLicenceVersion(
  em: EntityManager,
  product: Product,
  now: Date,
  by: MarketplaceAccount | null,
) {
  await lockProductLicence(em, product);
  await ensureCurrentLicenceVersion(em, product, now, by);
}

export type LicenceChangeInput = { id: string; licence: string; bindExistingSubscribers: boolean };

/**
 * A new version of a published (or unpublished) product's agreement. The current agreement again
 * makes none and says so (`changed: false`). Bound: every subscription in force records the version
 * and its people are e-mailed; not bound: subscriptions keep theirs, nobody is e-mailed, and the
 * version is what new subscribers accept.
 */
export async function changeLicence(
  em: EntityManager,
  deps: Pick<PublicationDeps, 'jobs' | 'noticeJob' | 'now'>,
  member: { organization: Organization; account: MarketplaceAccount },
  input: LicenceChangeInput,
) {
  return em.transactional(async (tx) => {
    // Another organization's product is not found (products.ts' findOwnProduct, which imports this file).
    const product = await tx.findOne(Product, { id: input.id, organization: member.organization });
    if (!product) throw notFound({ en: 'This product', fr: 'Ce produit' });
    if (!hasLicenceVersions(product.state)) {
      throw preconditionFailed({
        en: 'A draft’s licence agreement is saved with the product (products.update): its versions start at its first publication.',
        fr: 'Le contrat de licence d’un brouillon s’enregistre avec le produit (products.update) : ses versions commencent à sa première publication.',
      });
    }
    const licence = input.licence.trim();
    await assertOwnFiles(tx, member.organization, { licence });
    await lockProductLicence(tx, product);
    const current = await ensureCurrentLicenceVersion(tx, product, deps.now);
    const change = decideLicenceChange(current, licence);
    if (change.kind === 'unchanged') {
      return { version: change.number, changed: false as const, boundSubscriptions: 0 };
    }
    const version = tx.create(LicenceVersion, {
      product,
      number: change.number,
      licence,
      createdAt: deps.now,
      createdBy: member.account,
      bindsExistingSubscribers: input.bindExistingSubscribers,
    });
    product.licence = licence;
    await tx.flush();
    let boundSubscriptions = 0;
    if (input.bindExistingSubscribers) {
      boundSubscriptions = await bindSubscriptionsToLicence(tx, {
        productId: product.id,
        versionId: version.id,
        states: IN_FORCE_STATES,
        at: deps.now,
      });
      if (boundSubscriptions > 0) await announceLicenceVersion(tx, deps, version);
    }
    return { version: change.number, changed: true as const, boundSubscriptions };
  });
}

/** The product's versions for its seller, oldest first. */
export async function licenceVersionsOf(em: EntityManager, product: Product) {
  const versions = await em.find(
    LicenceVersion,
    { product },
    { orderBy: { number: 'asc' }, populate: ['createdBy'] },
  );
  return versions.map((v) => ({
    number: v.number,
    licence: v.licence,
    createdAt: v.createdAt.toISOString(),
    /** Who made it (null: the migration, or an account deleted since). */
    createdBy: v.createdBy?.email ?? null,
    /** Whether the subscriptions in force then were bound by it. */
    bound: v.bindsExistingSubscribers,
  }));
}
