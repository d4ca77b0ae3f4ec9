// Sessions after Lucia's guide: the cookie holds a random token, the database its SHA-256.
import {
  checkSession,
  clearedSessionCookie,
  newSession,
  SESSION_COOKIE,
  sessionCookie,
  sessionIdFromToken,
} from '@marketplace/auth';
import { type EntityManager, type MarketplaceAccount, type Organization, Session } from '@marketplace/db';

export type Authenticated = {
  sessionId: string;
  account: MarketplaceAccount;
  organization: Organization | null;
};

export type CookieJar = {
  read(name: string): string | undefined;
  write(setCookie: string): void;
  secure: boolean;
};

export async function startSession(
  em: EntityManager,
  account: MarketplaceAccount,
  meta: { ipAddress: string | null; userAgent: string | null },
  cookies: CookieJar,
  now: Date,
): Promise<void> {
  const created = newSession(now);
  em.create(Session, {
    id: created.id,
    account,
    expiresAt: created.expiresAt,
    // Sessions are only created once every factor the account has was checked.
    secondFactorVerified: Boolean(account.totpSecretEncrypted),
    ipAddress: meta.ipAddress,
    userAgent: meta.userAgent?.slice(0, 500) ?? null,
  });
  await em.flush();
  cookies.write(sessionCookie(created.token, created.expiresAt, cookies.secure));
}

/** The signed-in account, or null; slides the expiry, and forgets an expired session. */
export async function resolveSession(
  em: EntityManager,
  cookies: CookieJar,
  now: Date,
): Promise<Authenticated | null> {
  const token = cookies.read(SESSION_COOKIE);
  if (!token || !/^[a-z2-7]{32}$/.test(token)) return null;
  const session = await em.findOne(
    Session,
    { id: sessionIdFromToken(token) },
    { populate: ['account.organization'] },
  );
  if (!session) {
    cookies.write(clearedSessionCookie(cookies.secure));
    return null;
  }
  const check = checkSession(session.expiresAt, now);
  if (check.state === 'expired') {
    await em.nativeDelete(Session, { id: session.id });
    cookies.write(clearedSessionCookie(cookies.secure));
    return null;
  }
  if (check.extendTo) {
    await em.nativeUpdate(Session, { id: session.id }, { expiresAt: check.extendTo });
    cookies.write(sessionCookie(token, check.extendTo, cookies.secure));
  }
  const account = session.account;
  return { sessionId: session.id, account, organization: account.organization ?? null };
}

export async function endSession(em: EntityManager, sessionId: string, cookies: CookieJar): Promise<void> {
  await em.nativeDelete(Session, { id: sessionId });
  cookies.write(clearedSessionCookie(cookies.secure));
}

/** After a password change or reset: every other device must sign in again. */
export async function endOtherSessions(em: EntityManager, account: MarketplaceAccount, keep: string | null) {
  await em.nativeDelete(Session, keep ? { account, id: { $ne: keep } } : { account });
}

export function cookieJar(
  header: string | undefined,
  write: (value: string) => void,
  secure: boolean,
): CookieJar {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies.set(part.slice(0, index).trim(), decoded(part.slice(index + 1).trim()));
  }
  return { read: (name) => cookies.get(name), write, secure };
}

/** A cookie value badly encoded by the client is kept as sent: it is no session token anyway. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
