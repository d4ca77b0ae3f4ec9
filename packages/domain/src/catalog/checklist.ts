import type { ProductKind, Region, Text } from '../vocabulary.ts';
import { type OfferDraft, offersProblems } from './offers.ts';

export type ChecklistItem = { key: string; text: Text };

type ProductDraft = {
  kind: ProductKind;
  name: Text;
  shortDescription: Text;
  description: Text;
  categories: readonly string[];
  regions: readonly Region[];
  supportContact: string;
  externalUrl: string | null;
  licence: string | null;
  offerCount: number;
  /** The offers themselves: what each lacks is listed too (offers.ts). */
  offers?: readonly OfferDraft[];
  versionSourcesByRegion: readonly (readonly Region[])[];
};

const bothLanguages = (text: Text) => text.en.trim() !== '' && text.fr.trim() !== '';

/**
 * What a product still lacks before it can be published, in display order; empty when complete.
 * The seller's page shows the same list as the server's refusal.
 */
export function productChecklist(product: ProductDraft, showcasePublished: boolean): ChecklistItem[] {
  const missing: ChecklistItem[] = [];
  const need = (ok: boolean, key: string, text: Text) => {
    if (!ok) missing.push({ key, text });
  };
  need(showcasePublished, 'showcase', {
    en: 'Publish your showcase first.',
    fr: "Publiez d'abord votre vitrine.",
  });
  need(bothLanguages(product.name), 'name', {
    en: 'The name, in English and in French.',
    fr: 'Le nom, en anglais et en français.',
  });
  need(bothLanguages(product.shortDescription), 'shortDescription', {
    en: 'The short description, in English and in French.',
    fr: 'La description courte, en anglais et en français.',
  });
  need(bothLanguages(product.description), 'description', {
    en: 'The description, in English and in French.',
    fr: 'La description, en anglais et en français.',
  });
  need(product.categories.length > 0, 'categories', {
    en: 'At least one category.',
    fr: 'Au moins une catégorie.',
  });
  need(product.supportContact.trim() !== '', 'supportContact', {
    en: 'The support contact buyers will reach.',
    fr: 'Le contact support que les acheteurs joindront.',
  });
  need(product.offerCount > 0, 'offers', { en: 'At least one offer.', fr: 'Au moins une offre.' });
  missing.push(...offersProblems(product.offers ?? [], product.kind));
  if (product.kind === 'managed') {
    need(Boolean(product.externalUrl), 'externalUrl', {
      en: 'The external subscription link.',
      fr: 'Le lien de souscription externe.',
    });
  } else {
    need(Boolean(product.licence), 'licence', {
      en: 'The licence agreement (a text or a link).',
      fr: 'Le contrat de licence (un texte ou un lien).',
    });
    need(product.regions.includes('cloudgouv-eu-west-1'), 'regions', {
      en: 'The region cloudgouv-eu-west-1.',
      fr: 'La région cloudgouv-eu-west-1.',
    });
    const complete = product.versionSourcesByRegion.some((regions) =>
      product.regions.every((region) => regions.includes(region)),
    );
    need(complete, 'versions', {
      en: 'A version with a source OMI in each of the product’s regions.',
      fr: 'Une version avec une OMI source dans chacune des régions du produit.',
    });
  }
  return missing;
}
