import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { money } from '../money.ts';
import { vmRatesFrom } from './catalogue.ts';
import { countsLicences, estimateCost, HOURS_PER_MONTH } from './estimate.ts';
import { testCatalogue } from './test-catalogue.ts';
import { parseVmType } from './vm-types.ts';

const euWest2 = vmRatesFrom(testCatalogue('eu-west-2'));
const gouv = vmRatesFrom(testCatalogue('cloudgouv-eu-west-1'));
const ratesFor = (region: string) => (region === 'eu-west-2' ? euWest2 : gouv);
const estimate = (request: Parameters<typeof estimateCost>[1]) =>
  estimateCost(ratesFor(request.region), request);

const hourly = {
  type: 'hourly' as const,
  prices: [{ vmType: 'tinav6.c4r8p2', onDemandPerHour: money(12), oneYearPerHour: money(9) }],
};

describe('estimateCost', () => {
  it('adds the seller’s hourly rate to OUTSCALE’s VM rate, per hour, month and year', () => {
    const result = estimate({
      terms: hourly,
      region: 'eu-west-2',
      vmType: 'tinav6.c4r8p2',
      vmCount: 2,
      commitment: 'on_demand',
    });
    // VM: 4 × 0.03 + 8 × 0.005 = 0.16 €/h each; software 0.12 €/h each.
    expect(result.lines.map((l) => [l.kind, l.perHour.amount])).toEqual([
      ['software', 24],
      ['vm', 32],
    ]);
    expect(result.total.perHour).toEqual(money(56));
    expect(result.total.perMonth).toEqual(money(56 * HOURS_PER_MONTH));
    expect(result.total.perYear).toEqual(money(56 * 8760));
    expect(result.storageIncluded).toBe(false);
    expect(result.priceTable).toEqual({
      source: 'OUTSCALE ReadPublicCatalog, eu-west-2',
      asOf: '2026-12-01',
    });
  });

  it('applies the one-year rates: the seller’s per licence, OUTSCALE’s one-year catalogue entries', () => {
    const result = estimate({
      terms: hourly,
      region: 'cloudgouv-eu-west-1',
      vmType: 'tinav6.c4r8p2',
      vmCount: 2,
      commitment: 'one_year',
      licences: 3,
    });
    // VM on demand 4 × 0.04 + 8 × 0.006 = 0.208 €/h, minus 20 % = 0.1664 €/h, × 2.
    expect(result.lines[1]?.perYear).toEqual(money(Math.round(0.3328 * 8760 * 100)));
    expect(result.lines[0]?.perHour).toEqual(money(27));
  });

  it('prices free and BYOL software at zero and says the BYOL licence is bought apart', () => {
    const free = estimate({
      terms: { type: 'free' },
      region: 'eu-west-2',
      vmType: 'tinav5.c1r1p1',
      vmCount: 1,
      commitment: 'on_demand',
    });
    expect(free.lines[0]?.perYear).toEqual(money(0));
    expect(free.total.perHour).toEqual(money(5)); // 0.04 + 0.005, rounded to the cent
    const byol = estimate({
      terms: { type: 'byol', licenceUrl: 'https://example.com' },
      region: 'eu-west-2',
      vmType: 'tinav5.c1r1p1',
      vmCount: 1,
      commitment: 'on_demand',
    });
    expect(byol.lines[0]?.label.en).toMatch(/licence bought from the seller/);
  });

  it('spreads a subscription’s price over the year', () => {
    const result = estimate({
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
    expect(result.lines[0]?.perYear).toEqual(money(1200_00));
    expect(result.lines[0]?.perMonth).toEqual(money(100_00));
  });

  it('refuses a VM type the hourly offer has no price for, naming the priced ones', () => {
    const attempt = () =>
      estimate({
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
    expect(() => estimate({ ...base, terms: noYear, commitment: 'one_year' })).toThrow(/on demand/);
    expect(() =>
      estimate({ ...base, terms: { type: 'free' }, vmType: 'tinav9.c4r8p2', commitment: 'on_demand' }),
    ).toThrow(
      /no price for the VM type tinav9\.c4r8p2 in eu-west-2 \(OUTSCALE ReadPublicCatalog, eu-west-2, read on 1 December 2026\)/,
    );
    // Listed, priced on demand, but no one-year entry: the commitment is refused, not the VM type.
    const mediumYear = () =>
      estimate({ ...base, terms: { type: 'free' }, vmType: 'tinav5.c1r1p3', commitment: 'one_year' });
    expect(mediumYear).toThrow(/no one-year price for tinav5\.c1r1p3/);
    expect(() => estimate({ ...base, terms: { type: 'free' }, vmCount: 0, commitment: 'on_demand' })).toThrow(
      /1 to 1,000/,
    );
  });
});

describe('parseVmType', () => {
  it('reads generation, vCores, memory and performance', () => {
    expect(parseVmType('tinav7.c16r64p1')).toEqual({
      generation: 7,
      vCores: 16,
      ramGiB: 64,
      performance: 'highest',
      flag: 1,
    });
    expect(parseVmType('tinav6.c4r8p3')?.performance).toBe('medium');
    expect(parseVmType('tinav6.c0r8p3')).toBeNull();
    expect(parseVmType('t2.micro')).toBeNull();
  });
});

describe('vmRatesFrom', () => {
  it('prices a custom type per vCore of its generation and performance plus per GiB, in micro-euros', () => {
    expect(euWest2.perHour('tinav6.c4r8p2', 'on_demand')).toBe(4 * 30_000 + 8 * 5_000);
    expect(euWest2.perHour('tinav6.c4r8p1', 'one_year')).toBe(4 * 30_000 + 8 * 3_750);
    expect(gouv.perHour('tinav5.c1r1p1', 'on_demand')).toBe(50_000 + 6_000);
    expect(euWest2).toMatchObject({ region: 'eu-west-2', asOf: '2026-12-01' });
  });

  it('prices a fixed type from its BoxUsage entry', () => {
    expect(euWest2.perHour('t2.small', 'on_demand')).toBe(18_000);
    expect(euWest2.perHour('t2.small', 'one_year')).toBeNull();
  });

  it('prices only VM types ReadVmTypes lists, and only when every part has an entry', () => {
    expect(euWest2.perHour('tinav6.c8r32p2', 'on_demand')).toBeNull(); // not listed
    expect(euWest2.perHour('tinav7.c4r8p2', 'on_demand')).toBeNull(); // listed, no v7 vCore entry
    expect(euWest2.perHour('m4.large', 'on_demand')).toBeNull(); // listed, no BoxUsage entry
    expect(euWest2.perHour('tinav5.c1r1p3', 'one_year')).toBeNull(); // no one-year medium vCore
    expect(euWest2.perHour(' tinav6.c4r8p2 ', 'on_demand')).toBe(160_000);
  });

  it('reads the generation-specific RAM entry before the generic one, and skips unreadable prices', () => {
    const catalogue = testCatalogue('eu-west-2');
    const rates = vmRatesFrom({
      ...catalogue,
      entries: [
        ...catalogue.entries,
        { Operation: 'RunInstances-OD', Type: 'CustomRam:v6', UnitPrice: 0.004 },
        { Operation: 'RunInstances-OD', Type: 'BoxUsage:m4.large', UnitPrice: Number.NaN },
      ],
    });
    expect(rates.perHour('tinav6.c4r8p2', 'on_demand')).toBe(4 * 30_000 + 8 * 4_000);
    expect(rates.perHour('tinav5.c1r1p1', 'on_demand')).toBe(40_000 + 5_000);
    expect(rates.perHour('m4.large', 'on_demand')).toBeNull();
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
