import { describe, expect, it } from 'vitest';
import { money } from '../money.ts';
import { testCatalogue } from '../pricing/test-catalogue.ts';
import { offeredVmTypes } from '../pricing/vm-types.ts';
import { productChecklist } from './checklist.ts';
import {
  type OfferDraft,
  offerStorageProblems,
  offersProblems,
  presetTerms,
  recommendedVmProblems,
  sameFixedTerms,
  vmTypeOf,
} from './offers.ts';

const offered = offeredVmTypes([testCatalogue('cloudgouv-eu-west-1'), testCatalogue('eu-west-2')]);
const vm = { cpuGeneration: 'v6', vCpus: 4, memoryGiB: 8, performance: 'high' as const };
const hourly = (vmType = 'tinav6.c4r8p2', oneYear?: number): OfferDraft['terms'] => ({
  type: 'hourly',
  prices: [
    {
      vmType,
      onDemandPerHour: money(12),
      ...(oneYear === undefined ? {} : { oneYearPerHour: money(oneYear) }),
    },
  ],
});
const complete: OfferDraft = {
  title: { en: 'Pay as you go', fr: 'Paiement à l’usage' },
  description: { en: 'Per hour of VM.', fr: 'À l’heure de VM.' },
  target: 'all',
  recommendedVms: [vm],
  terms: hourly(),
};

describe('an offer to publish', () => {
  it('needs its title and description in both languages and, for an OMI product, a recommended VM', () => {
    expect(offersProblems([complete], 'omi')).toEqual([]);
    const lacking = { ...complete, description: { en: 'Per hour', fr: '' }, recommendedVms: [] };
    const missing = offersProblems([complete, lacking], 'omi');
    expect(missing.map((m) => m.key)).toEqual(['offers.1.description', 'offers.1.recommendedVms']);
    expect(missing[0]?.text.en).toBe('Offer 2 “Pay as you go”: its description, in English and in French.');
    expect(missing[1]?.text.fr).toBe('L’offre 2 « Paiement à l’usage » : au moins une VM recommandée.');
    // A managed product runs on the seller's machines: no recommended VM.
    expect(offersProblems([{ ...complete, recommendedVms: [] }], 'managed')).toEqual([]);
  });

  it('with Nuage public offers, also needs an offer for all buyers', () => {
    const nuage = { ...complete, target: 'nuage_public' as const, terms: hourly('tinav6.c4r8p2', 9) };
    expect(offersProblems([nuage], 'omi').map((m) => m.key)).toEqual(['offers.target']);
    expect(offersProblems([nuage, complete], 'omi')).toEqual([]);
  });

  it('is listed by the product checklist', () => {
    const product = {
      kind: 'omi' as const,
      name: { en: 'Debian', fr: 'Debian' },
      shortDescription: { en: 'An OS', fr: 'Un OS' },
      description: { en: 'Long', fr: 'Long' },
      categories: ['operating-systems'],
      regions: ['cloudgouv-eu-west-1' as const],
      supportContact: 'support@nimbus.example',
      externalUrl: null,
      licence: 'https://nimbus.example/licence',
      activationProcedure: null,
      deploymentTemplate: null,
      offerTypes: ['hourly' as const],
      offers: [{ ...complete, title: { en: 'Hourly', fr: '' } }],
      versionSourcesByRegion: [['cloudgouv-eu-west-1' as const]],
    };
    expect(productChecklist(product, true).map((m) => m.key)).toEqual(['offers.0.title']);
  });
});

describe('an offer to store', () => {
  it('refuses VM types OUTSCALE does not have, and a VM type priced twice', () => {
    expect(offerStorageProblems({ ...complete, terms: hourly('tinav6.c99r99p9') }, 'omi', offered)).toEqual({
      'prices.0.vmType': expect.objectContaining({ en: expect.stringContaining('tinav6.c4r8p2') }),
    });
    const twice = {
      type: 'hourly' as const,
      prices: [
        { vmType: 'tinav6.c4r8p2', onDemandPerHour: money(1) },
        { vmType: 'tinav6.c4r8p2', onDemandPerHour: money(2) },
      ],
    };
    expect(Object.keys(offerStorageProblems({ ...complete, terms: twice }, 'omi', offered))).toEqual([
      'prices.1.vmType',
    ]);
  });

  it('checks how each recommended VM is written, then that ReadVmTypes lists it', () => {
    expect(recommendedVmProblems(vm)).toEqual({});
    expect(vmTypeOf(vm)).toBe('tinav6.c4r8p2');
    expect(vmTypeOf({ ...vm, performance: 'highest' })).toBe('tinav6.c4r8p1');
    expect(Object.keys(recommendedVmProblems({ ...vm, cpuGeneration: '6' }))).toEqual(['cpuGeneration']);
    expect(Object.keys(recommendedVmProblems({ ...vm, vCpus: 0 }))).toEqual(['vCpus']);
    expect(Object.keys(recommendedVmProblems({ ...vm, memoryGiB: 2.5 }))).toEqual(['memoryGiB']);
    expect(recommendedVmProblems({ ...vm, vCpus: 1, memoryGiB: 32 })).toEqual({});
    const stored = offerStorageProblems(
      { ...complete, recommendedVms: [vm, { ...vm, vCpus: 100 }] },
      'omi',
      offered,
    );
    expect(Object.keys(stored)).toEqual(['recommendedVms.1.vCpus']);
  });

  it('as a Nuage public offer, is a subscription or a yearly per-VM-type offer of an OMI product', () => {
    const nuage = { ...complete, target: 'nuage_public' as const };
    expect(Object.keys(offerStorageProblems({ ...nuage, terms: { type: 'free' } }, 'omi', offered))).toEqual([
      'target',
    ]);
    expect(Object.keys(offerStorageProblems({ ...nuage, terms: hourly() }, 'omi', offered))).toEqual([
      'prices.0.oneYearPerHour',
    ]);
    expect(offerStorageProblems({ ...nuage, terms: hourly('tinav6.c4r8p2', 9) }, 'omi', offered)).toEqual({});
    const subscription = {
      type: 'subscription' as const,
      price: money(100),
      commitmentMonths: 1,
      billingFrequency: 'monthly' as const,
    };
    expect(offerStorageProblems({ ...nuage, terms: subscription }, 'omi', offered)).toEqual({});
    expect(Object.keys(offerStorageProblems({ ...nuage, terms: subscription }, 'managed', offered))).toEqual([
      'target',
    ]);
    // Its commitment is preset for that market: 12 months, billed yearly.
    expect(presetTerms(subscription, 'nuage_public')).toEqual({
      ...subscription,
      commitmentMonths: 12,
      billingFrequency: 'yearly',
    });
    expect(presetTerms(subscription, 'all')).toEqual(subscription);
  });
});

describe('the fixed terms of a published offer', () => {
  it('are its type, target, rates, commitment and billing frequency, whatever the order of VM types', () => {
    const two = {
      type: 'hourly' as const,
      prices: [
        { vmType: 'tinav6.c4r8p2', onDemandPerHour: money(12) },
        { vmType: 'tinav6.c8r16p2', onDemandPerHour: money(22), oneYearPerHour: money(17) },
      ],
    };
    const reordered = { type: 'hourly' as const, prices: [two.prices[1], two.prices[0]] } as typeof two;
    expect(sameFixedTerms({ terms: two, target: 'all' }, { terms: reordered, target: 'all' })).toBe(true);
    expect(sameFixedTerms({ terms: two, target: 'all' }, { terms: two, target: 'nuage_public' })).toBe(false);
    const cheaper = {
      ...two,
      prices: [{ ...two.prices[0], onDemandPerHour: money(11) }, two.prices[1]],
    } as typeof two;
    expect(sameFixedTerms({ terms: two, target: 'all' }, { terms: cheaper, target: 'all' })).toBe(false);
    const subscription = {
      type: 'subscription' as const,
      price: money(100),
      commitmentMonths: 12,
      billingFrequency: 'yearly' as const,
    };
    expect(
      sameFixedTerms(
        { terms: subscription, target: 'all' },
        { terms: { ...subscription, commitmentMonths: 24 }, target: 'all' },
      ),
    ).toBe(false);
    expect(
      sameFixedTerms(
        { terms: subscription, target: 'all' },
        { terms: { ...subscription, billingFrequency: 'monthly' }, target: 'all' },
      ),
    ).toBe(false);
    // A BYOL licence page may move; the type may not change.
    expect(
      sameFixedTerms(
        { terms: { type: 'byol', licenceUrl: 'https://a.example' }, target: 'all' },
        { terms: { type: 'byol', licenceUrl: 'https://b.example' }, target: 'all' },
      ),
    ).toBe(true);
    expect(
      sameFixedTerms(
        { terms: { type: 'free' }, target: 'all' },
        { terms: { type: 'byol', licenceUrl: 'https://b.example' }, target: 'all' },
      ),
    ).toBe(false);
  });
});
