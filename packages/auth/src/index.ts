export { decoyPasswordHash, hashPassword, verifyPassword } from './password.ts';
export { decryptSecret, encryptSecret } from './secrets.ts';
export {
  checkSession,
  clearedSessionCookie,
  type NewSession,
  newSession,
  SESSION_COOKIE,
  SESSION_IDLE_MS,
  type SessionCheck,
  sessionCookie,
  sessionIdFromToken,
} from './session.ts';
export { generateToken, hashToken, sameTokenHash } from './tokens.ts';
export {
  generateTotpKey,
  totpCode,
  totpKeyForManualEntry,
  totpKeyFromManualEntry,
  totpKeyUri,
  totpStep,
  verifyTotp,
} from './totp.ts';
