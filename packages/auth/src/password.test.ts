import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('passwords', () => {
  it('are hashed with argon2id and verified', async () => {
    const stored = await hashPassword('Correct-Horse-9');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'Correct-Horse-9')).toBe(true);
    expect(await verifyPassword(stored, 'correct-horse-9')).toBe(false);
  });

  it('refuse a password outside the policy before hashing', async () => {
    await expect(hashPassword('short')).rejects.toThrow(/length, upper, digit, special/);
  });

  it('treat a malformed stored hash as a mismatch', async () => {
    expect(await verifyPassword('not-a-hash', 'Correct-Horse-9')).toBe(false);
  });
});
