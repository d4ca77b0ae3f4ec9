import { decoyPasswordHash, decryptSecret, verifyPassword, verifyTotp } from '@marketplace/auth';
import { type EntityManager, MarketplaceAccount } from '@marketplace/db';
import { type Text, unauthorized } from '@marketplace/domain';
import type { CookieJar } from './sessions.ts';
import { startSession } from './sessions.ts';
import { clearAttempts, refundAttempt, reserveAttempt } from './throttle.ts';
import { WRONG_CODE } from './totp.ts';

const WRONG_CREDENTIALS: Text = {
  en: 'E-mail or password is incorrect.',
  fr: 'E-mail ou mot de passe incorrect.',
};

export type LoginInput = { email: string; password: string; totp?: string | undefined };
export type LoginResult = { status: 'ok' | 'totp_required' };

/**
 * Every attempt is counted, per address and per e-mail, before the password is checked; a wrong
 * password or code leaves it counted, a success gives it back. The e-mail is counted whether or not it
 * has an account, so that the lockout, like the rest, answers the same for both.
 */
export async function login(
  em: EntityManager,
  input: LoginInput,
  request: { ipAddress: string | null; userAgent: string | null; cookies: CookieJar },
  secretKey: Buffer,
  now: Date,
): Promise<LoginResult> {
  const ip = request.ipAddress ?? 'unknown';
  const email = input.email.trim().toLowerCase();
  await reserveAttempt(em, 'ip', ip, now);
  try {
    await reserveAttempt(em, 'email', email, now);
  } catch (locked) {
    // No password was tried: the address is not charged for a locked e-mail.
    await refundAttempt(em, 'ip', ip);
    throw locked;
  }

  const account = await em.findOne(
    MarketplaceAccount,
    { email },
    { populate: ['passwordHash', 'totpSecretEncrypted'] },
  );
  // Same work as a real check for an unknown e-mail, so timing does not tell which have an account.
  const passwordHash = account?.passwordHash ?? (await decoyPasswordHash());
  const passwordOk = await verifyPassword(passwordHash, input.password);
  if (!account?.passwordHash || !passwordOk) throw unauthorized(WRONG_CREDENTIALS);

  if (account.totpSecretEncrypted) {
    if (!input.totp) {
      // The right password, waiting for its code: not a failure, and the code's attempt will count.
      await refundAttempt(em, 'email', email);
      await refundAttempt(em, 'ip', ip);
      return { status: 'totp_required' };
    }
    const key = decryptSecret(secretKey, account.totpSecretEncrypted);
    const step = verifyTotp(key, input.totp.replace(/\s/g, ''), now, account.totpLastStep ?? null);
    if (step === null) throw unauthorized(WRONG_CODE);
    account.totpLastStep = step;
  }

  await clearAttempts(em, 'email', email);
  await refundAttempt(em, 'ip', ip);
  await startSession(em, account, request, request.cookies, now);
  return { status: 'ok' };
}
