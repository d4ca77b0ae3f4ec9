// What cancelling a subscription does (SPEC §7d), for the server that cancels and the page that asks
// the buyer to confirm: both read it from `decideSubscription`, so the date the page announces is the
// date the server records.
import type { OfferTerms } from '../catalog/offers.ts';
import type { Language } from '../vocabulary.ts';
import { decideSubscription, type SubscriptionFacts, type SubscriptionState } from './lifecycle.ts';

/** The commitment a cancellation runs to: a subscription offer's months, none for the other offers. */
export const commitmentMonthsOf = (terms: OfferTerms): number | null =>
  terms.type === 'subscription' ? terms.commitmentMonths : null;

/** Whether the buyer may still cancel: not yet cancelled, not ended. */
export const cancellable = (state: SubscriptionState, facts: Pick<SubscriptionFacts, 'endsAt'>) =>
  facts.endsAt === null && state !== 'ending' && state !== 'ended';

export type CancellationOutcome = {
  state: SubscriptionState;
  endsAt: Date;
  /** Ended at once (launch permissions removed now), or running to the end of its commitment. */
  atOnce: boolean;
};

/** What cancelling now would make of the subscription; throws the refusal if it cannot be cancelled. */
export function cancellationOutcome(
  state: SubscriptionState,
  facts: SubscriptionFacts,
  terms: OfferTerms,
  now: Date,
): CancellationOutcome {
  const decision = decideSubscription(
    state,
    { type: 'cancelled', commitmentMonths: commitmentMonthsOf(terms) },
    facts,
    now,
  );
  const endsAt = decision.facts.endsAt ?? now;
  return { state: decision.state, endsAt, atOnce: decision.state === 'ended' };
}

/** A day as people read it, in UTC as the server records it: "2 December 2026", "2 décembre 2026". */
export const formatDay = (date: Date, language: Language) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
