import { describe, expect, it } from 'vitest';
import { checkSession, newSession, SESSION_IDLE_MS, sessionCookie, sessionIdFromToken } from './session.ts';

const t0 = new Date('2026-11-25T10:00:00Z');
const plus = (ms: number) => new Date(t0.getTime() + ms);

describe('sessions', () => {
  it('store only the SHA-256 of the cookie token', () => {
    const session = newSession(t0);
    expect(session.token).toMatch(/^[a-z2-7]{32}$/);
    expect(session.id).toBe(sessionIdFromToken(session.token));
    expect(session.id).not.toContain(session.token);
    expect(session.expiresAt).toEqual(plus(SESSION_IDLE_MS));
  });

  it('expire after 24 hours without activity', () => {
    const { expiresAt } = newSession(t0);
    expect(checkSession(expiresAt, plus(SESSION_IDLE_MS - 1)).state).toBe('valid');
    expect(checkSession(expiresAt, plus(SESSION_IDLE_MS))).toEqual({ state: 'expired' });
  });

  it('slide on use, at most once every five minutes', () => {
    const { expiresAt } = newSession(t0);
    expect(checkSession(expiresAt, plus(60_000))).toEqual({ state: 'valid', extendTo: null });
    const later = plus(6 * 60_000);
    expect(checkSession(expiresAt, later)).toEqual({
      state: 'valid',
      extendTo: new Date(later.getTime() + SESSION_IDLE_MS),
    });
  });

  it('set an HttpOnly, SameSite=Lax cookie, Secure behind TLS', () => {
    const cookie = sessionCookie('tok', plus(SESSION_IDLE_MS), true);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Secure');
    expect(sessionCookie('tok', t0, false)).not.toContain('Secure');
  });
});
