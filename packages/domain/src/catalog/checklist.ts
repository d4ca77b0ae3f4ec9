import type { OfferType, ProductKind, Region, Text } from '../vocabulary.ts';
import { type OfferDraft, offersProblems } from './offers.ts';

export type ChecklistItem = { key: string; text: Text };

/** The product form's sections, in SPEC §4's order. */
export const PRODUCT_SECTIONS = [
  'general',
  'versions',
  'offers',
  'licence',
  'activation',
  'deploymentTemplate',
] as const;
export type ProductSectionKey = (typeof PRODUCT_SECTIONS)[number];
/** `optional`: a section publication does not need, left empty. */
export type SectionState = 'complete' | 'to_complete' | 'optional';
export type ProductSection = { key: ProductSectionKey; state: SectionState; missing: ChecklistItem[] };

export type ProductDraft = {
  kind: ProductKind;
  name: Text;
  shortDescription: Text;
  description: Text;
  categories: readonly string[];
  regions: readonly Region[];
  supportContact: string;
  externalUrl: string | null;
  licence: string | null;
  activationProcedure: Text | null;
  deploymentTemplate: string | null;
  offerTypes: readonly OfferType[];
  /** The offers themselves: what each lacks is listed too (offers.ts). */
  offers?: readonly OfferDraft[];
  versionSourcesByRegion: readonly (readonly Region[])[];
};

const bothLanguages = (text: Text | null) => text !== null && text.en.trim() !== '' && text.fr.trim() !== '';
const filled = (value: string | null) => value !== null && value.trim() !== '';

/**
 * Subscription offers of OMI products wait for a licence key from the seller (SPEC §4): their buyers
 * need the steps to follow with it. Managed products are subscribed on the seller's own site.
 */
export const needsActivationProcedure = (product: Pick<ProductDraft, 'kind' | 'offerTypes'>) =>
  product.kind === 'omi' && product.offerTypes.includes('subscription');

/** The sections a product's form has: versions and the licence agreement for OMI products, etc. */
export function sectionsOf(product: Pick<ProductDraft, 'kind' | 'offerTypes'>): ProductSectionKey[] {
  return PRODUCT_SECTIONS.filter((key) => {
    switch (key) {
      case 'versions':
        return product.kind === 'omi';
      case 'activation':
        return needsActivationProcedure(product);
      case 'general':
      case 'offers':
      case 'licence':
      case 'deploymentTemplate':
        return true;
      default: {
        const unknown: never = key;
        throw new Error(`unknown section ${String(unknown)}`);
      }
    }
  });
}

function generalMissing(product: ProductDraft): ChecklistItem[] {
  return [
    bothLanguages(product.name) || {
      key: 'name',
      text: { en: 'The name, in English and in French.', fr: 'Le nom, en anglais et en français.' },
    },
    bothLanguages(product.shortDescription) || {
      key: 'shortDescription',
      text: {
        en: 'The short description, in English and in French.',
        fr: 'La description courte, en anglais et en français.',
      },
    },
    bothLanguages(product.description) || {
      key: 'description',
      text: {
        en: 'The description, in English and in French.',
        fr: 'La description, en anglais et en français.',
      },
    },
    product.categories.length > 0 || {
      key: 'categories',
      text: { en: 'At least one category.', fr: 'Au moins une catégorie.' },
    },
    filled(product.supportContact) || {
      key: 'supportContact',
      text: {
        en: 'The support contact buyers will reach.',
        fr: 'Le contact support que les acheteurs joindront.',
      },
    },
    product.kind === 'omi'
      ? product.regions.includes('cloudgouv-eu-west-1') || {
          key: 'regions',
          text: { en: 'The region cloudgouv-eu-west-1.', fr: 'La région cloudgouv-eu-west-1.' },
        }
      : filled(product.externalUrl) || {
          key: 'externalUrl',
          text: { en: 'The external subscription link.', fr: 'Le lien de souscription externe.' },
        },
  ].filter((item): item is ChecklistItem => item !== true);
}

/** What one section still lacks (empty when complete), and whether publication needs it at all. */
function sectionOf(key: ProductSectionKey, product: ProductDraft): ProductSection {
  const required = (missing: ChecklistItem[]): ProductSection => ({
    key,
    state: missing.length === 0 ? 'complete' : 'to_complete',
    missing,
  });
  const optional = (given: boolean): ProductSection => ({
    key,
    state: given ? 'complete' : 'optional',
    missing: [],
  });
  const need = (ok: boolean, item: ChecklistItem) => required(ok ? [] : [item]);
  switch (key) {
    case 'general':
      return required(generalMissing(product));
    case 'versions':
      return need(
        product.versionSourcesByRegion.some((regions) =>
          product.regions.every((region) => regions.includes(region)),
        ),
        {
          key: 'versions',
          text: {
            en: 'A version with a source OMI in each of the product’s regions.',
            fr: 'Une version avec une OMI source dans chacune des régions du produit.',
          },
        },
      );
    case 'offers':
      return required([
        ...(product.offerTypes.length > 0
          ? []
          : [{ key: 'offers', text: { en: 'At least one offer.', fr: 'Au moins une offre.' } }]),
        ...offersProblems(product.offers ?? [], product.kind),
      ]);
    case 'licence':
      // Buyers of a managed product accept the seller's terms on its site; an agreement here is a bonus.
      if (product.kind === 'managed') return optional(filled(product.licence));
      return need(filled(product.licence), {
        key: 'licence',
        text: {
          en: 'The licence agreement (a file or a link).',
          fr: 'Le contrat de licence (un fichier ou un lien).',
        },
      });
    case 'activation':
      return need(bothLanguages(product.activationProcedure), {
        key: 'activationProcedure',
        text: {
          en: 'The activation procedure (the steps the buyer follows with the licence key), in English and in French.',
          fr: 'La procédure d’activation (les étapes que l’acheteur suit avec la clé de licence), en anglais et en français.',
        },
      });
    case 'deploymentTemplate':
      return optional(filled(product.deploymentTemplate));
    default: {
      const unknown: never = key;
      throw new Error(`unknown section ${String(unknown)}`);
    }
  }
}

/**
 * The product form's sections, in SPEC §4's order, each complete, to be completed (with what it lacks)
 * or optional. The seller's page shows these states as the server computes them.
 */
export function productSections(product: ProductDraft): ProductSection[] {
  return sectionsOf(product).map((key) => sectionOf(key, product));
}

/**
 * What a product still lacks before it can be published, in display order; empty when complete: the
 * published showcase, then every section's missing items. The seller's page shows the same list as the
 * server's refusal.
 */
export function productChecklist(product: ProductDraft, showcasePublished: boolean): ChecklistItem[] {
  return [
    ...(showcasePublished
      ? []
      : [
          {
            key: 'showcase',
            text: { en: 'Publish your showcase first.', fr: "Publiez d'abord votre vitrine." },
          },
        ]),
    ...productSections(product).flatMap((section) => section.missing),
  ];
}
