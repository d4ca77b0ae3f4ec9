import { describe, expect, it } from 'vitest';
import { addMoney, money, multiplyMoney } from './money.ts';

describe('money', () => {
  it('keeps amounts as integer cents', () => {
    expect(addMoney(money(10), money(20))).toEqual({ amount: 30, currency: 'EUR' });
    expect(multiplyMoney(money(125), 730)).toEqual({ amount: 91250, currency: 'EUR' });
  });

  it('refuses fractional cents', () => {
    expect(() => money(0.1)).toThrow(RangeError);
    expect(() => multiplyMoney(money(1), 1.5)).toThrow(RangeError);
  });
});
