import { describe, expect, it } from 'vitest';
import { emptyOffer, offerDraftFrom, offerFromDraft, offersFromDrafts } from './offer-draft.ts';

describe('offerFromDraft', () => {
  it('sends euros as integer cents, without floating point', () => {
    const draft = {
      ...emptyOffer('hourly'),
      prices: [{ vmType: ' tinav6.c4r8p1 ', onDemand: '0.29', oneYear: '0,2' }],
    };
    expect(offerFromDraft(draft, 0)).toEqual({
      offer: {
        type: 'hourly',
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

  it('keeps a title only when one is given', () => {
    expect(offerFromDraft(emptyOffer('free'), 0).offer).toEqual({ type: 'free' });
    expect(offerFromDraft({ ...emptyOffer('free'), titleEn: 'Community' }, 0).offer).toEqual({
      type: 'free',
      title: { en: 'Community', fr: '' },
    });
  });
});

describe('offerDraftFrom', () => {
  it('gives back the amounts in euros for editing', () => {
    const draft = offerDraftFrom({
      id: 'o1',
      type: 'subscription',
      title: { en: 'Yearly', fr: 'Annuel' },
      price: { amount: 120050, currency: 'EUR' },
      commitmentMonths: 12,
      billingFrequency: 'yearly',
    });
    expect(draft).toMatchObject({ price: '1200.50', commitmentMonths: '12', billingFrequency: 'yearly' });
    expect(offersFromDrafts([draft]).offers[0]).toMatchObject({ price: { amount: 120050 } });
  });
});
