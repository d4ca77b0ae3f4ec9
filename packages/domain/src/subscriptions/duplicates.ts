// No accidental duplicates (SPEC §6, §7d): a subscription identical to one in force is refused with a
// message that points to it; another set of OUTSCALE accounts or another region is a new subscription.
import { conflict } from '../errors.ts';
import type { Region, Text } from '../vocabulary.ts';
import { formatDay } from './cancellation.ts';
import { isInForce, type SubscriptionState } from './lifecycle.ts';

export type ExistingSubscription = {
  id: string;
  offerId: string;
  region: Region;
  outscaleAccountIds: readonly string[];
  state: SubscriptionState;
  endsAt: Date | null;
  createdAt: Date;
};

export type WantedSubscription = {
  offerId: string;
  region: Region;
  outscaleAccountIds: readonly string[];
  /** The first day the new subscription would run. */
  activatesAt: Date;
};

/** The same set of accounts, whatever their order or repetitions. */
export function sameAccounts(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}

/** The subscription in force that the wanted one would duplicate (same offer, region, accounts), if any. */
export function identicalInForce<S extends ExistingSubscription>(
  existing: readonly S[],
  wanted: WantedSubscription,
): S | null {
  return (
    existing.find(
      (s) =>
        isInForce(s.state) &&
        s.offerId === wanted.offerId &&
        s.region === wanted.region &&
        sameAccounts(s.outscaleAccountIds, wanted.outscaleAccountIds) &&
        // An ending subscription no longer overlaps one that starts on or after its end.
        !(s.endsAt && s.endsAt <= wanted.activatesAt),
    ) ?? null
  );
}

/** Where the buyer portal shows one subscription. */
export const subscriptionPath = (id: string) => `/subscriptions?subscription=${encodeURIComponent(id)}`;

/** The refusal: CONFLICT, naming the subscription in force, with its ID and its page in `details`. */
export function duplicateRefusal(existing: ExistingSubscription, offerTitle: Text) {
  const accounts = existing.outscaleAccountIds.join(', ');
  const title = { en: offerTitle.en || 'this offer', fr: offerTitle.fr || offerTitle.en || 'cette offre' };
  const since = { en: formatDay(existing.createdAt, 'en'), fr: formatDay(existing.createdAt, 'fr') };
  const text: Text =
    existing.state === 'ending' && existing.endsAt
      ? {
          en: `Your organization’s subscription to “${title.en}” in ${existing.region} for the OUTSCALE accounts ${accounts} runs until ${formatDay(existing.endsAt, 'en')}: subscribe again from that day, or see it in My subscriptions.`,
          fr: `La souscription de votre organisation à « ${title.fr} » dans ${existing.region} pour les comptes OUTSCALE ${accounts} court jusqu’au ${formatDay(existing.endsAt, 'fr')} : souscrivez de nouveau à partir de ce jour, ou voyez-la dans Mes souscriptions.`,
        }
      : {
          en: `Your organization already subscribed to “${title.en}” in ${existing.region} for the OUTSCALE accounts ${accounts} (since ${since.en}): see it in My subscriptions.`,
          fr: `Votre organisation a déjà souscrit à « ${title.fr} » dans ${existing.region} pour les comptes OUTSCALE ${accounts} (depuis le ${since.fr}) : voyez-la dans Mes souscriptions.`,
        };
  return conflict(text, { subscriptionId: existing.id, path: subscriptionPath(existing.id) });
}
