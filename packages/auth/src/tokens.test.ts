import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, sameTokenHash } from './tokens.ts';

describe('one-time tokens', () => {
  it('are random and stored as their SHA-256', () => {
    const a = generateToken();
    expect(a).not.toBe(generateToken());
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sameTokenHash(hashToken(a), hashToken(a))).toBe(true);
    expect(sameTokenHash(hashToken(a), hashToken('other'))).toBe(false);
  });
});
