import { describe, expect, it } from 'vitest';
import {
  generateTotpKey,
  totpCode,
  totpKeyForManualEntry,
  totpKeyUri,
  totpStep,
  verifyTotp,
} from './totp.ts';

const now = new Date('2026-11-25T10:00:00Z');

describe('TOTP', () => {
  it('accepts the current code and the neighbouring steps for clock drift', () => {
    const key = generateTotpKey();
    expect(verifyTotp(key, totpCode(key, now), now, null)).toBe(totpStep(now));
    const previous = new Date(now.getTime() - 30_000);
    expect(verifyTotp(key, totpCode(key, previous), now, null)).toBe(totpStep(previous));
    const tooOld = new Date(now.getTime() - 90_000);
    expect(verifyTotp(key, totpCode(key, tooOld), now, null)).toBeNull();
  });

  it('refuses a code already used in its window', () => {
    const key = generateTotpKey();
    const code = totpCode(key, now);
    const step = verifyTotp(key, code, now, null);
    expect(step).not.toBeNull();
    expect(verifyTotp(key, code, new Date(now.getTime() + 10_000), step)).toBeNull();
  });

  it("refuses malformed codes and another key's codes", () => {
    const key = generateTotpKey();
    expect(verifyTotp(key, '12345', now, null)).toBeNull();
    expect(verifyTotp(key, 'abcdef', now, null)).toBeNull();
    expect(verifyTotp(key, totpCode(generateTotpKey(), now), now, null)).toBeNull();
  });

  it('gives an otpauth URI for the QR code and a grouped secret for manual entry', () => {
    const key = new Uint8Array(20);
    expect(totpKeyUri('OUTSCALE Marketplace', 'admin@seller.example', key)).toMatch(
      /^otpauth:\/\/totp\/OUTSCALE%20Marketplace:admin%40seller\.example\?/,
    );
    expect(totpKeyForManualEntry(key)).toBe('AAAA AAAA AAAA AAAA AAAA AAAA AAAA AAAA');
  });
});
