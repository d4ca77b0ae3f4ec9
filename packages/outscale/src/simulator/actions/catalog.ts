// ReadPublicCatalog and ReadVmTypes: unsigned reads of a region's price catalogue and VM types, answered
// from the seed (seed/price-catalogue.json by default). The region is the endpoint's, as on OUTSCALE
// (`https://api.{region}.outscale.com/api/v1`); a signed call without one in its path reads its account's.
import { errors } from '../api-error.ts';
import { expandVmTypes, type SeedCatalogue } from '../seed.ts';
import { type ActionContext, type Handlers, onlyFilters, pageByToken, wildcardMatch } from './context.ts';

function regionOf(ctx: ActionContext): string {
  const region = ctx.region ?? ctx.account?.Region;
  if (!region) {
    throw errors.invalidValue(
      'endpoint',
      'a public call names its Region in its endpoint (/{region}/api/v1)',
    );
  }
  return region;
}

const within = <T>(wanted: T[] | undefined, value: T | undefined) =>
  !wanted || (value !== undefined && wanted.includes(value));

/** The handlers for one simulator, over its catalogues (read at each call: a test may change a price). */
export function catalogHandlers(catalogues: Record<string, SeedCatalogue>): Handlers {
  const catalogueOf = (ctx: ActionContext) => {
    const name = regionOf(ctx);
    const catalogue = catalogues[name];
    if (!catalogue) throw errors.invalidValue('endpoint', `the simulator has no Region ${name}`);
    return { name, catalogue };
  };
  return {
    ReadPublicCatalog(ctx) {
      const { catalogue } = catalogueOf(ctx);
      return { Catalog: { Entries: catalogue.Entries.map((entry) => ({ ...entry })) } };
    },

    ReadVmTypes(ctx, body) {
      const { catalogue } = catalogueOf(ctx);
      const filters = body.Filters;
      onlyFilters(filters, ['VmTypeNames', 'VcoreCounts', 'MemorySizes', 'Gpus', 'BsuOptimized']);
      const all = expandVmTypes(catalogue).filter(
        (t) =>
          (!filters?.VmTypeNames ||
            filters.VmTypeNames.some((pattern) => wildcardMatch(pattern, t.VmTypeName ?? ''))) &&
          within(filters?.VcoreCounts, t.VcoreCount) &&
          within(filters?.MemorySizes, t.MemorySize) &&
          within(filters?.Gpus, t.Gpu) &&
          (filters?.BsuOptimized === undefined || filters.BsuOptimized === t.BsuOptimized),
      );
      const { page, NextPageToken } = pageByToken(all, body);
      return { VmTypes: page.map((t) => ({ ...t })), ...(NextPageToken ? { NextPageToken } : {}) };
    },
  };
}
