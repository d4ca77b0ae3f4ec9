import { preconditionFailed } from '../errors.ts';
import type { Text } from '../vocabulary.ts';

/**
 * The life of what a seller publishes. A product is a draft, then published, then perhaps unpublished
 * (and published again). A version is published by copying its OMIs (one copy per region), is
 * available once every copy is, and is unpublished by deleting its copies.
 */
export const PRODUCT_STATES = ['draft', 'published', 'unpublished'] as const;
export type ProductState = (typeof PRODUCT_STATES)[number];

export const VERSION_STATES = [
  'draft',
  'publishing',
  'available',
  'failed',
  'unpublishing',
  'unpublished',
] as const;
export type VersionState = (typeof VERSION_STATES)[number];

export const COPY_STATES = ['pending', 'copying', 'available', 'failed', 'deleting', 'deleted'] as const;
export type CopyState = (typeof COPY_STATES)[number];

const PRODUCT_TRANSITIONS: Record<ProductState, readonly ProductState[]> = {
  draft: ['published'],
  published: ['unpublished'],
  unpublished: ['published'],
};

const VERSION_TRANSITIONS: Record<VersionState, readonly VersionState[]> = {
  draft: ['publishing'],
  publishing: ['available', 'failed', 'unpublishing'],
  failed: ['publishing', 'unpublishing'],
  available: ['unpublishing'],
  unpublishing: ['unpublished'],
  unpublished: [],
};

/** The states as messages name them (a product is masculine in French, a version feminine). */
export const PRODUCT_STATE_NAMES: Record<ProductState, Text> = {
  draft: { en: 'a draft', fr: 'brouillon' },
  published: { en: 'published', fr: 'publié' },
  unpublished: { en: 'unpublished', fr: 'dépublié' },
};

export const VERSION_STATE_NAMES: Record<VersionState, Text> = {
  draft: { en: 'a draft', fr: 'brouillon' },
  publishing: { en: 'being published', fr: 'en cours de publication' },
  available: { en: 'available', fr: 'disponible' },
  failed: { en: 'failed', fr: 'en échec' },
  unpublishing: { en: 'being unpublished', fr: 'en cours de dépublication' },
  unpublished: { en: 'unpublished', fr: 'dépubliée' },
};

export function transitionProduct(from: ProductState, to: ProductState): ProductState {
  if (!PRODUCT_TRANSITIONS[from].includes(to)) {
    throw preconditionFailed({
      en: `A product that is ${PRODUCT_STATE_NAMES[from].en} cannot become ${PRODUCT_STATE_NAMES[to].en}.`,
      fr: `Un produit à l'état « ${PRODUCT_STATE_NAMES[from].fr} » ne peut pas passer à l'état « ${PRODUCT_STATE_NAMES[to].fr} ».`,
    });
  }
  return to;
}

export function transitionVersion(from: VersionState, to: VersionState): VersionState {
  if (!VERSION_TRANSITIONS[from].includes(to)) {
    throw preconditionFailed({
      en: `A version that is ${VERSION_STATE_NAMES[from].en} cannot become ${VERSION_STATE_NAMES[to].en}.`,
      fr: `Une version à l'état « ${VERSION_STATE_NAMES[from].fr} » ne peut pas passer à l'état « ${VERSION_STATE_NAMES[to].fr} ».`,
    });
  }
  return to;
}

/** A version's state follows its copies': available when all are, failed when one failed for good. */
export function versionStateFromCopies(copies: readonly CopyState[]): VersionState | null {
  if (copies.length === 0) return null;
  if (copies.every((c) => c === 'available')) return 'available';
  if (copies.some((c) => c === 'failed')) return 'failed';
  if (copies.every((c) => c === 'deleted')) return 'unpublished';
  return null;
}
