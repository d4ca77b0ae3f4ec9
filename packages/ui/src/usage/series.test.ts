import { describe, expect, it } from 'vitest';
import { monthValues, sum, topKeys } from './series.ts';

const rows = [
  { month: '2026-10', product: 'a', software: 100, vm: 50 },
  { month: '2026-10', product: 'b', software: 10, vm: 5 },
  { month: '2026-12', product: 'a', software: 300, vm: 0 },
  { month: '2025-01', product: 'c', software: 999, vm: 999 },
];

describe('chart figures', () => {
  it('sums each month’s parts, every month of the range shown, rows outside it left out', () => {
    expect(
      monthValues(['2026-10', '2026-11', '2026-12'], rows, (r) => [
        ['software', r.software],
        ['vm', r.vm],
      ]),
    ).toEqual([
      { month: '2026-10', values: { software: 110, vm: 55 } },
      { month: '2026-11', values: {} },
      { month: '2026-12', values: { software: 300, vm: 0 } },
    ]);
  });

  it('keeps the keys earning most and groups the others', () => {
    const key = (r: (typeof rows)[number]) => r.product;
    const cents = (r: (typeof rows)[number]) => r.software;
    expect(topKeys(rows, key, cents, 3)).toEqual({ keys: ['c', 'a', 'b'], others: false });
    expect(topKeys(rows, key, cents, 2)).toEqual({ keys: ['c'], others: true });
    expect(sum(rows, cents)).toBe(1409);
  });
});
