import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { money } from '../money.ts';
import { countsLicences, estimateCost, HOURS_PER_MONTH } from './estimate.ts';
import { parseVmType, VM_PRICE_TABLE, type VmPriceTable } from './vm-prices.ts';

const table: VmPriceTable = {
  ...VM_PRICE_TABLE,
  regions: {
    'eu-west-2': {
      vCorePerHour: { highest: 40_000, high: 30_000, medium: 20_000 },
      ramGiBPerHour: 5_000,
      oneYearDiscountPercent: 25,
    },
    'cloudgouv-eu-west-1': {
      vCorePerHour: { highest: 50_000, high: 40_000, medium: 30_000 },
      ramGiBPerHour: 6_000,
      oneYearDiscountPercent: 20,
    },
  },
};

const hourly = {
  type: 'hourly' as const,
  prices: [{ vmType: 'tinav6.c4r8p2', onDemandPerHour: money(12), oneYearPerHour: money(9) }],
};

describe('estimateCost', () => {
  it('adds the seller’s hourly rate to OUTSCALE’s VM rate, per hour, month and year', () => {
    const estimate = estimateCost(table, {
      terms: hourly,
      region: 'eu-west-2',
      vmType: 'tinav6.c4r8p2',
      vmCount: 2,
      commitment: 'on_demand',
    });
    // VM: 4 × 0.03 + 8 × 0.005 = 0.16 €/h each; software 0.12 €/h each.
    expect(estimate.lines.map((l) => [l.kind, l.perHour.amount])).toEqual([
      ['software', 24],
      ['vm', 32],
    ]);
    expect(estimate.total.perHour).toEqual(money(56));
    expect(estimate.total.perMonth).toEqual(money(56 * HOURS_PER_MONTH));
    expect(estimate.total.perYear).toEqual(money(56 * 8760));
    expect(estimate.storageIncluded).toBe(false);
    expect(estimate.priceTable.asOf).toBe(VM_PRICE_TABLE.asOf);
  });

  it('applies the one-year rates: the seller’s per licence, OUTSCALE’s reservation discount', () => {
    const estimate = estimateCost(table, {
      terms: hourly,
      region: 'cloudgouv-eu-west-1',
      vmType: 'tinav6.c4r8p2',
      vmCount: 2,
      commitment: 'one_year',
      licences: 3,
    });
    // VM on demand 4 × 0.04 + 8 × 0.006 = 0.208 €/h, minus 20 % = 0.1664 €/h, × 2.
    expect(estimate.lines[1]?.perYear).toEqual(money(Math.round(0.3328 * 8760 * 100)));
    expect(estimate.lines[0]?.perHour).toEqual(money(27));
  });

  it('prices free and BYOL software at zero and says the BYOL licence is bought apart', () => {
    const free = estimateCost(table, {
      terms: { type: 'free' },
      region: 'eu-west-2',
      vmType: 'tinav5.c1r1p1',
      vmCount: 1,
      commitment: 'on_demand',
    });
    expect(free.lines[0]?.perYear).toEqual(money(0));
    expect(free.total.perHour).toEqual(money(5)); // 0.04 + 0.005, rounded to the cent
    const byol = estimateCost(table, {
      terms: { type: 'byol', licenceUrl: 'https://example.com' },
      region: 'eu-west-2',
      vmType: 'tinav5.c1r1p1',
      vmCount: 1,
      commitment: 'on_demand',
    });
    expect(byol.lines[0]?.label.en).toMatch(/licence bought from the seller/);
  });

  it('spreads a subscription’s price over the year', () => {
    const estimate = estimateCost(table, {
      terms: {
        type: 'subscription',
        price: money(100_00),
        commitmentMonths: 12,
        billingFrequency: 'monthly',
      },
      region: 'eu-west-2',
      vmType: 'tinav5.c1r1p3',
      vmCount: 1,
      commitment: 'on_demand',
    });
    expect(estimate.lines[0]?.perYear).toEqual(money(1200_00));
    expect(estimate.lines[0]?.perMonth).toEqual(money(100_00));
  });

  it('refuses a VM type the hourly offer has no price for, naming the priced ones', () => {
    const attempt = () =>
      estimateCost(table, {
        terms: hourly,
        region: 'eu-west-2',
        vmType: 'tinav5.c2r4p1',
        vmCount: 1,
        commitment: 'on_demand',
      });
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow(/tinav6\.c4r8p2/);
  });

  it('refuses a one-year estimate when the offer has no one-year price, and a bad VM type or count', () => {
    const noYear = {
      type: 'hourly' as const,
      prices: [{ vmType: 'tinav6.c4r8p2', onDemandPerHour: money(12) }],
    };
    const base = { region: 'eu-west-2' as const, vmType: 'tinav6.c4r8p2', vmCount: 1 };
    expect(() => estimateCost(table, { ...base, terms: noYear, commitment: 'one_year' })).toThrow(
      /on demand/,
    );
    expect(() =>
      estimateCost(table, { ...base, terms: { type: 'free' }, vmType: 'm4.large', commitment: 'on_demand' }),
    ).toThrow(/tinav6\.c4r8p2/);
    expect(() =>
      estimateCost(table, { ...base, terms: { type: 'free' }, vmCount: 0, commitment: 'on_demand' }),
    ).toThrow(/1 to 1,000/);
  });
});

describe('parseVmType', () => {
  it('reads generation, vCores, memory and performance', () => {
    expect(parseVmType('tinav7.c16r64p1')).toEqual({
      generation: 7,
      vCores: 16,
      ramGiB: 64,
      performance: 'highest',
    });
    expect(parseVmType('tinav6.c4r8p3')?.performance).toBe('medium');
    expect(parseVmType('tinav6.c0r8p3')).toBeNull();
    expect(parseVmType('t2.micro')).toBeNull();
  });
});

describe('countsLicences', () => {
  it('counts licences for a one-year hourly commitment and subscriptions only', () => {
    expect(countsLicences('hourly', 'one_year')).toBe(true);
    expect(countsLicences('hourly', 'on_demand')).toBe(false);
    expect(countsLicences('subscription', 'on_demand')).toBe(true);
    expect(countsLicences('free', 'one_year')).toBe(false);
  });
});
