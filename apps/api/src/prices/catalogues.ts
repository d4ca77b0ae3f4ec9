// OUTSCALE's prices, read from OUTSCALE: each region's ReadPublicCatalog and ReadVmTypes (both unsigned)
// stored by day in PostgreSQL (packages/db price_catalogue). Estimates and charges price VMs with the
// region's latest catalogue (`loadVmRates`); offers are checked against its VM types (`loadOfferedVmTypes`).
import { type EntityManager, latestPriceCatalogues, type Orm, storePriceCatalogue } from '@marketplace/db';
import {
  type OfferedVmTypes,
  offeredVmTypes,
  type PriceCatalogue,
  preconditionFailed,
  REGIONS,
  type Region,
  type VmRates,
  vmRatesFrom,
} from '@marketplace/domain';
import { OutscaleClient, readPriceCatalogue } from '@marketplace/outscale';
import type { Cloud } from '../cloud.ts';
import type { JobDefinition } from '../jobs/queue.ts';

const notReadYet = (regions: readonly Region[]) => {
  const list = regions.join(', ');
  return preconditionFailed({
    en: `OUTSCALE's price catalogue for ${list} has not been read yet: try again in a few minutes.`,
    fr: `Le catalogue de prix d'OUTSCALE pour ${list} n'a pas encore été lu : réessayez dans quelques minutes.`,
  });
};

/** The region's latest stored catalogue, or PRECONDITION_FAILED when none was ever read. */
async function latest(em: EntityManager, regions: readonly Region[]): Promise<PriceCatalogue[]> {
  const catalogues = await latestPriceCatalogues(em, regions);
  const missing = regions.filter((r) => !catalogues.some((c) => c.region === r));
  if (missing.length > 0) throw notReadYet(missing);
  return catalogues;
}

/** OUTSCALE's VM rates in a region, from its latest stored catalogue (estimates and charges use these). */
export async function loadVmRates(em: EntityManager, region: Region): Promise<VmRates> {
  const [catalogue] = await latest(em, [region]);
  if (!catalogue) throw notReadYet([region]);
  return vmRatesFrom(catalogue);
}

/** The VM types an offer may price or recommend: those every region listed (all when none) has. */
export async function loadOfferedVmTypes(
  em: EntityManager,
  regions: readonly Region[],
): Promise<OfferedVmTypes> {
  return offeredVmTypes(await latest(em, regions.length > 0 ? regions : REGIONS));
}

export type PriceRefreshDeps = { orm: Orm; cloud: Pick<Cloud, 'endpointTemplate'>; now: () => Date };

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Reads one region's catalogue and VM types over HTTP, unsigned, and stores them as the day's reading
 * (a second reading the same day replaces the first: one row per region and day).
 */
export async function refreshPriceCatalogue(deps: PriceRefreshDeps, region: Region): Promise<void> {
  const client = new OutscaleClient({
    region,
    accessKey: '',
    secretKey: '',
    endpoint: deps.cloud.endpointTemplate,
    // Two regions, two or more calls each, within a job's 30 s; the job itself is retried.
    timeoutMs: 8_000,
    retry: { retries: 1 },
  });
  const read = await readPriceCatalogue(client);
  const now = deps.now();
  await storePriceCatalogue(deps.orm.em.fork(), {
    region,
    readOn: today(now),
    readAt: now,
    entries: read.entries,
    vmTypes: read.vmTypes,
  });
}

/** The regions whose catalogue was never stored (a first start). */
export async function regionsNeverRead(orm: Orm): Promise<Region[]> {
  const stored = await latestPriceCatalogues(orm.em.fork(), REGIONS);
  return REGIONS.filter((r) => !stored.some((c) => c.region === r));
}

/** `prices.refresh`: both regions' catalogues, at start and daily. Idempotent (one row per region and day). */
export function priceRefreshJob(deps: PriceRefreshDeps): JobDefinition<Record<string, never>> {
  return {
    name: 'prices.refresh',
    retryLimit: 8,
    retryDelaySeconds: 10,
    async run() {
      const failures: string[] = [];
      for (const region of REGIONS) {
        try {
          await refreshPriceCatalogue(deps, region);
        } catch (error) {
          failures.push(`${region}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      // A region read is stored; a retry reads both again, which changes nothing for the one stored.
      if (failures.length > 0) throw new Error(`prices.refresh: ${failures.join('; ')}`);
    },
  };
}
