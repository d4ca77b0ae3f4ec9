// Licence keys at rest and as buyers read them. A text key is encrypted like the access keys; a key
// file's content too (its stored bytes are the ciphertext). Buyers read the current key (the highest
// version) of a subscription that grants access, and nothing before: SPEC §7d.
import { decryptSecret, encryptSecret } from '@marketplace/auth';
import {
  currentLicenceKeys,
  type EntityManager,
  LicenceKey,
  type StoredFile,
  type Subscription,
} from '@marketplace/db';
import { grantsAccess, storedFilePath } from '@marketplace/domain';

export const sealText = (secretKey: Buffer, text: string) => encryptSecret(secretKey, text);
export const openText = (secretKey: Buffer, sealed: string) =>
  decryptSecret(secretKey, sealed).toString('utf8');

/** A key file's bytes as stored: the ciphertext, in the text form `encryptSecret` gives. */
export const sealFile = (secretKey: Buffer, content: Buffer) =>
  Buffer.from(encryptSecret(secretKey, content), 'utf8');
export const openFile = (secretKey: Buffer, stored: Buffer) =>
  decryptSecret(secretKey, stored.toString('utf8'));

export type LicenceKeyView =
  | { kind: 'text'; text: string; version: number; allocatedAt: string }
  | { kind: 'file'; url: string; fileName: string; size: number; version: number; allocatedAt: string };

/** A key version as the buyer reads it (its text decrypted), or as the seller lists it (no text). */
export function keyView(secretKey: Buffer, key: LicenceKey): LicenceKeyView | null {
  const common = { version: key.version, allocatedAt: key.allocatedAt.toISOString() };
  if (key.kind === 'text' && key.textEncrypted) {
    return { kind: 'text', text: openText(secretKey, key.textEncrypted), ...common };
  }
  if (key.kind === 'file' && key.file) return { kind: 'file', ...fileFacts(key.file), ...common };
  return null;
}

export const fileFacts = (file: StoredFile) => ({
  url: storedFilePath(file.id),
  fileName: file.fileName,
  size: file.size,
});

/**
 * The key buyers read, for each of these subscriptions (of one organization, its own) that grants
 * access and has one: a fixed number of statements whatever their number.
 */
export async function buyerKeys(
  em: EntityManager,
  secretKey: Buffer,
  subscriptions: Subscription[],
): Promise<Map<string, LicenceKeyView>> {
  const usable = subscriptions.filter((s) => grantsAccess(s.state) && s.keyAllocatedAt);
  const keys = await currentLicenceKeys(
    em,
    usable.map((s) => s.id),
  );
  const views = new Map<string, LicenceKeyView>();
  for (const key of keys) {
    const view = keyView(secretKey, key);
    if (view) views.set(key.subscription.id, view);
  }
  return views;
}

/**
 * Whether an organization may download a licence key file: the seller that uploaded it, or the
 * buyer of a subscription granting access whose current key it is. Anyone else is told it does not
 * exist.
 */
export async function mayReadKeyFile(
  em: EntityManager,
  file: StoredFile,
  organizationId: string | null,
): Promise<boolean> {
  if (organizationId === null) return false;
  if (file.organization.id === organizationId) return true;
  const holders = await em.find(
    LicenceKey,
    { file, subscription: { organization: organizationId, state: { $in: ['active', 'ending'] } } },
    { fields: ['subscription'] },
  );
  if (holders.length === 0) return false;
  const current = await currentLicenceKeys(
    em,
    holders.map((k) => k.subscription.id),
  );
  return current.some((key) => key.file?.id === file.id);
}
