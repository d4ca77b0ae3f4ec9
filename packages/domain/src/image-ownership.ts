// Whose OMI a version may publish: only one of the seller organization's own OUTSCALE accounts (its home
// account or a linked one, in the version's region), never a marketplace distribution account, and only
// once it is shared with the marketplace and available. Otherwise a seller could sell another seller's
// image, or the marketplace's copy of it, at its own price.
import type { Region, Text } from './vocabulary.ts';

/** An image as one account sees it: who owns it, and its state. */
export type SeenImage = { ownerId: string; state: string };

export type SourceImageFacts = {
  imageId: string;
  region: Region;
  /** The organization's OUTSCALE accounts in this region: its home account and its linked ones. */
  organizationAccountIds: readonly string[];
  /** Every marketplace distribution account (all regions): never a seller's. */
  distributionAccountIds: readonly string[];
  /** The distribution account of this region, the one the seller shares with. */
  distributionAccountId: string;
  /** The image as the first of the organization's accounts that sees it sees it, if any does. */
  asSeller: SeenImage | undefined;
  /** The image as the region's distribution account sees it, if it does. */
  asMarketplace: SeenImage | undefined;
  /** Organization accounts whose keys OUTSCALE refused: they could not be asked. */
  unreadableAccountIds?: readonly string[];
};

/**
 * Why a source is refused. The first four tell the seller the same neutral message (no word on whether
 * the image exists or whose it is); the operator sees the detail.
 */
export type SourceImageRefusal =
  | 'not_found'
  | 'other_owner'
  | 'marketplace_owner'
  | 'keys_refused'
  | 'not_shared'
  | 'not_available';

export type SourceImageVerdict =
  | { ok: true; ownerId: string }
  | { ok: false; reason: SourceImageRefusal; ownerId: string | null; message: Text };

/** The accounts whose images an organization may publish: its own, minus any distribution account. */
export function allowedImageOwners(
  organizationAccountIds: readonly string[],
  distributionAccountIds: readonly string[],
): string[] {
  return [...new Set(organizationAccountIds)].filter((id) => !distributionAccountIds.includes(id));
}

/** The one answer for an image that does not exist, is not the organization's, or is the marketplace's. */
export function notYourImage(imageId: string, region: Region): Text {
  return {
    en: `No OMI ${imageId} of your organization's OUTSCALE accounts in ${region}: give the ID of an OMI your account owns.`,
    fr: `Aucune OMI ${imageId} parmi les comptes OUTSCALE de votre organisation dans ${region} : indiquez l'ID d'une OMI dont votre compte est propriétaire.`,
  };
}

function noAccountIn(imageId: string, region: Region): Text {
  return {
    en: `${notYourImage(imageId, region).en} Your organization has no OUTSCALE account in ${region}: link the one that owns the OMI first.`,
    fr: `${notYourImage(imageId, region).fr} Votre organisation n'a aucun compte OUTSCALE dans ${region} : liez d'abord celui qui possède l'OMI.`,
  };
}

function keysRefused(imageId: string, region: Region, accountIds: readonly string[]): Text {
  const accounts = accountIds.join(', ');
  return {
    en: `${notYourImage(imageId, region).en} OUTSCALE refused the keys of your account ${accounts}: update them, then try again.`,
    fr: `${notYourImage(imageId, region).fr} OUTSCALE a refusé les clés de votre compte ${accounts} : mettez-les à jour, puis réessayez.`,
  };
}

export function judgeSourceImage(facts: SourceImageFacts): SourceImageVerdict {
  const { imageId, region, asSeller, asMarketplace } = facts;
  const allowed = allowedImageOwners(facts.organizationAccountIds, facts.distributionAccountIds);
  // Ownership is proved by the seller's own keys only: what the marketplace sees proves nothing.
  if (!asSeller || !allowed.includes(asSeller.ownerId)) {
    // Whose it is, for the operator: the seller's view, else the marketplace's (never told the seller).
    const ownerId = asSeller?.ownerId ?? asMarketplace?.ownerId ?? null;
    const unreadable = facts.unreadableAccountIds ?? [];
    let reason: SourceImageRefusal = 'not_found';
    if (ownerId && facts.distributionAccountIds.includes(ownerId)) reason = 'marketplace_owner';
    else if (ownerId && !allowed.includes(ownerId)) reason = 'other_owner';
    else if (unreadable.length > 0) reason = 'keys_refused';
    // Without any account of its own in the region, say so: it is about the organization, not the image.
    const message =
      reason === 'keys_refused'
        ? keysRefused(imageId, region, unreadable)
        : allowed.length === 0
          ? noAccountIn(imageId, region)
          : notYourImage(imageId, region);
    return { ok: false, reason, ownerId, message };
  }
  const ownerId = asSeller.ownerId;
  const to = facts.distributionAccountId;
  if (!asMarketplace) {
    return {
      ok: false,
      reason: 'not_shared',
      ownerId,
      message: {
        en: `The marketplace cannot see ${imageId} in ${region}: share it with account ${to} (the marketplace's distribution account there), then try again.`,
        fr: `La Marketplace ne voit pas ${imageId} dans ${region} : partagez-la avec le compte ${to} (le compte de distribution de la Marketplace), puis réessayez.`,
      },
    };
  }
  if (asMarketplace.state !== 'available') {
    return {
      ok: false,
      reason: 'not_available',
      ownerId,
      message: {
        en: `${imageId} is ${imageStateName(asMarketplace.state).en}: wait until it is available.`,
        fr: `${imageId} est ${imageStateName(asMarketplace.state).fr} : attendez qu'elle soit disponible.`,
      },
    };
  }
  return { ok: true, ownerId };
}

/** OUTSCALE's image states (`pending`, `failed`...) as the messages name them. */
const IMAGE_STATE_NAMES: Record<string, Text> = {
  pending: { en: 'pending', fr: 'en attente' },
  failed: { en: 'failed', fr: 'en échec' },
  deleting: { en: 'being deleted', fr: 'en cours de suppression' },
  deleted: { en: 'deleted', fr: 'supprimée' },
};
const imageStateName = (state: string): Text =>
  IMAGE_STATE_NAMES[state] ?? { en: 'not available', fr: 'indisponible' };

/**
 * Refusals that mean the image is not proved the organization's own: the audit of existing versions
 * reports them. Not shared or not available no longer matter once the marketplace made its copy.
 */
export function isOwnershipRefusal(reason: SourceImageRefusal): boolean {
  return reason !== 'not_shared' && reason !== 'not_available';
}
