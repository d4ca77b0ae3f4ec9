import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret } from './secrets.ts';

describe('secrets at rest', () => {
  const key = randomBytes(32);

  it('round-trip without the clear text appearing in what is stored', () => {
    const stored = encryptSecret(key, 'SKSELLER0000000000000000000000000000001');
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain('SKSELLER');
    expect(decryptSecret(key, stored).toString()).toBe('SKSELLER0000000000000000000000000000001');
  });

  it('differ each time, and fail with another key or when tampered with', () => {
    const a = encryptSecret(key, 'same');
    expect(encryptSecret(key, 'same')).not.toBe(a);
    expect(() => decryptSecret(randomBytes(32), a)).toThrow();
    const raw = Buffer.from(a.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    const tampered = `v1:${raw.toString('base64')}`;
    expect(() => decryptSecret(key, tampered)).toThrow();
  });
});
