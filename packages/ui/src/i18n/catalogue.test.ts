import { glossaryViolations, LANGUAGES, type Language } from '@marketplace/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { calendarDay, detectLanguage, formatIcu, LOCALES, type MessageKey } from './catalogue.ts';
import { catalogues, portalCatalogues } from './catalogues.ts';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

// The element types of @formatjs/icu-messageformat-parser (its TYPE enum).
const ARGUMENT_KINDS: Record<number, string> = {
  1: 'string',
  2: 'number',
  3: 'date',
  4: 'time',
  5: 'select',
  6: 'plural',
};

const parse = (language: Language, text: string) =>
  new IntlMessageFormat(text, LOCALES[language], undefined, { ignoreTag: true }).getAst();

/** Every argument of a message as "name:kind" (plural cases included), sorted and deduplicated. */
function argumentsOf(elements: readonly Element[]): string[] {
  const found = new Set<string>();
  const walk = (list: readonly Element[]) => {
    for (const element of list) {
      const kind = ARGUMENT_KINDS[element.type];
      if (kind && 'value' in element && typeof element.value === 'string') {
        const ordinal = 'pluralType' in element && element.pluralType === 'ordinal';
        found.add(`${element.value}:${ordinal ? 'selectordinal' : kind}`);
      }
      if ('options' in element && element.options && typeof element.options === 'object') {
        for (const option of Object.values(element.options) as { value: Element[] }[]) walk(option.value);
      }
    }
  };
  walk(elements);
  return [...found].sort();
}

/** The plural elements of a message, with their case names. */
function pluralCases(elements: readonly Element[]): string[][] {
  const cases: string[][] = [];
  const walk = (list: readonly Element[]) => {
    for (const element of list) {
      if (!('options' in element) || !element.options || typeof element.options !== 'object') continue;
      const options = element.options as Record<string, { value: Element[] }>;
      if (element.type === 6) cases.push(Object.keys(options));
      for (const option of Object.values(options)) walk(option.value);
    }
  };
  walk(elements);
  return cases;
}

const keys = Object.keys(catalogues.en) as MessageKey[];

/**
 * French texts that are rightly the same as the English ones: proper names, brands, words French
 * borrows as they are, and texts made only of arguments. Anything else equal to English is a
 * message someone forgot to translate.
 */
const SAME_IN_FRENCH: ReadonlySet<string> = new Set([
  'OUTSCALE Marketplace',
  'Language / Langue',
  'English',
  'Français',
  'Actions',
  'Type',
  'E-mail',
  'Versions',
  'Version',
  'Architecture',
  'Documentation',
  'Support',
  'Licences',
  'Total',
  'Contact',
  'Description',
  'Logo',
  'ID',
  'Publication',
  'Performance',
  'Copies',
  'Image',
  'Date',
  'Dates',
  'Page {number, number}',
  'version {version}',
  'Version {version}, {date}',
  '{name}, {size}',
  '{label} ({language})',
  '{product} {version}',
  '{date} ({region})',
]);

describe('message catalogues', () => {
  it('have exactly the same keys in every language (a missing French key also fails to compile)', () => {
    const english = Object.keys(catalogues.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(catalogues[language]).sort()).toEqual(english);
    }
  });

  it('have no empty message', () => {
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(catalogues[language])) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('parse as ICU MessageFormat in every language', () => {
    for (const language of LANGUAGES) {
      for (const key of keys) {
        expect(() => parse(language, catalogues[language][key]), `${language} ${key}`).not.toThrow();
      }
    }
  });

  it('give a message without arguments back as written (no ICU quoting accident)', () => {
    for (const language of LANGUAGES) {
      for (const key of keys) {
        const text = catalogues[language][key];
        if (argumentsOf(parse(language, text)).length === 0)
          expect(formatIcu(language, text), key).toBe(text);
      }
    }
  });

  it('use the same arguments, with the same formats, in French as in English', () => {
    for (const key of keys) {
      expect(argumentsOf(parse('fr', catalogues.fr[key])), key).toEqual(
        argumentsOf(parse('en', catalogues.en[key])),
      );
    }
  });

  it('give every plural a "one" and an "other" case in every language', () => {
    for (const language of LANGUAGES) {
      for (const key of keys) {
        for (const cases of pluralCases(parse(language, catalogues[language][key]))) {
          expect(cases, `${language} ${key}`).toEqual(expect.arrayContaining(['one', 'other']));
        }
      }
    }
  });

  it('never put a count in a plain argument: counts go through plural (or number)', () => {
    const countLike = /^(count|days|months|hours|total|number|n)$/;
    for (const language of LANGUAGES) {
      for (const key of keys) {
        const plain = argumentsOf(parse(language, catalogues[language][key]))
          .filter((argument) => argument.endsWith(':string'))
          .map((argument) => argument.split(':')[0] ?? '');
        expect(
          plain.filter((name) => countLike.test(name)),
          `${language} ${key}`,
        ).toEqual([]);
      }
    }
  });

  it('translate every French text, except proper names and words French shares with English', () => {
    const untranslated = keys.filter(
      (key) => catalogues.fr[key] === catalogues.en[key] && !SAME_IN_FRENCH.has(catalogues.fr[key]),
    );
    expect(untranslated).toEqual([]);
  });

  it('follow the glossary in French (souscription, infogéré, Marketplace, vendeur, OMI…)', () => {
    const violations = keys
      .map((key) => ({ key, words: glossaryViolations(catalogues.fr[key]) }))
      .filter(({ words }) => words.length > 0);
    expect(violations).toEqual([]);
  });

  it('write the Marketplace as a proper name in French', () => {
    for (const key of keys) expect(catalogues.fr[key], key).not.toMatch(/\bmarketplace\b/);
  });

  it('put a no-break space before French double punctuation', () => {
    for (const [key, text] of Object.entries(catalogues.fr)) {
      expect(text, key).not.toMatch(/ [:;?!]/);
    }
  });

  it('split into portal parts that together hold every message, the common part in both', () => {
    for (const language of LANGUAGES) {
      const buyer = Object.keys(portalCatalogues.buyer[language]);
      const seller = Object.keys(portalCatalogues.seller[language]);
      expect(new Set([...buyer, ...seller]).size).toBe(keys.length);
      expect(buyer.some((key) => key.startsWith('seller.'))).toBe(false);
      expect(seller.some((key) => key.startsWith('buy.') || key.startsWith('buyer.'))).toBe(false);
      expect(buyer).toContain('common.brand');
      expect(seller).toContain('common.brand');
    }
  });
});

describe('formatIcu (the engine the pages use through react-intl)', () => {
  it('makes plurals agree with the count', () => {
    const count = catalogues.en['buy.catalog.count'];
    const compte = catalogues.fr['buy.catalog.count'];
    expect(formatIcu('en', count, { count: 1 })).toBe('1 product');
    expect(formatIcu('en', count, { count: 2 })).toBe('2 products');
    expect(formatIcu('en', count, { count: 0 })).toBe('No products');
    expect(formatIcu('fr', compte, { count: 1 })).toBe('1 produit');
    expect(formatIcu('fr', compte, { count: 2 })).toBe('2 produits');
    expect(formatIcu('fr', compte, { count: 1234 })).toMatch(/^1\s234 produits$/);
    expect(formatIcu('en', catalogues.en['seller.dashboard.newSales'], { days: 1 })).toBe(
      'New sales in 1 day',
    );
    expect(formatIcu('fr', catalogues.fr['seller.dashboard.newSales'], { days: 30 })).toBe(
      'Nouvelles ventes sur 30 jours',
    );
  });

  it('formats numbers and dates in the language, never as ISO', () => {
    expect(formatIcu('en', '{n, number} ms', { n: 1234.5 })).toBe('1,234.5 ms');
    expect(formatIcu('fr', '{n, number} ms', { n: 1234.5 })).toMatch(/^1\s234,5 ms$/);
    const day = new Date('2026-11-25T12:00:00Z');
    expect(formatIcu('fr', 'au {date, date, long}', { date: day })).toBe('au 25 novembre 2026');
    expect(formatIcu('en', 'on {date, date, long}', { date: day })).toBe('on 25 November 2026');
    // The price-source note of the estimate: a calendar day, in French, whatever the time zone.
    const values = { source: 'OUTSCALE ReadPublicCatalog, eu-west-2', date: calendarDay('2026-11-25') };
    expect(formatIcu('fr', catalogues.fr['buy.estimate.source'], values)).toContain('lu le 25 novembre 2026');
    expect(formatIcu('en', catalogues.en['buy.estimate.source'], values)).toContain(
      'read on 25 November 2026',
    );
    expect(calendarDay('2026-11-25T00:00:00.000Z').toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('gives the health line in each language', () => {
    expect(formatIcu('en', catalogues.en['health.operational'])).toBe('All systems operational');
    expect(
      formatIcu('fr', catalogues.fr['health.operationalDetails'], { version: '0.1.0', latencyMs: 3 }),
    ).toBe('Version 0.1.0 · base de données 3 ms');
  });
});

describe('detectLanguage', () => {
  it('keeps the remembered choice first', () => {
    expect(detectLanguage('fr', 'en-US')).toBe('fr');
    expect(detectLanguage('en', 'fr-FR')).toBe('en');
  });

  it('follows the browser when nothing valid is remembered', () => {
    expect(detectLanguage(null, 'fr-CA')).toBe('fr');
    expect(detectLanguage('de', 'FR')).toBe('fr');
    expect(detectLanguage(undefined, 'de-DE')).toBe('en');
    expect(detectLanguage(null, undefined)).toBe('en');
  });
});
