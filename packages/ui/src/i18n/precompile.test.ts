import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { FORMATS, LOCALES } from './catalogue.ts';
import { portalCatalogues } from './catalogues.ts';
import { compiledMessages, precompiledMessages } from './precompile.ts';

/** A message as FormatJS takes it: its text, or its syntax tree. */
type MessageFormatElement = Exclude<ConstructorParameters<typeof IntlMessageFormat>[0], string>[number];

const format = (message: string | MessageFormatElement[], language: 'en' | 'fr', values?: object) =>
  new IntlMessageFormat(message, LOCALES[language], FORMATS, { ignoreTag: true }).format(
    values as Record<string, string>,
  );

describe('precompiled messages (the production builds of the portals)', () => {
  it('hold every key of each portal part, each as a syntax tree that formats as its text does', () => {
    for (const part of ['buyer', 'seller'] as const) {
      for (const language of ['en', 'fr'] as const) {
        const texts: Record<string, string> = portalCatalogues[part][language];
        const trees = compiledMessages(part, language);
        expect(Object.keys(trees).sort()).toEqual(Object.keys(texts).sort());
        for (const [key, text] of Object.entries(texts)) {
          if (text.includes('{')) continue;
          expect(format(trees[key] as MessageFormatElement[], language), key).toBe(format(text, language));
        }
      }
    }
  });

  it('keep plurals and dates', () => {
    const trees = compiledMessages('buyer', 'fr');
    const count = trees['buy.catalog.count'] as MessageFormatElement[];
    expect(format(count, 'fr', { count: 1 })).toBe('1 produit');
    expect(format(count, 'fr', { count: 2 })).toBe('2 produits');
  });

  it('replace only the portal chunks, in builds only', () => {
    const plugin = precompiledMessages();
    expect(plugin.apply).toBe('build');
    expect(plugin.load('/repo/packages/ui/src/i18n/portal/seller.fr.ts')).toContain('JSON.parse');
    expect(plugin.load('/repo/packages/ui/src/i18n/common.fr.ts')).toBeNull();
  });
});
