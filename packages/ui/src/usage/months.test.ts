import { describe, expect, it } from 'vitest';
import {
  addMonths,
  defaultRange,
  formatMonthShort,
  monthsOf,
  pickerMonths,
  readMonthRange,
  statementHref,
  usageCsvHref,
} from './months.ts';

const now = new Date('2026-02-10T12:00:00Z');

describe('usage months', () => {
  it('counts across years', () => {
    expect(addMonths('2026-02', -5)).toBe('2025-09');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(monthsOf({ from: '2025-11', to: '2026-02' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsOf({ from: '2026-02', to: '2026-01' })).toEqual([]);
  });

  it('defaults to the last six months, this one included', () => {
    expect(defaultRange(now)).toEqual({ from: '2025-09', to: '2026-02' });
  });

  it('offers two years of months, newest first', () => {
    const months = pickerMonths(now);
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2026-02');
    expect(months.at(-1)).toBe('2024-03');
  });

  it('reads the range from the address, the default for anything else', () => {
    const read = (search: string) => readMonthRange(Object.fromEntries(new URLSearchParams(search)), now);
    expect(read('from=2025-01&to=2025-03')).toEqual({ from: '2025-01', to: '2025-03' });
    expect(read('from=2025-03&to=2025-01')).toEqual(defaultRange(now));
    expect(read('from=2025-13&to=2026-01')).toEqual(defaultRange(now));
    expect(read('')).toEqual(defaultRange(now));
  });

  it('names months in the language, and links the downloads', () => {
    expect(formatMonthShort('2026-02', 'en')).toBe('Feb 2026');
    expect(formatMonthShort('2026-02', 'fr')).toBe('févr. 2026');
    expect(usageCsvHref('spend', { from: '2025-09', to: '2026-02' }, 'fr')).toBe(
      '/usage/spend.csv?from=2025-09&to=2026-02&language=fr',
    );
    expect(statementHref('revenue', '2026-01', 'en')).toBe(
      '/usage/revenue-statement.pdf?month=2026-01&language=en',
    );
  });
});
