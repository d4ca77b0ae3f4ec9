import { describe, expect, it } from 'vitest';
import {
  decideSubscription,
  endOfCommitment,
  grantsAccess,
  type SubscriptionFacts,
  type SubscriptionState,
} from './lifecycle.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-12-02');

const facts = (overrides: Partial<SubscriptionFacts> = {}): SubscriptionFacts => ({
  offerType: 'subscription',
  activatesAt: today,
  keyAllocatedAt: null,
  contractHolder: 'not_needed',
  endsAt: null,
  ...overrides,
});

const subscribe = (f: SubscriptionFacts, now = today) =>
  decideSubscription(null, { type: 'subscribed' }, f, now);

describe('a new subscription', () => {
  it('is active at once for hourly, free and BYOL offers', () => {
    for (const offerType of ['hourly', 'free', 'byol'] as const) {
      expect(subscribe(facts({ offerType })).state).toBe('active');
    }
  });

  it('waits for its key, then for its activation date, for a subscription offer', () => {
    expect(subscribe(facts()).state).toBe('awaiting_key');
    const later = facts({ activatesAt: day('2026-12-10'), keyAllocatedAt: today });
    expect(subscribe(later).state).toBe('scheduled');
  });

  it('waits for the contract holder of the Nuage public market before anything else', () => {
    expect(subscribe(facts({ contractHolder: 'awaiting' })).state).toBe('awaiting_contract_holder');
  });
});

describe('a subscription offer becomes usable only once both the key and the date have come', () => {
  const scheduled = facts({ activatesAt: day('2026-12-10') });

  it('stays awaiting its key past the activation date', () => {
    const { state } = decideSubscription('awaiting_key', { type: 'clock' }, scheduled, day('2026-12-11'));
    expect(state).toBe('awaiting_key');
  });

  it('is scheduled once the key comes before the date, active on the date', () => {
    const keyed = decideSubscription('awaiting_key', { type: 'key_allocated', at: today }, scheduled, today);
    expect(keyed.state).toBe('scheduled');
    expect(decideSubscription('scheduled', { type: 'clock' }, keyed.facts, day('2026-12-10')).state).toBe(
      'active',
    );
  });

  it('is active at once when the key comes after the date', () => {
    const now = day('2026-12-12');
    const keyed = decideSubscription('awaiting_key', { type: 'key_allocated', at: now }, scheduled, now);
    expect(keyed.state).toBe('active');
  });

  it('keeps the first key date when the seller replaces the key', () => {
    const keyed = facts({ keyAllocatedAt: today });
    const replaced = decideSubscription(
      'active',
      { type: 'key_allocated', at: day('2026-12-20') },
      keyed,
      day('2026-12-20'),
    );
    expect(replaced).toMatchObject({ state: 'active', facts: { keyAllocatedAt: today } });
  });

  it('refuses a key for an offer that needs none', () => {
    expect(() =>
      decideSubscription(
        'active',
        { type: 'key_allocated', at: today },
        facts({ offerType: 'hourly' }),
        today,
      ),
    ).toThrow(/needs no licence key/);
  });
});

describe('cancelling', () => {
  it('ends hourly, free and BYOL subscriptions at once', () => {
    for (const offerType of ['hourly', 'free', 'byol'] as const) {
      const decision = decideSubscription(
        'active',
        { type: 'cancelled', commitmentMonths: null },
        facts({ offerType }),
        today,
      );
      expect(decision.state).toBe('ended');
      expect(decision.facts.endsAt).toEqual(today);
    }
  });

  it('runs a subscription offer in use to the end of its current commitment, then ends it', () => {
    const inUse = facts({ activatesAt: day('2026-01-15'), keyAllocatedAt: day('2026-01-10') });
    const decision = decideSubscription('active', { type: 'cancelled', commitmentMonths: 12 }, inUse, today);
    expect(decision).toMatchObject({ state: 'ending', facts: { endsAt: day('2027-01-15') } });
    expect(grantsAccess(decision.state)).toBe(true);
    const after = decideSubscription('ending', { type: 'clock' }, decision.facts, day('2027-01-15'));
    expect(after.state).toBe('ended');
    expect(grantsAccess(after.state)).toBe(false);
  });

  it('ends at once a subscription offer not yet in use', () => {
    for (const from of ['awaiting_key', 'scheduled'] as const) {
      const decision = decideSubscription(
        from,
        { type: 'cancelled', commitmentMonths: 12 },
        facts({ activatesAt: day('2027-01-01') }),
        today,
      );
      expect(decision.state).toBe('ended');
    }
  });

  it('refuses to cancel twice', () => {
    const cancelled = facts({ endsAt: today });
    for (const from of ['ending', 'ended'] as SubscriptionState[]) {
      expect(() =>
        decideSubscription(from, { type: 'cancelled', commitmentMonths: 1 }, cancelled, today),
      ).toThrow(/already cancelled/);
    }
  });

  it('refuses to cancel a subscription the contract holder refused, saying it ended', () => {
    const refused = facts({ contractHolder: 'refused' });
    expect(() =>
      decideSubscription('ended', { type: 'cancelled', commitmentMonths: 12 }, refused, today),
    ).toThrow(/already ended/);
  });
});

describe('the contract holder', () => {
  it('validating lets the subscription go on; refusing ends it', () => {
    const awaiting = facts({ offerType: 'hourly', contractHolder: 'awaiting' });
    const decide = (decision: 'validated' | 'refused') =>
      decideSubscription(
        'awaiting_contract_holder',
        { type: 'contract_holder_decided', decision },
        awaiting,
        today,
      ).state;
    expect(decide('validated')).toBe('active');
    expect(decide('refused')).toBe('ended');
    expect(() =>
      decideSubscription(
        'active',
        { type: 'contract_holder_decided', decision: 'validated' },
        facts(),
        today,
      ),
    ).toThrow(/not awaiting the contract holder/);
  });
});

describe('the end of a commitment', () => {
  it('renews from the first day of use and keeps month ends', () => {
    expect(endOfCommitment(day('2026-01-31'), 1, day('2026-02-01'))).toEqual(day('2026-02-28'));
    expect(endOfCommitment(day('2025-06-01'), 12, day('2026-07-01'))).toEqual(day('2027-06-01'));
  });
});
