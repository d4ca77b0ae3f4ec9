// What a subscription costs in one month (SPEC §7e): the seller's software charge under the offer's
// model and OUTSCALE's VM cost, from the usage the metering recorded. The seller's rates come from the
// same function as the estimate's (`softwarePerHour`), so the estimate and the charge cannot disagree.
import type { OfferTerms } from '../catalog/offers.ts';
import { type Money, money } from '../money.ts';
import type { Commitment, VmRates } from '../pricing/catalogue.ts';
import { MICROS_PER_CENT, softwarePerHour } from '../pricing/estimate.ts';

/** OUTSCALE's VM rates of a region (micro-euros per hour, from its price catalogue). */
export type VmRateSource = VmRates;

/** Usage is kept in thousandths of an hour (a VM-hour is 1,000). */
export const MILLIHOURS_PER_HOUR = 1000;
const HOUR_MS = 3_600_000;

/** VM-hours of one VM type, in one month, under one key (the OUTSCALE account it ran in). */
export type UsageLine = { key: string; vmType: string; milliHours: number };

export type ChargeRequest = {
  terms: OfferTerms;
  /** The commitment the buyer chose (its recorded estimate); on demand when none was recorded. */
  commitment: Commitment;
  /** Licences committed (one-year hourly) or bought (subscription offers). */
  licences: number;
  /** The VM type the one-year licences were committed for (the recorded estimate's). */
  reservedVmType: string | null;
  /** The month, YYYY-MM (UTC). */
  month: string;
  /** When the subscription became usable, and when it stopped (null while it runs). */
  usableFrom: Date | null;
  endsAt: Date | null;
  /** Charges stop here for the month in progress (periods not yet begun are not owed yet). */
  until: Date;
  usage: readonly UsageLine[];
  vmRates: VmRateSource;
};

export type ChargeLine = UsageLine & { software: Money; vm: Money };

export type MonthCharge = {
  /** Per key and VM type: the usage's software charge (on demand) and its VM cost, each rounded once. */
  lines: ChargeLine[];
  /** Charged whatever the usage: one-year licences' hours, or subscription periods begun this month. */
  fixed: Money;
  software: Money;
  vm: Money;
  total: Money;
  milliHours: number;
};

/** Micro-euros per hour × thousandths of an hour, rounded to the cent once. */
const lineCents = (microsPerHour: number, milliHours: number) =>
  Math.round((microsPerHour * milliHours) / MILLIHOURS_PER_HOUR / MICROS_PER_CENT);

export function monthBounds(month: string): { start: Date; end: Date } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return { start: new Date(Date.UTC(year, mon - 1, 1)), end: new Date(Date.UTC(year, mon, 1)) };
}

function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** On demand, the seller's hourly rate of a VM type; a type the offer does not price pays its highest. */
function onDemandMicros(terms: OfferTerms, vmType: string): number {
  if (terms.type !== 'hourly') return 0;
  const priced = terms.prices.some((p) => p.vmType === vmType);
  const type = priced
    ? vmType
    : [...terms.prices].sort((a, b) => b.onDemandPerHour.amount - a.onDemandPerHour.amount)[0]?.vmType;
  if (!type) return 0;
  return softwarePerHour({
    terms,
    region: 'cloudgouv-eu-west-1',
    vmType: type,
    vmCount: 1,
    commitment: 'on_demand',
  }).micros;
}

/** The hours (thousandths) of the month during which the subscription was usable, up to `until`. */
function inForceMilliHours(request: ChargeRequest): number {
  if (!request.usableFrom) return 0;
  const { start, end } = monthBounds(request.month);
  const from = Math.max(start.getTime(), request.usableFrom.getTime());
  const to = Math.min(end.getTime(), request.endsAt?.getTime() ?? Infinity, request.until.getTime());
  return to > from ? Math.round(((to - from) / HOUR_MS) * MILLIHOURS_PER_HOUR) : 0;
}

/** The subscription offer's periods begun in the month (monthly from the usable date, or yearly). */
function periodsBegun(request: ChargeRequest, everyMonths: number): number {
  if (!request.usableFrom) return 0;
  const { start, end } = monthBounds(request.month);
  const stop = Math.min(end.getTime(), request.endsAt?.getTime() ?? Infinity, request.until.getTime() + 1);
  let count = 0;
  for (let k = 0; ; k += 1) {
    const begins = addMonths(request.usableFrom, k * everyMonths).getTime();
    if (begins >= stop) break;
    if (begins >= start.getTime()) count += 1;
  }
  return count;
}

function fixedCents(request: ChargeRequest): number {
  const { terms } = request;
  switch (terms.type) {
    case 'free':
    case 'byol':
      return 0;
    case 'subscription': {
      const periods = periodsBegun(request, terms.billingFrequency === 'monthly' ? 1 : 12);
      return terms.price.amount * request.licences * periods;
    }
    case 'hourly': {
      const reserved = terms.prices.find((p) => p.vmType === request.reservedVmType);
      if (request.commitment !== 'one_year' || !reserved?.oneYearPerHour) return 0;
      const { micros } = softwarePerHour({
        terms,
        region: 'cloudgouv-eu-west-1',
        vmType: reserved.vmType,
        vmCount: request.licences,
        commitment: 'one_year',
        licences: request.licences,
      });
      return lineCents(micros, inForceMilliHours(request));
    }
  }
}

/**
 * The month's charge of one subscription. Hourly on demand: the software rate of each VM type × its
 * VM-hours. Hourly with one-year licences: the licences × their hourly rate for every hour of the month
 * the subscription was usable, used or not (the VMs' usage adds no software charge). Subscription
 * offers: the price × licences for each billing period begun in the month (monthly: every month from
 * the usable date; yearly: the year's price in the month it begins). Free and BYOL: no software charge.
 * VM cost (every model): VM-hours × OUTSCALE's rate for the VM type and commitment. Partial hours count
 * in thousandths of an hour; each line is rounded to the cent once.
 */
export function monthCharge(request: ChargeRequest): MonthCharge {
  const hourlyOnDemand = request.terms.type === 'hourly' && request.commitment !== 'one_year';
  const lines = request.usage.map((usage): ChargeLine => {
    const software = hourlyOnDemand
      ? lineCents(onDemandMicros(request.terms, usage.vmType), usage.milliHours)
      : 0;
    const vmRate = request.vmRates.perHour(usage.vmType, request.commitment) ?? 0;
    return { ...usage, software: money(software), vm: money(lineCents(vmRate, usage.milliHours)) };
  });
  const fixed = fixedCents(request);
  const software = fixed + lines.reduce((sum, l) => sum + l.software.amount, 0);
  const vm = lines.reduce((sum, l) => sum + l.vm.amount, 0);
  return {
    lines,
    fixed: money(fixed),
    software: money(software),
    vm: money(vm),
    total: money(software + vm),
    milliHours: request.usage.reduce((sum, l) => sum + l.milliHours, 0),
  };
}

/** The months from `from` to `to` (YYYY-MM, inclusive). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let { start } = monthBounds(from);
  const last = monthBounds(to).start;
  while (start <= last) {
    months.push(start.toISOString().slice(0, 7));
    start = addMonths(start, 1);
  }
  return months;
}

/** The month (YYYY-MM, UTC) of a date. */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7);
