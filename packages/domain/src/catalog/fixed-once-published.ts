import type { ProductKind, Text } from '../vocabulary.ts';

/**
 * What can no longer change once a product is published (SPEC §4). The seller's confirmation before
 * publishing lists these, and the server's refusal names them with the same words.
 */
export const FIXED_ONCE_PUBLISHED = [
  {
    key: 'pricingMode',
    kinds: ['omi', 'managed'],
    text: { en: 'The pricing mode', fr: 'Le mode de tarification' },
  },
  { key: 'name', kinds: ['omi', 'managed'], text: { en: 'The product’s name', fr: 'Le nom du produit' } },
  { key: 'versionOmis', kinds: ['omi'], text: { en: 'Each version’s OMI', fr: 'L’OMI de chaque version' } },
  {
    key: 'offerRates',
    kinds: ['omi', 'managed'],
    text: { en: 'The offers’ rates', fr: 'Les tarifs des offres' },
  },
  { key: 'regions', kinds: ['omi'], text: { en: 'The regions', fr: 'Les régions' } },
] as const satisfies readonly { key: string; kinds: readonly ProductKind[]; text: Text }[];

export type FixedOncePublished = (typeof FIXED_ONCE_PUBLISHED)[number]['key'];

/** What publishing fixes for a product of this kind (a managed product has no versions or regions). */
export const fixedOncePublished = (kind: ProductKind) =>
  FIXED_ONCE_PUBLISHED.filter((item) => (item.kinds as readonly ProductKind[]).includes(kind));

const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** The refusal of a change to what publication fixed, naming each thing as the confirmation did. */
export function fixedOncePublishedRefusal(keys: readonly FixedOncePublished[]): Text {
  const named = FIXED_ONCE_PUBLISHED.filter((item) => keys.includes(item.key));
  const list = (language: keyof Text) => named.map((item) => lowerFirst(item.text[language])).join(', ');
  return {
    en: `Once published, these cannot change: ${list('en')}. Create a new product instead.`,
    fr: `Une fois le produit publié, ceci ne peut plus changer : ${list('fr')}. Créez plutôt un nouveau produit.`,
  };
}
