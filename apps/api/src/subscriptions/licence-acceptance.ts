// The licence agreement a buyer accepts when subscribing (SPEC §7d): the product's current version,
// recorded in the subscription's licence history. A buyer who read an older version (`licenceVersion`)
// is refused rather than bound by a newer one unknowingly.
import {
  type EntityManager,
  type LicenceVersion,
  type Product,
  type Subscription,
  SubscriptionLicence,
} from '@marketplace/db';
import { acceptedLicenceVersion } from '@marketplace/domain';
import { ensureCurrentLicenceVersion, lockProductLicence } from '../publication/licence-versions.ts';

export type LicenceAnswer = { licenceAccepted?: boolean | undefined; licenceVersion?: number | undefined };

/**
 * The version the buyer accepts: the product's current one, checked against the buyer's answer (not
 * accepted: BAD_REQUEST; another version read: CONFLICT). Null: the product has no agreement.
 */
export async function acceptLicence(
  em: EntityManager,
  product: Product,
  answer: LicenceAnswer,
  now: Date,
): Promise<LicenceVersion | null> {
  // A change of agreement under way finishes first, and its binding reached every subscription before.
  await lockProductLicence(em, product, true);
  const current = await ensureCurrentLicenceVersion(em, product, now);
  acceptedLicenceVersion(current?.number ?? null, answer);
  return current;
}

/** Records the accepted version in the new subscription's history (flushed with it). */
export function recordAcceptedLicence(
  em: EntityManager,
  subscription: Subscription,
  accepted: LicenceVersion | null,
  now: Date,
) {
  if (!accepted) return;
  em.create(SubscriptionLicence, {
    subscription,
    licenceVersion: accepted,
    how: 'accepted_at_subscription',
    at: now,
  });
}
