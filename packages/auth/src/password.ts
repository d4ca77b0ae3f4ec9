import { isPasswordAcceptable, unmetPasswordRules } from '@marketplace/domain';
import { hash, verify } from '@node-rs/argon2';

// OWASP's minimum for argon2id (19 MiB, 2 passes, 1 lane): slow for an attacker, ~20 ms for us.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export async function hashPassword(password: string): Promise<string> {
  if (!isPasswordAcceptable(password)) {
    throw new RangeError(`Password does not meet the policy: ${unmetPasswordRules(password).join(', ')}.`);
  }
  return hash(password, ARGON2ID);
}

/** Constant-time comparison is argon2's; a malformed stored hash counts as a mismatch. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Verifying against this when the e-mail is unknown keeps sign-in time the same whether or not the
 * account exists, so timing does not reveal who has an account.
 */
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hash('Decoy-password-1!', ARGON2ID);
  return decoy;
}
