import type { Region } from '../vocabulary.ts';
import { parseVmType } from './vm-types.ts';

/** One entry of OUTSCALE's price list, as ReadPublicCatalog answers it (official `CatalogEntry`). */
export type CatalogueEntry = {
  Category?: string | undefined;
  Flags?: string | undefined;
  Operation?: string | undefined;
  Service?: string | undefined;
  SubregionName?: string | undefined;
  Title?: string | undefined;
  Type?: string | undefined;
  /** In the account's currency (EUR), per unit and hour unless Flags says PER_MONTH. */
  UnitPrice?: number | undefined;
};

/** One VM type, as ReadVmTypes answers it (official `VmType`, the fields the marketplace reads). */
export type CatalogueVmType = {
  VmTypeName?: string | undefined;
  VcoreCount?: number | undefined;
  MemorySize?: number | undefined;
  Gpu?: number | undefined;
};

/** A region's ReadPublicCatalog and ReadVmTypes, as read on one day (`asOf`, YYYY-MM-DD, UTC). */
export type PriceCatalogue = {
  region: Region;
  asOf: string;
  entries: readonly CatalogueEntry[];
  vmTypes: readonly CatalogueVmType[];
};

export type Commitment = 'on_demand' | 'one_year';

/**
 * OUTSCALE's VM rates in one region, from one catalogue. `perHour` is in micro-euros (1 € = 1,000,000:
 * a GiB of memory costs a fraction of a cent an hour; estimates and charges round to cents at the end),
 * null when the region has no such VM type or its catalogue no price for it under that commitment.
 */
export type VmRates = {
  region: Region;
  asOf: string;
  /** "OUTSCALE ReadPublicCatalog, eu-west-2": shown beside every estimate with `asOf`. */
  source: string;
  perHour(vmType: string, commitment: Commitment): number | null;
};

/**
 * The catalogue's VM operations: `RunInstances-OD` is on demand (the official example's); one-year
 * commitments are `RunInstances-1Y` entries (the simulator's modelling of OUTSCALE's commitment prices:
 * the official API description shows only the on-demand entry). No one-year entry, no one-year rate.
 */
const COMMITMENT_SUFFIX: Record<string, Commitment> = { OD: 'on_demand', '1Y': 'one_year' };

const MICROS_PER_EURO = 1_000_000;

export const catalogueSource = (region: Region) => `OUTSCALE ReadPublicCatalog, ${region}`;

/**
 * The VM rates a catalogue gives, as OUTSCALE prices VMs:
 * - a type ReadVmTypes lists with a `BoxUsage:<type>` entry (fixed types such as t2.small, GPU types):
 *   that entry's price;
 * - a custom `tinavW.cXrYpZ` type: X vCores at `CustomCore:vW-pZ` plus Y GiB at `CustomRam:vW` (or the
 *   generation-less `CustomRam`).
 * Only VM types ReadVmTypes lists in the region are priced.
 */
export function vmRatesFrom(catalogue: PriceCatalogue): VmRates {
  const prices = new Map<string, number>();
  for (const entry of catalogue.entries) {
    const [operation, suffix = ''] = (entry.Operation ?? '').split(/-(?=[^-]+$)/);
    const commitment = COMMITMENT_SUFFIX[suffix];
    if (operation !== 'RunInstances' || !commitment || !entry.Type) continue;
    if (typeof entry.UnitPrice !== 'number' || !Number.isFinite(entry.UnitPrice) || entry.UnitPrice < 0)
      continue;
    prices.set(`${entry.Type}|${commitment}`, Math.round(entry.UnitPrice * MICROS_PER_EURO));
  }
  const listed = new Set(catalogue.vmTypes.flatMap((t) => (t.VmTypeName ? [t.VmTypeName] : [])));
  return {
    region: catalogue.region,
    asOf: catalogue.asOf,
    source: catalogueSource(catalogue.region),
    perHour(vmType, commitment) {
      const name = vmType.trim();
      if (!listed.has(name)) return null;
      const fixed = prices.get(`BoxUsage:${name}|${commitment}`);
      if (fixed !== undefined) return fixed;
      const shape = parseVmType(name);
      if (!shape) return null;
      const core = prices.get(`CustomCore:v${shape.generation}-p${shape.flag}|${commitment}`);
      const ram =
        prices.get(`CustomRam:v${shape.generation}|${commitment}`) ?? prices.get(`CustomRam|${commitment}`);
      if (core === undefined || ram === undefined) return null;
      return shape.vCores * core + shape.ramGiB * ram;
    },
  };
}
