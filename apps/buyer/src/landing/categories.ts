// The hero's shortcuts. The catalog's categories arrive with the catalog (a later issue); these are
// the ones buyers ask for most, and their slugs are the ones the catalog search will accept.
export const CATEGORY_SHORTCUTS = [
  'operating-systems',
  'databases',
  'security',
  'devops',
  'data-analytics',
  'networking',
] as const;

export type CategoryShortcut = (typeof CATEGORY_SHORTCUTS)[number];
