import { describe, expect, it } from 'vitest';
import { abroadProblem, frenchVatNumber, normalizeSiret, sirenOf, siretProblem } from './domiciliation.ts';

describe('a SIRET', () => {
  it('takes the 14 digits as people write them, spaces and dots dropped', () => {
    expect(normalizeSiret('552 100 554 00025')).toBe('55210055400025');
    expect(normalizeSiret('552.100.554.00025')).toBe('55210055400025');
    expect(normalizeSiret('552\u00a0100\u202f554 00025')).toBe('55210055400025');
  });

  it('accepts real SIRETs, whose Luhn check holds', () => {
    // Danone's head office, OUTSCALE's, and the example of INSEE's documentation.
    expect(siretProblem('55203253400646')).toBeNull();
    expect(siretProblem('52717791900042')).toBeNull();
    expect(siretProblem('73282932000074')).toBeNull();
  });

  it('refuses a typo: one digit changed, or two swapped', () => {
    expect(siretProblem('55203253400647')).toBe('checksum');
    expect(siretProblem('55203253400466')).toBe('checksum');
    // Any one digit changed.
    const siret = '73282932000074';
    for (let i = 0; i < siret.length; i++) {
      const changed = `${siret.slice(0, i)}${(Number(siret[i]) + 1) % 10}${siret.slice(i + 1)}`;
      expect(siretProblem(changed), changed).toBe('checksum');
    }
  });

  it('refuses what is not 14 digits', () => {
    for (const typed of ['', '5521005540002', '552100554000250', '5521005540002A', '552 100 554 00025']) {
      expect(siretProblem(typed), typed).toBe('format');
    }
  });

  it('checks La Poste’s establishments by the sum of their digits, as INSEE does', () => {
    // A post office: its digits sum to 40, though the Luhn check fails.
    expect(siretProblem('35600000049837')).toBeNull();
    // Luhn holds, but the digits sum to 26.
    expect(siretProblem('35600000000048')).toBe('checksum');
  });

  it('gives the company’s SIREN and its French VAT number', () => {
    expect(sirenOf('55203253400646')).toBe('552032534');
    expect(frenchVatNumber('552032534')).toBe('FR27552032534');
    expect(frenchVatNumber('303265045')).toBe('FR40303265045');
  });
});

describe('an organization domiciled abroad', () => {
  it('gives a VAT number its country’s checksum accepts, with or without its prefix', () => {
    expect(abroadProblem('DE', 'DE136695976')).toBeNull();
    expect(abroadProblem('DE', '136695976')).toBeNull();
    expect(abroadProblem('BE', 'BE 0411.905.847')).toBeNull();
    expect(abroadProblem('IT', 'IT00743110157')).toBeNull();
  });

  it('refuses a VAT number of another country, or with a wrong check digit', () => {
    expect(abroadProblem('DE', 'IT00743110157')).toBe('vatNumber');
    expect(abroadProblem('DE', 'DE136695977')).toBe('vatNumber');
    expect(abroadProblem('IT', 'ABC')).toBe('vatNumber');
  });

  it('writes Greece’s VAT numbers with EL and Switzerland’s with CHE', () => {
    expect(abroadProblem('GR', 'EL094259216')).toBeNull();
    expect(abroadProblem('GR', '094259216')).toBeNull();
    expect(abroadProblem('CH', 'CHE-116.281.710 MWST')).toBeNull();
  });

  it('takes a company number where no VAT number is checked', () => {
    expect(abroadProblem('US', '12-3456789')).toBeNull();
    expect(abroadProblem('CA', '123456789 RC0001')).toBeNull();
    expect(abroadProblem('US', 'x')).toBe('companyNumber');
    expect(abroadProblem('US', '--')).toBe('companyNumber');
    expect(abroadProblem('US', 'A'.repeat(31))).toBe('companyNumber');
  });

  it('needs a country code, and not France’s (France is domiciled by its SIRET)', () => {
    expect(abroadProblem('FR', 'FR40303265045')).toBe('country');
    expect(abroadProblem('de', 'DE136695976')).toBe('country');
    expect(abroadProblem('', '123')).toBe('country');
  });
});
