import { describe, expect, it } from 'vitest';
import type { OfferTerms } from '../catalog/offers.ts';
import { money } from '../money.ts';
import { estimateCost } from '../pricing/estimate.ts';
import { type ChargeRequest, monthCharge, monthsBetween, type VmRateSource } from './charges.ts';

/** A region's VM rates as a catalogue gives them: micro-euros per hour (a fraction of a cent). */
const RATES: Record<string, { on_demand: number; one_year: number }> = {
  'tinav6.c2r4p2': { on_demand: 97_500, one_year: 68_250 },
  'tinav6.c4r8p2': { on_demand: 195_000, one_year: 136_500 },
};
const rates: VmRateSource = {
  region: 'cloudgouv-eu-west-1',
  asOf: '2026-11-25',
  source: 'OUTSCALE ReadPublicCatalog, cloudgouv-eu-west-1',
  perHour: (vmType, commitment) => RATES[vmType]?.[commitment] ?? null,
};

const hourly: OfferTerms = {
  type: 'hourly',
  prices: [
    { vmType: 'tinav6.c2r4p2', onDemandPerHour: money(12), oneYearPerHour: money(8) },
    { vmType: 'tinav6.c4r8p2', onDemandPerHour: money(20) },
  ],
};

const request = (over: Partial<ChargeRequest>): ChargeRequest => ({
  terms: hourly,
  commitment: 'on_demand',
  licences: 1,
  reservedVmType: null,
  month: '2026-12',
  usableFrom: new Date('2026-12-01T00:00:00Z'),
  endsAt: null,
  until: new Date('2027-01-01T00:00:00Z'),
  usage: [],
  vmRates: rates,
  ...over,
});

describe('monthCharge', () => {
  it('charges on-demand VM-hours at the rates the estimate shows', () => {
    const charge = monthCharge(request({ usage: [{ key: 'a', vmType: 'tinav6.c2r4p2', milliHours: 6000 }] }));
    const estimate = estimateCost(rates, {
      terms: hourly,
      region: 'cloudgouv-eu-west-1',
      vmType: 'tinav6.c2r4p2',
      vmCount: 1,
      commitment: 'on_demand',
    });
    const [software] = estimate.lines;
    expect(charge.software).toEqual(money(6 * (software?.perHour.amount ?? 0)));
    // OUTSCALE's rate is a fraction of a cent an hour: the line is rounded once, not each hour.
    const vmMicros = rates.perHour('tinav6.c2r4p2', 'on_demand') ?? 0;
    expect(charge.vm).toEqual(money(Math.round((6 * vmMicros) / 10_000)));
    expect(charge.total.amount).toBe(charge.software.amount + charge.vm.amount);
    expect(charge.milliHours).toBe(6000);
  });

  it('counts partial hours in thousandths, rounding each line once', () => {
    // 0.5 h at 12 c = 6 c; 0.333 h at 20 c = 6.66 c → 7 c.
    const charge = monthCharge(
      request({
        usage: [
          { key: 'a', vmType: 'tinav6.c2r4p2', milliHours: 500 },
          { key: 'a', vmType: 'tinav6.c4r8p2', milliHours: 333 },
        ],
      }),
    );
    expect(charge.lines.map((l) => l.software.amount)).toEqual([6, 7]);
  });

  it('charges a VM type the offer does not price at its highest rate', () => {
    const charge = monthCharge(request({ usage: [{ key: 'a', vmType: 'tinav5.c1r1p1', milliHours: 1000 }] }));
    expect(charge.software).toEqual(money(20));
  });

  it('charges one-year licences for every hour in force, used or not', () => {
    const charge = monthCharge(
      request({
        commitment: 'one_year',
        licences: 3,
        reservedVmType: 'tinav6.c2r4p2',
        usableFrom: new Date('2026-12-31T00:00:00Z'),
        usage: [{ key: 'a', vmType: 'tinav6.c2r4p2', milliHours: 1000 }],
      }),
    );
    expect(charge.fixed).toEqual(money(3 * 8 * 24));
    expect(charge.software).toEqual(charge.fixed);
    expect(charge.vm.amount).toBeGreaterThan(0);
  });

  it('charges a monthly subscription each month from the usable date, a yearly one in its first month', () => {
    const monthly: OfferTerms = {
      type: 'subscription',
      price: money(5000),
      commitmentMonths: 12,
      billingFrequency: 'monthly',
    };
    const usableFrom = new Date('2026-11-15T00:00:00Z');
    expect(monthCharge(request({ terms: monthly, licences: 2, usableFrom })).software).toEqual(money(10000));
    expect(monthCharge(request({ terms: monthly, usableFrom, month: '2026-10' })).software).toEqual(money(0));
    // Not begun yet (the 15th has not come): nothing owed so far this month.
    const early = new Date('2026-12-10T00:00:00Z');
    expect(monthCharge(request({ terms: monthly, usableFrom, until: early })).software).toEqual(money(0));
    const yearly: OfferTerms = { ...monthly, price: money(50000), billingFrequency: 'yearly' };
    expect(monthCharge(request({ terms: yearly, usableFrom, month: '2026-11' })).software).toEqual(
      money(50000),
    );
    expect(monthCharge(request({ terms: yearly, usableFrom })).software).toEqual(money(0));
    expect(monthCharge(request({ terms: monthly, usableFrom: null })).software).toEqual(money(0));
  });

  it('charges free and BYOL nothing, and still shows their VM cost', () => {
    const usage = [{ key: 'a', vmType: 'tinav6.c2r4p2', milliHours: 2000 }];
    for (const terms of [
      { type: 'free' },
      { type: 'byol', licenceUrl: 'https://x.example' },
    ] as OfferTerms[]) {
      const charge = monthCharge(request({ terms, usage }));
      expect(charge.software).toEqual(money(0));
      expect(charge.vm.amount).toBeGreaterThan(0);
      expect(charge.milliHours).toBe(2000);
    }
  });

  it('lists the months of a range', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});
