import { describe, expect, it } from 'vitest';
import { centsToInput, formatMoney, parseEuros } from './money-input.ts';

describe('parseEuros', () => {
  it('reads euros with up to two decimals as integer cents', () => {
    expect(parseEuros('12')).toBe(1200);
    expect(parseEuros('12.5')).toBe(1250);
    expect(parseEuros('12,05')).toBe(1205);
    expect(parseEuros(' 0.07 ')).toBe(7);
    expect(parseEuros('1 234,50')).toBe(123450);
    expect(parseEuros('0')).toBe(0);
  });

  it('is exact where floating point is not', () => {
    expect(parseEuros('0.29')).toBe(29);
    expect(parseEuros('1.15')).toBe(115);
    expect(parseEuros('4.35')).toBe(435);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', '-1', '1.234', '12.', '.5', 'abc', '1e3', '12 €', '1,2,3']) {
      expect(parseEuros(text), text).toBeNull();
    }
  });
});

describe('centsToInput', () => {
  it('gives back what parseEuros reads', () => {
    expect(centsToInput(1250)).toBe('12.50');
    expect(centsToInput(7)).toBe('0.07');
    expect(parseEuros(centsToInput(123456))).toBe(123456);
  });
});

describe('formatMoney', () => {
  it('shows the amount in the language of the page', () => {
    expect(formatMoney({ amount: 1250, currency: 'EUR' }, 'en')).toBe('€12.50');
    expect(formatMoney({ amount: 1250, currency: 'EUR' }, 'fr')).toMatch(/^12,50\s€$/);
  });
});
