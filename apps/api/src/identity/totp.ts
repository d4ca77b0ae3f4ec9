import {
  decryptSecret,
  encryptSecret,
  generateTotpKey,
  totpKeyForManualEntry,
  totpKeyUri,
  verifyTotp,
} from '@marketplace/auth';
import { type EntityManager, MarketplaceAccount } from '@marketplace/db';
import { badRequest, preconditionFailed, type Text } from '@marketplace/domain';
import QRCode from 'qrcode';
import { clearAttempts, reserveAttempt } from './throttle.ts';

const ISSUER = 'OUTSCALE Marketplace';
export const WRONG_CODE: Text = {
  en: 'This code is not valid. Enter the current code from your authenticator app.',
  fr: "Ce code n'est pas valide. Saisissez le code actuel de votre application d'authentification.",
};

const loadAccount = (em: EntityManager, id: string) =>
  em.findOneOrFail(
    MarketplaceAccount,
    { id },
    { populate: ['totpSecretEncrypted', 'totpPendingSecretEncrypted'] },
  );

// Every code check (enable, disable) is counted before the code is checked, per account, like sign-ins:
// a stolen session must not be able to guess its way to turning two-factor off.

/** A new secret to scan, kept pending until `enable` confirms it with a code. */
export async function setupTotp(em: EntityManager, accountId: string, secretKey: Buffer) {
  const account = await loadAccount(em, accountId);
  if (account.totpSecretEncrypted) {
    throw preconditionFailed({
      en: 'Two-factor authentication is already on. Turn it off first to register another device.',
      fr: "La double authentification est déjà activée. Désactivez-la d'abord pour enregistrer un autre appareil.",
    });
  }
  const key = generateTotpKey();
  account.totpPendingSecretEncrypted = encryptSecret(secretKey, key);
  await em.flush();
  const uri = totpKeyUri(ISSUER, account.email, key);
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { uri, qrSvg, secret: totpKeyForManualEntry(key) };
}

export async function enableTotp(
  em: EntityManager,
  accountId: string,
  code: string,
  secretKey: Buffer,
  now: Date,
) {
  const account = await loadAccount(em, accountId);
  if (!account.totpPendingSecretEncrypted) {
    throw preconditionFailed({
      en: 'Start the two-factor setup first, to get a QR code.',
      fr: "Commencez d'abord la configuration de la double authentification, pour obtenir un QR code.",
    });
  }
  await reserveAttempt(em, 'totp', account.id, now);
  const key = decryptSecret(secretKey, account.totpPendingSecretEncrypted);
  const step = verifyTotp(key, code.replace(/\s/g, ''), now, null);
  if (step === null) throw badRequest(WRONG_CODE, { code: WRONG_CODE });
  await clearAttempts(em, 'totp', account.id);
  account.totpSecretEncrypted = account.totpPendingSecretEncrypted;
  account.totpPendingSecretEncrypted = null;
  account.totpLastStep = step;
  await em.flush();
}

export async function disableTotp(
  em: EntityManager,
  accountId: string,
  code: string,
  secretKey: Buffer,
  now: Date,
) {
  const account = await loadAccount(em, accountId);
  if (!account.totpSecretEncrypted) {
    throw preconditionFailed({
      en: 'Two-factor authentication is not on.',
      fr: "La double authentification n'est pas activée.",
    });
  }
  await reserveAttempt(em, 'totp', account.id, now);
  const key = decryptSecret(secretKey, account.totpSecretEncrypted);
  const step = verifyTotp(key, code.replace(/\s/g, ''), now, account.totpLastStep ?? null);
  if (step === null) throw badRequest(WRONG_CODE, { code: WRONG_CODE });
  await clearAttempts(em, 'totp', account.id);
  account.totpSecretEncrypted = null;
  account.totpLastStep = step;
  await em.flush();
}
