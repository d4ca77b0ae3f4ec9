import type { Region } from '../vocabulary.ts';

/**
 * OUTSCALE's VM rates, as OUTSCALE prices a "tinavX.cYrZpN" VM: Y vCores at the rate of its performance
 * class plus Z GiB of memory, per hour. Rates are integers of micro-euros (1 € = 1,000,000) because a GiB
 * of memory costs a fraction of a cent an hour; estimates round to cents only at the end.
 *
 * Source and date travel with the table and are shown beside every estimate. Only the vCore rate of the
 * highest performance class is published in the official OUTSCALE API description (OpenAPI 1.40.1,
 * ReadPublicCatalog example "CustomCore:v5-p1", eu-west-2, 0.04 €/h); the other rates are placeholders
 * of the same order, to be replaced from ReadPublicCatalog (unauthenticated) on a machine that can reach
 * the OUTSCALE API. Estimates say they are indicative; only OUTSCALE's invoices are binding.
 */
export type VmPriceTable = {
  source: string;
  asOf: string;
  currency: 'EUR';
  regions: Record<Region, RegionVmRates>;
};

export type PerformanceClass = 'highest' | 'high' | 'medium';

export type RegionVmRates = {
  /** Micro-euros per vCore and hour, by performance class (p1 highest, p2 high, p3 medium). */
  vCorePerHour: Record<PerformanceClass, number>;
  /** Micro-euros per GiB of memory and hour. */
  ramGiBPerHour: number;
  /** Discount on the VM rate when the VMs are reserved for one year, in whole percent. */
  oneYearDiscountPercent: number;
};

const RATES: RegionVmRates = {
  vCorePerHour: { highest: 40_000, high: 34_000, medium: 28_000 },
  ramGiBPerHour: 5_000,
  oneYearDiscountPercent: 30,
};

export const VM_PRICE_TABLE: VmPriceTable = {
  source:
    'OUTSCALE API ReadPublicCatalog (vCore, highest performance: OpenAPI 1.40.1 example; other rates provisional)',
  asOf: '2026-11-25',
  currency: 'EUR',
  regions: { 'cloudgouv-eu-west-1': RATES, 'eu-west-2': RATES },
};

export type VmShape = { generation: number; vCores: number; ramGiB: number; performance: PerformanceClass };

const PERFORMANCE: Record<string, PerformanceClass> = { '1': 'highest', '2': 'high', '3': 'medium' };

/** Reads an OUTSCALE VM type such as "tinav6.c4r8p2"; null when it is not one. */
export function parseVmType(vmType: string): VmShape | null {
  const match = /^tinav(\d+)\.c(\d+)r(\d+)p([123])$/.exec(vmType.trim());
  if (!match) return null;
  const [, generation, vCores, ramGiB, performance] = match;
  const shape = {
    generation: Number(generation),
    vCores: Number(vCores),
    ramGiB: Number(ramGiB),
    performance: PERFORMANCE[performance ?? ''] ?? 'medium',
  };
  return shape.vCores > 0 && shape.ramGiB > 0 ? shape : null;
}

/** The hourly rate of one VM, in micro-euros, on demand or reserved for a year. */
export function vmRatePerHour(
  table: VmPriceTable,
  region: Region,
  shape: VmShape,
  commitment: 'on_demand' | 'one_year',
): number {
  const rates = table.regions[region];
  const onDemand = shape.vCores * rates.vCorePerHour[shape.performance] + shape.ramGiB * rates.ramGiBPerHour;
  if (commitment === 'on_demand') return onDemand;
  return Math.round((onDemand * (100 - rates.oneYearDiscountPercent)) / 100);
}
