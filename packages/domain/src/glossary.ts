// One word per concept in each language, the same in pages, e-mails and server messages. The French
// choices follow OUTSCALE's own French documentation (../shared/seed). Tests scan every French text
// of the pages, the e-mails and the server for the words to avoid (`avoid`), so a synonym that would
// make a person wonder whether two words mean two things cannot come back.

export type GlossaryEntry = {
  /** What the concept is, for whoever translates. */
  concept: string;
  en: string;
  fr: string;
  /**
   * French words (lower case, matched at word starts, accents significant) that must not name this
   * concept. Each is chosen so that it has no other meaning in the marketplace's texts.
   */
  avoid: readonly string[];
  /** Phrases where an avoided word is right after all (removed before looking for `avoid`). */
  allow?: readonly string[];
};

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'The marketplace itself (a proper name in both languages).',
    en: 'marketplace',
    fr: 'Marketplace',
    avoid: ['place de marché', 'places de marché'],
  },
  {
    concept: "A buyer organization's purchase of an offer: created, activated, cancelled.",
    en: 'subscription',
    fr: 'souscription',
    avoid: ['abonnement'],
    allow: ['offre abonnement', 'offres abonnement'],
  },
  {
    concept: 'The offer type billed per month from the activation date ("Subscription" offer).',
    en: 'subscription offer',
    fr: 'offre abonnement',
    avoid: ['désabonn'],
  },
  {
    concept: 'A product run by the seller for the buyer (SaaS, PaaS): the "managed" product kind.',
    en: 'managed',
    fr: 'infogéré',
    avoid: ['managé', 'géré par le vendeur'],
  },
  {
    concept: 'The organization that publishes products.',
    en: 'seller',
    fr: 'vendeur',
    avoid: ['éditeur', 'fournisseur'],
  },
  {
    concept: 'The organization that subscribes to products.',
    en: 'buyer',
    fr: 'acheteur',
    avoid: [],
  },
  {
    concept: 'An OUTSCALE machine image.',
    en: 'OMI',
    fr: 'OMI',
    avoid: ['image machine'],
  },
  {
    concept: 'A licence key allocated by the seller to a subscription.',
    en: 'licence key',
    fr: 'clé de licence',
    avoid: ['clef', 'clés de license', 'clé de license'],
  },
  {
    concept: 'Ending a subscription (by the buyer or the seller).',
    en: 'cancel',
    fr: 'résilier',
    avoid: [],
  },
  {
    concept: 'Removing a product or a version from the catalog.',
    en: 'unpublish',
    fr: 'dépublier',
    avoid: ['retirer du catalogue'],
  },
];

/** The words to avoid that `text` (French) contains, lower-cased; empty when it follows the glossary. */
export function glossaryViolations(text: string): string[] {
  const found: string[] = [];
  for (const entry of GLOSSARY) {
    let lower = text.toLowerCase();
    for (const phrase of entry.allow ?? []) lower = lower.replaceAll(phrase, ' ');
    for (const word of entry.avoid) {
      // A word start: not preceded by a letter (so "managé" does not match inside another word).
      const at = new RegExp(`(^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u');
      if (at.test(lower)) found.push(word);
    }
  }
  return found;
}
