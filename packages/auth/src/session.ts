import { generateToken, hashToken } from './tokens.ts';

/** A session ends after 24 hours without activity (SPEC §3). */
export const SESSION_IDLE_MS = 24 * 60 * 60 * 1000;
/** Extend at most every 5 minutes: one write per active person per 5 minutes, expiry exact to 5 minutes. */
const EXTEND_AFTER_MS = 5 * 60 * 1000;

export const SESSION_COOKIE = 'mp_session';

export type NewSession = { token: string; id: string; expiresAt: Date };

/** The token goes to the cookie; the id (its SHA-256) and the expiry go to the database. */
export function newSession(now: Date): NewSession {
  const token = generateToken();
  return { token, id: hashToken(token), expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) };
}

export const sessionIdFromToken = hashToken;

export type SessionCheck = { state: 'expired' } | { state: 'valid'; extendTo: Date | null };

/** Whether a stored session is still valid at `now`, and the new expiry when it should slide. */
export function checkSession(expiresAt: Date, now: Date): SessionCheck {
  if (now.getTime() >= expiresAt.getTime()) return { state: 'expired' };
  const sinceLastExtension = now.getTime() - (expiresAt.getTime() - SESSION_IDLE_MS);
  return {
    state: 'valid',
    extendTo: sinceLastExtension >= EXTEND_AFTER_MS ? new Date(now.getTime() + SESSION_IDLE_MS) : null,
  };
}

/** The Set-Cookie value: HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it). */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Expires=${expiresAt.toUTCString()}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [
    `${SESSION_COOKIE}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
