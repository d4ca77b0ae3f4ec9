import type { Language, Text } from '../vocabulary.ts';

/**
 * The catalog's categories, a controlled list in the spirit of OUTSCALE Marketplace's: a stable slug
 * (stored on products, used in catalog addresses such as `/catalog?category=security`) and its label in
 * each language. A slug never changes once products carry it; a label may.
 */
export const CATEGORIES = [
  { slug: 'operating-systems', label: { en: 'Operating systems', fr: 'Systèmes d’exploitation' } },
  { slug: 'security', label: { en: 'Security', fr: 'Sécurité' } },
  { slug: 'databases', label: { en: 'Databases', fr: 'Bases de données' } },
  { slug: 'networking', label: { en: 'Networking', fr: 'Réseau' } },
  { slug: 'storage-backup', label: { en: 'Storage & backup', fr: 'Stockage et sauvegarde' } },
  {
    slug: 'development-tools',
    label: { en: 'Development tools & DevOps', fr: 'Outils de développement et DevOps' },
  },
  { slug: 'containers', label: { en: 'Containers', fr: 'Conteneurs' } },
  { slug: 'monitoring', label: { en: 'Monitoring', fr: 'Supervision' } },
  { slug: 'data-analytics', label: { en: 'Data & analytics', fr: 'Données et analytique' } },
  {
    slug: 'ai-machine-learning',
    label: { en: 'AI & machine learning', fr: 'IA et apprentissage automatique' },
  },
  { slug: 'business-applications', label: { en: 'Business applications', fr: 'Applications métier' } },
  { slug: 'other', label: { en: 'Other', fr: 'Autres' } },
] as const satisfies readonly { slug: string; label: Text }[];

export type Category = (typeof CATEGORIES)[number]['slug'];

export const CATEGORY_SLUGS: readonly Category[] = CATEGORIES.map((c) => c.slug);

/** A product has at most this many categories. */
export const MAX_CATEGORIES = 5;

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORY_SLUGS as readonly string[]).includes(value);
}

/** The label of a category in a language; the slug itself for a value that is not one (an old link). */
export function categoryLabel(slug: string, language: Language): string {
  return CATEGORIES.find((c) => c.slug === slug)?.label[language] ?? slug;
}

/** Each category by its label in `language`, its slug (what the API takes) in parentheses. */
const categoryList = (language: Language) =>
  CATEGORIES.map((c) => `${c.label[language]} (${c.slug})`).join(', ');

/** The refusal of a value that is not a category, saying which ones are. */
export const NOT_A_CATEGORY: Text = {
  en: `Not a category of the marketplace. Choose among: ${categoryList('en')}.`,
  fr: `Ce n’est pas une catégorie de la Marketplace. Choisissez parmi : ${categoryList('fr')}.`,
};
