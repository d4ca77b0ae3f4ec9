// The life of a subscription (SPEC §7d). The database stores the state; this function alone decides
// what it becomes, from what happened and the facts of the subscription. The OMIs are shared while
// the subscription grants access (`grantsAccess`): active, or ending (cancelled, but paid until the end
// of its commitment).
import { preconditionFailed } from '../errors.ts';
import type { OfferType, Text } from '../vocabulary.ts';

export const SUBSCRIPTION_STATES = [
  'awaiting_key',
  'scheduled',
  'awaiting_contract_holder',
  'active',
  'ending',
  'ended',
] as const;
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number];

/** The states as people read them (a subscription is feminine in French: une souscription). */
export const SUBSCRIPTION_STATE_NAMES: Record<SubscriptionState, Text> = {
  awaiting_key: { en: 'Awaiting its licence key', fr: 'En attente de sa clé de licence' },
  scheduled: { en: 'Scheduled', fr: 'Programmée' },
  awaiting_contract_holder: { en: 'Awaiting the contract holder', fr: 'En attente du titulaire du marché' },
  active: { en: 'Active', fr: 'Active' },
  ending: { en: 'Cancelled, ending', fr: 'Résiliée, prend fin' },
  ended: { en: 'Ended', fr: 'Terminée' },
};

/** What the contract holder of the Nuage public market decided (SPEC §7b); `not_needed` elsewhere. */
export type ContractHolderDecision = 'not_needed' | 'awaiting' | 'validated' | 'refused';

/** What the state depends on, as stored with the subscription. */
export type SubscriptionFacts = {
  offerType: OfferType;
  /** The first day the buyer may use the product (today for every offer but subscription offers). */
  activatesAt: Date;
  /** When the seller allocated the licence key; subscription offers wait for it. */
  keyAllocatedAt: Date | null;
  contractHolder: ContractHolderDecision;
  /** When a cancelled subscription stops (at once, or the end of the commitment); null if not cancelled. */
  endsAt: Date | null;
};

export type SubscriptionEvent =
  /** The subscription is recorded: its first state. */
  | { type: 'subscribed' }
  /** The seller allocated (or replaced) the licence key. */
  | { type: 'key_allocated'; at: Date }
  /** The contract holder validated or refused the estimation. */
  | { type: 'contract_holder_decided'; decision: 'validated' | 'refused' }
  /** The buyer cancels; `commitmentMonths` of a subscription offer (null for the others). */
  | { type: 'cancelled'; commitmentMonths: number | null }
  /** Time went by: an activation date or an end came. */
  | { type: 'clock' };

export type SubscriptionDecision = { state: SubscriptionState; facts: SubscriptionFacts };

/**
 * In force: every state but `ended`. A new licence agreement may bind these, and an identical new
 * subscription is refused while one is (an `ending` one until its end: the buyer keeps access, and
 * pays, until then).
 */
export const IN_FORCE_STATES = [
  'awaiting_key',
  'scheduled',
  'awaiting_contract_holder',
  'active',
  'ending',
] as const satisfies readonly SubscriptionState[];

export const isInForce = (state: SubscriptionState) => state !== 'ended';

/** A subscription offer needs a licence key from the seller (SPEC §4). */
export const needsLicenceKey = (offerType: OfferType) => offerType === 'subscription';

/** The states in which the buyer may use the product: OMIs shared, key visible. */
export const grantsAccess = (state: SubscriptionState) => state === 'active' || state === 'ending';

/** The states a subscription never leaves but to `ended`, or never leaves at all. */
const isFinal = (state: SubscriptionState) => state === 'ended';

/** The state the facts say at `now`, whatever the subscription went through. */
function stateOf(facts: SubscriptionFacts, now: Date): SubscriptionState {
  if (facts.contractHolder === 'refused') return 'ended';
  if (facts.endsAt && facts.endsAt <= now) return 'ended';
  if (facts.contractHolder === 'awaiting') return facts.endsAt ? 'ended' : 'awaiting_contract_holder';
  const usable =
    (!needsLicenceKey(facts.offerType) || facts.keyAllocatedAt !== null) && facts.activatesAt <= now;
  if (facts.endsAt) return usable ? 'ending' : 'ended';
  if (needsLicenceKey(facts.offerType) && facts.keyAllocatedAt === null) return 'awaiting_key';
  if (facts.activatesAt > now) return 'scheduled';
  return 'active';
}

/** When the buyer started using the product: the activation date, or the key's if it came later. */
export function usableSince(facts: SubscriptionFacts): Date {
  const key = facts.keyAllocatedAt;
  return key && key > facts.activatesAt ? key : facts.activatesAt;
}

/** The end of the commitment period running at `now`: commitments renew from the first day of use. */
export function endOfCommitment(since: Date, commitmentMonths: number, now: Date): Date {
  let periods = 1;
  for (;;) {
    const end = addMonths(since, commitmentMonths * periods);
    if (end > now) return end;
    periods += 1;
  }
}

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  // 31 January + 1 month is the last day of February, not 3 March.
  const last = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, last));
  return result;
}

const refuse = (en: string, fr: string) => preconditionFailed({ en, fr } satisfies Text);

/**
 * Decides what an event makes of a subscription in state `from`: its new state and facts. Refuses what
 * cannot happen (cancelling an ended subscription, a key for an offer that needs none...).
 */
export function decideSubscription(
  from: SubscriptionState | null,
  event: SubscriptionEvent,
  facts: SubscriptionFacts,
  now: Date,
): SubscriptionDecision {
  if (from === null && event.type !== 'subscribed') {
    throw new Error(`A new subscription is first subscribed, not ${event.type}.`);
  }
  if (from !== null && event.type === 'subscribed') throw new Error('A subscription is subscribed once.');
  const next = { ...facts };
  switch (event.type) {
    case 'subscribed':
      break;
    case 'key_allocated':
      if (!needsLicenceKey(facts.offerType)) {
        throw refuse('This offer needs no licence key.', "Cette offre n'a pas besoin de clé de licence.");
      }
      if (from && isFinal(from)) {
        throw refuse(
          'This subscription has ended: its licence key can no longer change.',
          'Cette souscription est terminée : sa clé de licence ne peut plus changer.',
        );
      }
      // A replaced key keeps the date of the first: the commitment started with it.
      next.keyAllocatedAt = facts.keyAllocatedAt ?? event.at;
      break;
    case 'contract_holder_decided':
      if (from !== 'awaiting_contract_holder') {
        throw refuse(
          'This subscription is not awaiting the contract holder.',
          "Cette souscription n'attend pas le titulaire du marché.",
        );
      }
      next.contractHolder = event.decision;
      break;
    case 'cancelled': {
      if (from === 'ending' || facts.endsAt) {
        throw refuse('This subscription is already cancelled.', 'Cette souscription est déjà résiliée.');
      }
      // Ended without being cancelled: the contract holder refused it.
      if (from && isFinal(from)) {
        throw refuse('This subscription has already ended.', 'Cette souscription est déjà terminée.');
      }
      const committed =
        from !== null &&
        grantsAccess(from) &&
        event.commitmentMonths !== null &&
        needsLicenceKey(facts.offerType);
      // A subscription offer in use runs to the end of its commitment; anything else stops at once.
      next.endsAt = committed ? endOfCommitment(usableSince(facts), event.commitmentMonths ?? 1, now) : now;
      break;
    }
    case 'clock':
      break;
  }
  return { state: stateOf(next, now), facts: next };
}

export type KeyStatus = 'not_needed' | 'awaiting' | 'allocated';

/** Whether a subscription's licence key is needed, still awaited, or allocated. */
export const keyStatusOf = (offerType: OfferType, keyAllocatedAt: Date | null): KeyStatus =>
  !needsLicenceKey(offerType) ? 'not_needed' : keyAllocatedAt ? 'allocated' : 'awaiting';
