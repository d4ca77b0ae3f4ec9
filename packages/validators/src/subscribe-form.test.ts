import { describe, expect, it } from 'vitest';
import { errorMapOf, localizeMessage, messagePatterns } from './messages.ts';
import { type SubscribeFormValues, subscribeForm } from './subscriptions.ts';

const filled: SubscribeFormValues = {
  offerId: '00000000-0000-4000-8000-000000000001',
  region: 'eu-west-2',
  outscaleAccountIds: ['123456789012'],
  startDate: '',
  reserve: true,
  vmType: 'tinav6.c4r8p2',
  vmCount: ' 2 ',
  commitment: 'on_demand',
  licences: '',
  licenceAccepted: true,
};

const refusals = (values: SubscribeFormValues, licence: boolean, language: 'en' | 'fr' = 'en') => {
  const result = subscribeForm({ licence }).safeParse(values, { error: errorMapOf(language) });
  return result.success
    ? {}
    : Object.fromEntries(
        result.error.issues.map((i) => [i.path.join('.'), localizeMessage(i.message, language)]),
      );
};

describe('the subscribe form, derived from subscriptionsCreateInput', () => {
  it('gives the procedure its input, the reservation only when asked', () => {
    expect(subscribeForm({ licence: true }).parse(filled)).toEqual({
      offerId: filled.offerId,
      region: 'eu-west-2',
      outscaleAccountIds: ['123456789012'],
      licenceAccepted: true,
      reservation: { vmType: 'tinav6.c4r8p2', vmCount: 2, commitment: 'on_demand' },
    });
    const unreserved = subscribeForm({ licence: false }).parse({ ...filled, reserve: false, vmCount: 'abc' });
    expect(unreserved).not.toHaveProperty('reservation');
  });

  it('refuses each wrong field under its name, in the map’s words only', () => {
    for (const language of ['en', 'fr'] as const) {
      const found = refusals(
        { ...filled, outscaleAccountIds: [], vmCount: '2.5', licenceAccepted: false, startDate: 'soon' },
        true,
        language,
      );
      expect(Object.keys(found).sort()).toEqual([
        'licenceAccepted',
        'outscaleAccountIds',
        'startDate',
        'vmCount',
      ]);
      const patterns = messagePatterns(language);
      for (const text of Object.values(found)) expect(patterns.some((p) => p.test(text))).toBe(true);
    }
    expect(refusals({ ...filled, vmCount: '1000000' }, false).vmCount).toBe(
      'Enter a whole number from 1 to 1,000.',
    );
    expect(refusals({ ...filled, licenceAccepted: false }, false)).toEqual({});
  });
});
