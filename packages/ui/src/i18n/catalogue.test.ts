import { LANGUAGES } from '@marketplace/domain';
import { describe, expect, it } from 'vitest';
import { catalogues, detectLanguage, interpolate, translate } from './catalogue.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have exactly the same keys in every language', () => {
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

  it('use the same placeholders in French as in English', () => {
    for (const [key, text] of Object.entries(catalogues.en)) {
      const french = catalogues.fr[key as keyof typeof catalogues.fr];
      expect(placeholders(french), key).toEqual(placeholders(text));
    }
  });

  it('put a no-break space before French double punctuation', () => {
    for (const [key, text] of Object.entries(catalogues.fr)) {
      expect(text, key).not.toMatch(/ [:;?!]/);
    }
  });
});

describe('interpolate', () => {
  it('replaces each placeholder with its parameter', () => {
    expect(interpolate('Version {version} · {latencyMs} ms', { version: '1.2.0', latencyMs: 4 })).toBe(
      'Version 1.2.0 · 4 ms',
    );
  });

  it('formats numbers for the language', () => {
    expect(interpolate('{n} ms', { n: 1234.5 }, 'en')).toBe('1,234.5 ms');
    expect(interpolate('{n} ms', { n: 1234.5 }, 'fr')).toMatch(/^1\s234,5 ms$/);
  });

  it('leaves a placeholder without a parameter visible rather than printing "undefined"', () => {
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
  });

  it('does not read inherited properties as parameters', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});

describe('translate', () => {
  it('gives the health line in each language', () => {
    expect(translate('en', 'health.operational')).toBe('All systems operational');
    expect(translate('fr', 'health.operational')).toBe('Tous les services sont opérationnels');
    expect(translate('fr', 'health.operationalDetails', { version: '0.1.0', latencyMs: 3 })).toBe(
      'Version 0.1.0 · base de données 3 ms',
    );
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
