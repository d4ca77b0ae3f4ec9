import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { duplicateRefusal, type ExistingSubscription, identicalInForce, sameAccounts } from './duplicates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const existing = (overrides: Partial<ExistingSubscription> = {}): ExistingSubscription => ({
  id: 'sub-1',
  offerId: 'offer-1',
  region: 'cloudgouv-eu-west-1',
  outscaleAccountIds: ['300000000002', '300000000004'],
  state: 'active',
  endsAt: null,
  createdAt: day('2026-11-20'),
  ...overrides,
});
const wanted = {
  offerId: 'offer-1',
  region: 'cloudgouv-eu-west-1' as const,
  outscaleAccountIds: ['300000000004', '300000000002'],
  activatesAt: day('2026-12-02'),
};

describe('an identical subscription', () => {
  it('is the same offer, region and set of accounts, in any order', () => {
    expect(identicalInForce([existing()], wanted)?.id).toBe('sub-1');
    expect(sameAccounts(['a', 'b', 'a'], ['b', 'a'])).toBe(true);
  });

  it('is another subscription with other accounts, another region or another offer', () => {
    expect(identicalInForce([existing()], { ...wanted, outscaleAccountIds: ['300000000002'] })).toBeNull();
    expect(
      identicalInForce([existing()], {
        ...wanted,
        outscaleAccountIds: ['300000000002', '300000000004', '300000000009'],
      }),
    ).toBeNull();
    expect(identicalInForce([existing()], { ...wanted, region: 'eu-west-2' })).toBeNull();
    expect(identicalInForce([existing()], { ...wanted, offerId: 'offer-2' })).toBeNull();
  });

  it('counts while in force: awaiting its key, scheduled, awaiting the contract holder, active', () => {
    for (const state of ['awaiting_key', 'scheduled', 'awaiting_contract_holder', 'active'] as const) {
      expect(identicalInForce([existing({ state })], wanted)?.id).toBe('sub-1');
    }
    expect(identicalInForce([existing({ state: 'ended', endsAt: day('2026-11-30') })], wanted)).toBeNull();
  });

  it('counts while ending only until its end: subscribing again from that day is allowed', () => {
    const ending = existing({ state: 'ending', endsAt: day('2027-01-10') });
    expect(identicalInForce([ending], wanted)?.id).toBe('sub-1');
    expect(identicalInForce([ending], { ...wanted, activatesAt: day('2027-01-10') })).toBeNull();
  });
});

describe('the refusal', () => {
  it('is a CONFLICT naming the subscription, its date and its page, in both languages', () => {
    const refusal = duplicateRefusal(existing(), { en: 'Pay as you go', fr: 'Paiement à l’usage' });
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.kind).toBe('conflict');
    expect(refusal.text.en).toBe(
      'Your organization already subscribed to “Pay as you go” in cloudgouv-eu-west-1 for the OUTSCALE accounts 300000000002, 300000000004 (since 20 November 2026): see it in My subscriptions.',
    );
    expect(refusal.text.fr).toContain('« Paiement à l’usage »');
    expect(refusal.text.fr).toContain('depuis le 20 novembre 2026');
    expect(refusal.details).toEqual({ subscriptionId: 'sub-1', path: '/subscriptions?subscription=sub-1' });
  });

  it('says until when an ending subscription runs', () => {
    const refusal = duplicateRefusal(existing({ state: 'ending', endsAt: day('2027-01-10') }), {
      en: '',
      fr: '',
    });
    expect(refusal.text.en).toContain('runs until 10 January 2027: subscribe again from that day');
    expect(refusal.text.fr).toContain('court jusqu’au 10 janvier 2027');
  });
});
