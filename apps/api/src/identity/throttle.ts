import { createHash } from 'node:crypto';
import {
  clearSignInFailures,
  type EntityManager,
  findSignInThrottle,
  refundSignInAttempt,
  reserveSignInAttempt,
} from '@marketplace/db';
import {
  FAILURE_MEMORY_MS,
  type LockoutScope,
  lockoutScheduleMs,
  signInAllowedFrom,
  type Text,
  tooManyRequests,
} from '@marketplace/domain';

/**
 * What is counted: sign-ins per e-mail (whether or not it has an account, so that the answers do not
 * tell), sign-ins per address, two-factor codes and current passwords (changing it) per account.
 */
type Scope = 'email' | 'ip' | 'totp' | 'password';

const RULE: Record<Scope, LockoutScope> = {
  email: 'account',
  ip: 'ip',
  totp: 'account',
  password: 'account',
};
const SCHEDULES: Record<LockoutScope, number[]> = {
  account: lockoutScheduleMs('account'),
  ip: lockoutScheduleMs('ip'),
};

// An e-mail may be 320 characters, more than a key holds: keys are the scope and a digest of the id.
const keyOf = (scope: Scope, id: string) =>
  `${scope}:${id.length <= 64 ? id : createHash('sha256').update(id).digest('hex')}`;

/**
 * Counts the attempt before its secret is checked, or refuses it while the key is locked, saying for
 * how long. Atomic: concurrent attempts get no more guesses than sequential ones.
 */
export async function reserveAttempt(em: EntityManager, scope: Scope, id: string, now: Date): Promise<void> {
  const key = keyOf(scope, id);
  const forgetBefore = new Date(now.getTime() - FAILURE_MEMORY_MS);
  if (await reserveSignInAttempt(em, key, now, forgetBefore, SCHEDULES[RULE[scope]])) return;
  // Refused: read the lock only to say how long it lasts.
  const row = await findSignInThrottle(em, key);
  const allowedFrom = row && signInAllowedFrom(row.failures, row.lastFailureAt, RULE[scope]);
  const minutes = allowedFrom ? Math.max(1, Math.ceil((allowedFrom.getTime() - now.getTime()) / 60_000)) : 1;
  throw tooManyRequests(lockedMessage(scope, minutes));
}

/** Gives back a reserved attempt that was not a failure. */
export function refundAttempt(em: EntityManager, scope: Scope, id: string): Promise<void> {
  return refundSignInAttempt(em, keyOf(scope, id));
}

/** After a success, the failures before it are forgotten. */
export function clearAttempts(em: EntityManager, scope: Scope, id: string): Promise<void> {
  return clearSignInFailures(em, keyOf(scope, id));
}

function lockedMessage(scope: Scope, minutes: number): Text {
  const en = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const fr = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  switch (scope) {
    case 'email':
      return {
        en: `Too many failed sign-ins with this e-mail address. Try again in ${en}, or reset your password.`,
        fr: `Trop d'échecs de connexion avec cette adresse e-mail. Réessayez dans ${fr}, ou réinitialisez votre mot de passe.`,
      };
    case 'ip':
      return {
        en: `Too many failed sign-ins from your network. Try again in ${en}.`,
        fr: `Trop d'échecs de connexion depuis votre réseau. Réessayez dans ${fr}.`,
      };
    case 'password':
      return {
        en: `Too many wrong current passwords. Try again in ${en}.`,
        fr: `Trop de mots de passe actuels erronés. Réessayez dans ${fr}.`,
      };
    case 'totp':
      return {
        en: `Too many wrong two-factor codes. Try again in ${en}.`,
        fr: `Trop de codes de double authentification erronés. Réessayez dans ${fr}.`,
      };
  }
}
