import type { Category } from '@marketplace/domain';

// The hero's shortcuts: categories of the marketplace's list (packages/domain catalog/categories.ts)
// that buyers ask for most; each link filters the catalog by its slug.
export const CATEGORY_SHORTCUTS: readonly Category[] = [
  'operating-systems',
  'security',
  'databases',
  'development-tools',
  'containers',
  'networking',
];
