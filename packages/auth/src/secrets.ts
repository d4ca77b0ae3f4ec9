import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Access keys' secrets and TOTP keys are stored encrypted (AES-256-GCM), never in clear. The version
// prefix lets a later key rotation tell old ciphertexts apart.
const VERSION = 'v1';

export function encryptSecret(key: Buffer, plaintext: string | Uint8Array): string {
  if (key.length !== 32) throw new RangeError('The secret key must be 32 bytes.');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function decryptSecret(key: Buffer, stored: string): Buffer {
  const [version, payload] = stored.split(':');
  if (version !== VERSION || !payload) throw new Error('Unknown secret format.');
  const raw = Buffer.from(payload, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}
