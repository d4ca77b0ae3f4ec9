import { describe, expect, it } from 'vitest';
import type { ProductOffer } from '../buying/api.ts';
import { estimateInput, initialChoice, vmTypesFor } from './estimate-choice.ts';

const O1 = '00000000-0000-4000-8000-000000000001';
const P1 = '00000000-0000-4000-8000-0000000000aa';
const hourly = {
  id: O1,
  title: 'Pay as you go',
  type: 'hourly',
  prices: [{ vmType: 'tinav6.c4r8p2', onDemandPerHour: { amount: 12, currency: 'EUR' } }],
} as ProductOffer;
const product = { offers: [hourly], regions: ['eu-west-2' as const], recommendedVmTypes: ['tinav5.c2r4p1'] };

describe('the estimate choice', () => {
  it('starts from the first offer, region and priced VM type', () => {
    expect(initialChoice(product)).toMatchObject({
      offerId: O1,
      region: 'eu-west-2',
      vmType: 'tinav6.c4r8p2',
    });
    expect(vmTypesFor(product, undefined)).toEqual(['tinav5.c2r4p1']);
  });

  it('offers the VMs an offer recommends when it is not priced per VM type', () => {
    const free = {
      id: '00000000-0000-4000-8000-000000000002',
      title: 'Free',
      type: 'free',
      description: '',
      recommendedVms: [
        { cpuGeneration: 'v6', vCpus: 4, memoryGiB: 8, performance: 'high' },
        { cpuGeneration: 'v7', vCpus: 8, memoryGiB: 32, performance: 'highest' },
      ],
    } as ProductOffer;
    expect(vmTypesFor(product, free)).toEqual(['tinav6.c4r8p2', 'tinav7.c8r32p1']);
    expect(vmTypesFor(product, { ...free, recommendedVms: [] })).toEqual(['tinav5.c2r4p1']);
  });

  it('asks nothing of the server until the VM count is a whole number', () => {
    const choice = initialChoice(product);
    expect(estimateInput(P1, product.offers, { ...choice, vmCount: 'two' })).toBeNull();
    expect(estimateInput(P1, product.offers, { ...choice, vmCount: '0' })).toBeNull();
    for (const vmCount of ['', '-3', '2.5', 'abc', '1,000', '1000000'])
      expect(estimateInput(P1, product.offers, { ...choice, vmCount })).toBeNull();
    expect(estimateInput(P1, product.offers, { ...choice, vmCount: ' 3 ' })).toMatchObject({ vmCount: 3 });
  });

  it('sends licences only for a one-year hourly commitment', () => {
    const choice = { ...initialChoice(product), licences: '4' };
    expect(estimateInput(P1, product.offers, choice)).not.toHaveProperty('licences');
    expect(estimateInput(P1, product.offers, { ...choice, commitment: 'one_year' })).toMatchObject({
      licences: 4,
    });
  });
});
