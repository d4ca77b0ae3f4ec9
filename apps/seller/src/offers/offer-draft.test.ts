import { describe, expect, it } from 'vitest';
import { emptyOffer, offerDraftFrom, offerFromDraft, offersFromDrafts } from './offer-draft.ts';

const NO_TEXT = { description: { en: '', fr: '' }, target: 'all', recommendedVms: [] };

describe('offerFromDraft', () => {
  it('sends euros as integer cents, without floating point', () => {
    const draft = {
      ...emptyOffer('hourly'),
      prices: [{ vmType: ' tinav6.c4r8p1 ', onDemand: '0.29', oneYear: '0,2' }],
    };
    expect(offerFromDraft(draft, 0)).toEqual({
      offer: {
        type: 'hourly',
        ...NO_TEXT,
        prices: [
          {
            vmType: 'tinav6.c4r8p1',
            onDemandPerHour: { amount: 29, currency: 'EUR' },
            oneYearPerHour: { amount: 20, currency: 'EUR' },
          },
        ],
      },
      errors: {},
    });
  });

  it('names each wrong field by the path the server uses', () => {
    const hourly = { ...emptyOffer('hourly'), prices: [{ vmType: '', onDemand: '1.234', oneYear: 'x' }] };
    expect(offerFromDraft(hourly, 2).errors).toEqual({
      'offers.2.prices.0.vmType': 'seller.error.vmType',
      'offers.2.prices.0.onDemandPerHour': 'seller.error.amount',
      'offers.2.prices.0.oneYearPerHour': 'seller.error.amount',
    });
    const subscription = { ...emptyOffer('subscription'), price: '', commitmentMonths: '61' };
    expect(offerFromDraft(subscription, 0).errors).toEqual({
      'offers.0.price': 'seller.error.amount',
      'offers.0.commitmentMonths': 'seller.error.months',
    });
    expect(offerFromDraft({ ...emptyOffer('byol'), licenceUrl: 'ftp://x' }, 0).errors).toEqual({
      'offers.0.licenceUrl': 'seller.error.url',
    });
  });

  it('checks VM types and recommended VMs by OUTSCALE’s rule, with its messages in both languages', () => {
    const hourly = {
      ...emptyOffer('hourly'),
      prices: [{ vmType: 'tinav6.c99r99p9', onDemand: '1', oneYear: '' }],
    };
    const vmType = offerFromDraft(hourly, 0).errors['offers.0.prices.0.vmType'];
    expect(vmType).toMatchObject({
      en: expect.stringContaining('tinav6.c4r8p2'),
      fr: expect.stringContaining('tinavW'),
    });
    const free = {
      ...emptyOffer('free'),
      recommendedVms: [{ cpuGeneration: 'v6', vCpus: 'four', memoryGiB: '8', performance: 'high' as const }],
    };
    expect(Object.keys(offerFromDraft(free, 1).errors)).toEqual(['offers.1.recommendedVms.0.vCpus']);
  });

  it('sends the texts, the target and the recommended VMs; a title only when one is given', () => {
    expect(offerFromDraft(emptyOffer('free'), 0).offer).toEqual({ type: 'free', ...NO_TEXT });
    const draft = {
      ...emptyOffer('free'),
      titleEn: 'Community',
      descriptionEn: 'Forum support',
      descriptionFr: 'Support sur le forum',
      recommendedVms: [{ cpuGeneration: 'v7', vCpus: '4', memoryGiB: '16', performance: 'highest' as const }],
    };
    expect(offerFromDraft(draft, 0).offer).toEqual({
      type: 'free',
      title: { en: 'Community', fr: '' },
      description: { en: 'Forum support', fr: 'Support sur le forum' },
      target: 'all',
      recommendedVms: [{ cpuGeneration: 'v7', vCpus: 4, memoryGiB: 16, performance: 'highest' }],
    });
  });

  it('presets a Nuage public subscription to 12 months billed yearly, and asks hourly ones for a yearly rate', () => {
    const nuage = {
      ...emptyOffer('subscription'),
      target: 'nuage_public' as const,
      price: '100',
      commitmentMonths: '3',
    };
    expect(offerFromDraft(nuage, 0).offer).toMatchObject({
      target: 'nuage_public',
      commitmentMonths: 12,
      billingFrequency: 'yearly',
    });
    const hourly = {
      ...emptyOffer('hourly'),
      target: 'nuage_public' as const,
      prices: [{ vmType: 'tinav6.c4r8p2', onDemand: '1', oneYear: '' }],
    };
    expect(offerFromDraft(hourly, 0).errors).toEqual({
      'offers.0.prices.0.oneYearPerHour': 'seller.error.nuageYearly',
    });
  });
});

describe('offerDraftFrom', () => {
  it('gives back the amounts in euros, the texts and the VMs for editing, and keeps the offer’s id', () => {
    const draft = offerDraftFrom({
      id: 'o1',
      type: 'subscription',
      title: { en: 'Yearly', fr: 'Annuel' },
      description: { en: 'Support', fr: 'Support' },
      target: 'all',
      recommendedVms: [{ cpuGeneration: 'v6', vCpus: 2, memoryGiB: 4, performance: 'high' }],
      price: { amount: 120050, currency: 'EUR' },
      commitmentMonths: 12,
      billingFrequency: 'yearly',
    });
    expect(draft).toMatchObject({
      id: 'o1',
      price: '1200.50',
      commitmentMonths: '12',
      billingFrequency: 'yearly',
      descriptionFr: 'Support',
      recommendedVms: [{ cpuGeneration: 'v6', vCpus: '2', memoryGiB: '4', performance: 'high' }],
    });
    expect(offersFromDrafts([draft]).offers[0]).toMatchObject({ id: 'o1', price: { amount: 120050 } });
  });
});
