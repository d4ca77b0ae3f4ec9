import { describe, expect, it } from 'vitest';
import { isPasswordAcceptable, unmetPasswordRules } from './password-policy.ts';

describe('password policy', () => {
  it('accepts a password meeting every rule', () => {
    expect(isPasswordAcceptable('Correct-Horse-9')).toBe(true);
    expect(unmetPasswordRules('Élan-vital-2026')).toEqual([]);
  });

  it('names each rule a password misses', () => {
    expect(unmetPasswordRules('short')).toEqual(['length', 'upper', 'digit', 'special']);
    expect(unmetPasswordRules('ALLUPPERCASE123!')).toEqual(['lower']);
    expect(unmetPasswordRules('nouppercase123!')).toEqual(['upper']);
    expect(unmetPasswordRules('NoDigitsHere!!')).toEqual(['digit']);
    expect(unmetPasswordRules('NoSpecial12345')).toEqual(['special']);
  });

  it('counts characters, not UTF-16 units, and does not take a space for a special character', () => {
    expect(unmetPasswordRules('Aa1 Aa1 Aa1 ')).toEqual(['special']);
    expect(unmetPasswordRules('Aa1!😀😀😀😀😀')).toEqual(['length']);
  });
});
