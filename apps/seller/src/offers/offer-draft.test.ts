import { productOffersForm } from '@marketplace/validators';
import { describe, expect, it } from 'vitest';
import { emptyOffer, type OfferDraft, offerDraftFrom, offerInputOf, withTarget } from './offer-draft.ts';

/** The API's offers for drafts, as the page sends them: the shared schema's output, converted. */
const inputsOf = (offers: OfferDraft[]) => {
  const result = productOffersForm.safeParse({ kind: 'omi', offers });
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data.offers.map(offerInputOf);
};

describe('offerInputOf', () => {
  it('sends euros as integer cents, and a title only when one is given', () => {
    const draft = {
      ...emptyOffer('hourly'),
      prices: [{ vmType: ' tinav6.c4r8p1 ', onDemandPerHour: '0.29', oneYearPerHour: '0,2' }],
    };
    expect(inputsOf([draft])).toEqual([
      {
        type: 'hourly',
        description: { en: '', fr: '' },
        target: 'all',
        recommendedVms: [],
        prices: [
          {
            vmType: 'tinav6.c4r8p1',
            onDemandPerHour: { amount: 29, currency: 'EUR' },
            oneYearPerHour: { amount: 20, currency: 'EUR' },
          },
        ],
      },
    ]);
    const titled = { ...emptyOffer('free'), title: { en: 'Community', fr: '' } };
    expect(inputsOf([titled])[0]).toMatchObject({ type: 'free', title: { en: 'Community', fr: '' } });
  });

  it('presets a Nuage public subscription to 12 months billed yearly', () => {
    const draft = withTarget({ ...emptyOffer('subscription'), commitmentMonths: '3' }, 'nuage_public');
    expect(draft).toMatchObject({ commitmentMonths: '12', billingFrequency: 'yearly' });
    expect(withTarget(emptyOffer('hourly'), 'nuage_public').commitmentMonths).toBe('12');
  });
});

describe('offerDraftFrom', () => {
  it('gives back the amounts in euros, the texts and the VMs for editing, and keeps the offer’s id', () => {
    const draft = offerDraftFrom({
      id: '6f1c1a8e-7a43-4f4e-9a59-2b8d1f3c2d10',
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
      price: '1200.50',
      commitmentMonths: '12',
      billingFrequency: 'yearly',
      description: { en: 'Support', fr: 'Support' },
      recommendedVms: [{ cpuGeneration: 'v6', vCpus: '2', memoryGiB: '4', performance: 'high' }],
    });
    expect(inputsOf([draft])[0]).toMatchObject({
      id: '6f1c1a8e-7a43-4f4e-9a59-2b8d1f3c2d10',
      price: { amount: 120050 },
      commitmentMonths: 12,
      recommendedVms: [{ vCpus: 2, memoryGiB: 4 }],
    });
  });
});
