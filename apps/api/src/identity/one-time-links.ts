import { generateToken, hashToken } from '@marketplace/auth';
import {
  type EntityManager,
  type MarketplaceAccount,
  OneTimeToken,
  type OneTimeTokenPurpose,
} from '@marketplace/db';
import { badRequest, type Text } from '@marketplace/domain';

/** Set-password links live 24 hours, reset links 5 minutes (SPEC §2). */
export const LINK_LIFETIME_MS: Record<OneTimeTokenPurpose, number> = {
  set_password: 24 * 60 * 60_000,
  reset_password: 5 * 60_000,
};

const LINK_PATH: Record<OneTimeTokenPurpose, string> = {
  set_password: 'set-password',
  reset_password: 'reset-password',
};

const INVALID_LINK: Text = {
  en: 'This link has expired or was already used. Ask for a new one.',
  fr: 'Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.',
};

/** Creates a link for the account; the token is in the URL only, its hash in the database. */
export function issueLink(
  em: EntityManager,
  account: MarketplaceAccount,
  purpose: OneTimeTokenPurpose,
  portalUrl: string,
  now: Date,
): string {
  const token = generateToken();
  em.create(OneTimeToken, {
    tokenHash: hashToken(token),
    purpose,
    account,
    expiresAt: new Date(now.getTime() + LINK_LIFETIME_MS[purpose]),
    createdAt: now,
  });
  return `${portalUrl}/${LINK_PATH[purpose]}?token=${token}`;
}

/** Uses the link once: marks it used and returns its account, or refuses an unknown, used or expired link. */
export async function consumeLink(
  em: EntityManager,
  token: string,
  purposes: OneTimeTokenPurpose[],
  now: Date,
): Promise<MarketplaceAccount> {
  const link = await em.findOne(
    OneTimeToken,
    { tokenHash: hashToken(token), purpose: { $in: purposes } },
    { populate: ['account'] },
  );
  if (!link || link.usedAt || link.expiresAt <= now) throw badRequest(INVALID_LINK);
  // Conditional update: of two concurrent uses of one link, only one wins.
  const updated = await em.nativeUpdate(OneTimeToken, { id: link.id, usedAt: null }, { usedAt: now });
  if (updated !== 1) throw badRequest(INVALID_LINK);
  return link.account;
}
