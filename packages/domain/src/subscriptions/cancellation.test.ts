import { describe, expect, it } from 'vitest';
import { cancellable, cancellationOutcome, commitmentMonthsOf, formatDay } from './cancellation.ts';
import type { SubscriptionFacts } from './lifecycle.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day('2026-12-02');
const yearly = {
  type: 'subscription',
  price: { amount: 9900, currency: 'EUR' },
  commitmentMonths: 12,
  billingFrequency: 'monthly',
} as const;
const facts = (overrides: Partial<SubscriptionFacts> = {}): SubscriptionFacts => ({
  offerType: 'subscription',
  activatesAt: day('2026-03-10'),
  keyAllocatedAt: day('2026-03-01'),
  contractHolder: 'not_needed',
  endsAt: null,
  ...overrides,
});

describe('what cancelling does', () => {
  it('ends an hourly subscription at once', () => {
    const outcome = cancellationOutcome(
      'active',
      facts({ offerType: 'hourly', keyAllocatedAt: null }),
      { type: 'hourly', prices: [] },
      today,
    );
    expect(outcome).toEqual({ state: 'ended', endsAt: today, atOnce: true });
  });

  it('runs a subscription offer in use to the end of its current commitment', () => {
    const outcome = cancellationOutcome('active', facts(), yearly, today);
    expect(outcome).toEqual({ state: 'ending', endsAt: day('2027-03-10'), atOnce: false });
  });

  it('ends at once a subscription offer still awaiting its key', () => {
    const outcome = cancellationOutcome('awaiting_key', facts({ keyAllocatedAt: null }), yearly, today);
    expect(outcome.atOnce).toBe(true);
  });

  it('reads the commitment of subscription offers only', () => {
    expect(commitmentMonthsOf(yearly)).toBe(12);
    expect(commitmentMonthsOf({ type: 'free' })).toBeNull();
  });

  it('may be asked once', () => {
    expect(cancellable('active', { endsAt: null })).toBe(true);
    expect(cancellable('ending', { endsAt: day('2027-03-10') })).toBe(false);
    expect(cancellable('ended', { endsAt: today })).toBe(false);
    expect(() => cancellationOutcome('ending', facts({ endsAt: day('2027-03-10') }), yearly, today)).toThrow(
      /already cancelled/,
    );
  });

  it('writes days in each language, in UTC', () => {
    expect(formatDay(new Date('2027-03-10T23:30:00Z'), 'en')).toBe('10 March 2027');
    expect(formatDay(new Date('2027-03-10T23:30:00Z'), 'fr')).toBe('10 mars 2027');
  });
});
