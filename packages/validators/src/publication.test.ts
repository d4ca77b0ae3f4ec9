import { describe, expect, it } from 'vitest';
import { errorMapOf, localizeMessage } from './messages.ts';
import { newProductForm, productOffersForm } from './publication.ts';

const vm = { cpuGeneration: 'v6', vCpus: '2', memoryGiB: '4', performance: 'high' };
const hourly = (prices: object[], extra: object = {}) => ({
  type: 'hourly',
  title: { en: '', fr: '' },
  description: { en: '', fr: '' },
  target: 'all',
  recommendedVms: [vm],
  prices,
  ...extra,
});
type Result = { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
/** The messages by field path, as the pages' resolver words them. */
const wordedIn = (language: 'en' | 'fr') => (result: Result) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      localizeMessage(issue.message, language),
    ]),
  );
const en = { error: errorMapOf('en') };
const fr = { error: errorMapOf('fr') };
const errorsOf = (result: Result) => wordedIn('en')(result);
const frenchOf = (result: Result) => wordedIn('fr')(result);

describe('the offers form', () => {
  it('turns euros and typed counts into the API’s offer', () => {
    const result = productOffersForm.safeParse({
      kind: 'omi',
      offers: [hourly([{ vmType: ' tinav6.c4r8p1 ', onDemandPerHour: '0.29', oneYearPerHour: '0,2' }])],
    });
    expect(result.success && result.data.offers[0]).toMatchObject({
      type: 'hourly',
      recommendedVms: [{ cpuGeneration: 'v6', vCpus: 2, memoryGiB: 4, performance: 'high' }],
      prices: [
        {
          vmType: 'tinav6.c4r8p1',
          onDemandPerHour: { amount: 29, currency: 'EUR' },
          oneYearPerHour: { amount: 20, currency: 'EUR' },
        },
      ],
    });
  });

  it('says what is wrong on the server’s field paths, in the page’s language', () => {
    const offers = [
      hourly([{ vmType: '', onDemandPerHour: '1.234', oneYearPerHour: 'x' }], {
        recommendedVms: [{ ...vm, vCpus: 'four' }],
      }),
      {
        type: 'subscription',
        title: { en: '', fr: '' },
        description: { en: '', fr: '' },
        target: 'all',
        recommendedVms: [],
        price: '',
        commitmentMonths: '61',
        billingFrequency: 'monthly',
      },
    ];
    const errors = errorsOf(productOffersForm.safeParse({ kind: 'omi', offers }, en));
    expect(errors).toMatchObject({
      'offers.0.prices.0.vmType': expect.stringContaining('VM type'),
      'offers.0.prices.0.onDemandPerHour': 'Enter an amount in euros, such as 12.50.',
      'offers.0.prices.0.oneYearPerHour': 'Enter an amount in euros, such as 12.50.',
      'offers.0.recommendedVms.0.vCpus': expect.stringContaining('whole number'),
      'offers.1.price': 'Enter an amount in euros, such as 12.50.',
      'offers.1.commitmentMonths': expect.stringContaining('60'),
    });
    const french = frenchOf(productOffersForm.safeParse({ kind: 'omi', offers }, fr));
    expect(french['offers.1.price']).not.toBe(errors['offers.1.price']);
  });

  it('applies the domain’s rules: OUTSCALE’s VM types, recommended VMs, a Nuage public yearly rate', () => {
    const errors = frenchOf(
      productOffersForm.safeParse(
        {
          kind: 'omi',
          offers: [
            hourly([{ vmType: 'tinav6.c99r99p9', onDemandPerHour: '1', oneYearPerHour: '' }], {
              recommendedVms: [{ ...vm, vCpus: '0' }],
            }),
          ],
        },
        fr,
      ),
    );
    expect(errors['offers.0.prices.0.vmType']).toContain('tinavW');
    expect(errors['offers.0.recommendedVms.0.vCpus']).toContain('vCores');
    const nuage = errorsOf(
      productOffersForm.safeParse(
        {
          kind: 'omi',
          offers: [
            hourly([{ vmType: 'tinav6.c4r8p2', onDemandPerHour: '1', oneYearPerHour: '' }], {
              target: 'nuage_public',
            }),
          ],
        },
        en,
      ),
    );
    expect(nuage['offers.0.prices.0.oneYearPerHour']).toContain('one-year rate');
  });

  it('asks a new product for a name in one language at least', () => {
    const offer = hourly([{ vmType: 'tinav6.c4r8p2', onDemandPerHour: '1', oneYearPerHour: '' }]);
    const form = { kind: 'omi', name: { en: ' ', fr: '' }, eu2: false, offers: [offer] };
    expect(errorsOf(newProductForm.safeParse(form, en))).toEqual({
      name: 'Give the product a name, in at least one language.',
    });
    expect(newProductForm.safeParse({ ...form, name: { en: '', fr: 'Base' } }).success).toBe(true);
  });
});
