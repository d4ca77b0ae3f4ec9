import {
  clearSignInFailures,
  type EntityManager,
  findSignInThrottle,
  recordSignInFailure,
} from '@marketplace/db';
import { FAILURE_MEMORY_MS, signInAllowedFrom, type Text, tooManyRequests } from '@marketplace/domain';

type Scope = 'account' | 'ip';

const keyOf = (scope: Scope, id: string) => `${scope}:${id}`;

/** Refuses the attempt while the account or the address is locked, saying for how long. */
export async function assertNotLocked(em: EntityManager, scope: Scope, id: string, now: Date): Promise<void> {
  const row = await findSignInThrottle(em, keyOf(scope, id));
  if (!row || now.getTime() - row.lastFailureAt.getTime() > FAILURE_MEMORY_MS) return;
  const allowedFrom = signInAllowedFrom(row.failures, row.lastFailureAt, scope);
  if (allowedFrom && allowedFrom > now) {
    const minutes = Math.ceil((allowedFrom.getTime() - now.getTime()) / 60_000);
    throw tooManyRequests(lockedMessage(scope, minutes));
  }
}

export function recordFailure(em: EntityManager, scope: Scope, id: string, now: Date): Promise<void> {
  return recordSignInFailure(em, keyOf(scope, id), now, new Date(now.getTime() - FAILURE_MEMORY_MS));
}

export function clearFailures(em: EntityManager, scope: Scope, id: string): Promise<void> {
  return clearSignInFailures(em, keyOf(scope, id));
}

function lockedMessage(scope: Scope, minutes: number): Text {
  const en = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const fr = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  return scope === 'account'
    ? {
        en: `Too many failed sign-ins for this account. Try again in ${en}, or reset your password.`,
        fr: `Trop d'échecs de connexion pour ce compte. Réessayez dans ${fr}, ou réinitialisez votre mot de passe.`,
      }
    : {
        en: `Too many failed sign-ins from your network. Try again in ${en}.`,
        fr: `Trop d'échecs de connexion depuis votre réseau. Réessayez dans ${fr}.`,
      };
}
