import { decodeBase32IgnorePadding, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side absorbs clock drift between the server and the phone. */
const DRIFT_STEPS = 1;

export function generateTotpKey(): Uint8Array {
  const key = new Uint8Array(20);
  crypto.getRandomValues(key);
  return key;
}

export function totpKeyUri(issuer: string, accountName: string, key: Uint8Array): string {
  return createTOTPKeyURI(issuer, accountName, key, PERIOD_SECONDS, DIGITS);
}

/** The secret as people type it when they cannot scan ("Unable to scan?"). */
export function totpKeyForManualEntry(key: Uint8Array): string {
  return encodeBase32UpperCaseNoPadding(key)
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

/** The key back from its manual-entry form (what an authenticator app does when one types it). */
export function totpKeyFromManualEntry(secret: string): Uint8Array {
  return decodeBase32IgnorePadding(secret.replace(/\s/g, ''));
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS);
}

/** The code an authenticator shows at `now` (tests and the simulator of a phone use it). */
export function totpCode(key: Uint8Array, now: Date): string {
  return generateHOTP(key, BigInt(totpStep(now)), DIGITS);
}

/**
 * The time step the code belongs to, or null. A step at or before `lastUsedStep` is refused so that
 * a code seen over a shoulder cannot be replayed in its window.
 */
export function verifyTotp(
  key: Uint8Array,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const current = totpStep(now);
  for (let step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    if (generateHOTP(key, BigInt(step), DIGITS) === code) return step;
  }
  return null;
}
