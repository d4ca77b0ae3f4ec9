import { decoyPasswordHash, decryptSecret, verifyPassword, verifyTotp } from '@marketplace/auth';
import { type EntityManager, MarketplaceAccount } from '@marketplace/db';
import { type Text, unauthorized } from '@marketplace/domain';
import type { CookieJar } from './sessions.ts';
import { startSession } from './sessions.ts';
import { assertNotLocked, clearFailures, recordFailure } from './throttle.ts';
import { WRONG_CODE } from './totp.ts';

const WRONG_CREDENTIALS: Text = {
  en: 'E-mail or password is incorrect.',
  fr: 'E-mail ou mot de passe incorrect.',
};

export type LoginInput = { email: string; password: string; totp?: string | undefined };
export type LoginResult = { status: 'ok' | 'totp_required' };

export async function login(
  em: EntityManager,
  input: LoginInput,
  request: { ipAddress: string | null; userAgent: string | null; cookies: CookieJar },
  secretKey: Buffer,
  now: Date,
): Promise<LoginResult> {
  const ip = request.ipAddress ?? 'unknown';
  await assertNotLocked(em, 'ip', ip, now);

  const account = await em.findOne(
    MarketplaceAccount,
    { email: input.email.trim().toLowerCase() },
    { populate: ['passwordHash', 'totpSecretEncrypted'] },
  );
  if (!account?.passwordHash) {
    // Same work as a real check, so timing does not tell which e-mails have an account.
    await verifyPassword(await decoyPasswordHash(), input.password);
    await recordFailure(em, 'ip', ip, now);
    throw unauthorized(WRONG_CREDENTIALS);
  }
  await assertNotLocked(em, 'account', account.id, now);

  if (!(await verifyPassword(account.passwordHash, input.password))) {
    await recordFailure(em, 'account', account.id, now);
    await recordFailure(em, 'ip', ip, now);
    throw unauthorized(WRONG_CREDENTIALS);
  }

  if (account.totpSecretEncrypted) {
    if (!input.totp) return { status: 'totp_required' };
    const key = decryptSecret(secretKey, account.totpSecretEncrypted);
    const step = verifyTotp(key, input.totp.replace(/\s/g, ''), now, account.totpLastStep ?? null);
    if (step === null) {
      await recordFailure(em, 'account', account.id, now);
      await recordFailure(em, 'ip', ip, now);
      throw unauthorized(WRONG_CODE);
    }
    account.totpLastStep = step;
  }

  await clearFailures(em, 'account', account.id);
  await startSession(em, account, request, request.cookies, now);
  return { status: 'ok' };
}
