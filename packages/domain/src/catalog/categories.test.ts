import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_SLUGS, categoryLabel, isCategory, NOT_A_CATEGORY } from './categories.ts';

describe('the catalog categories', () => {
  it('have unique stable slugs and a label in each language', () => {
    expect(new Set(CATEGORY_SLUGS).size).toBe(CATEGORIES.length);
    for (const { slug, label } of CATEGORIES) {
      expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(label.en.trim()).not.toBe('');
      expect(label.fr.trim()).not.toBe('');
    }
  });

  it('include what OUTSCALE Marketplace buyers look for', () => {
    for (const slug of [
      'operating-systems',
      'security',
      'databases',
      'networking',
      'storage-backup',
      'development-tools',
      'monitoring',
      'ai-machine-learning',
      'business-applications',
      'containers',
    ]) {
      expect(isCategory(slug), slug).toBe(true);
    }
  });

  it('are named in the page’s language, and free text is not one', () => {
    expect(categoryLabel('security', 'fr')).toBe('Sécurité');
    expect(categoryLabel('security', 'en')).toBe('Security');
    expect(isCategory('Sécurité')).toBe(false);
    expect(categoryLabel('Sécurité', 'en')).toBe('Sécurité');
    expect(NOT_A_CATEGORY.fr).toContain('Systèmes d’exploitation (operating-systems)');
    expect(NOT_A_CATEGORY.fr).not.toContain('Security');
  });
});
