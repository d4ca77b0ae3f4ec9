import type { CatalogueEntry, CatalogueVmType, PriceCatalogue, Region } from '@marketplace/domain';
import type { EntityManager } from '@mikro-orm/postgresql';

export type PriceCatalogueReading = {
  region: Region;
  /** YYYY-MM-DD, UTC. */
  readOn: string;
  readAt: Date;
  entries: readonly CatalogueEntry[];
  vmTypes: readonly CatalogueVmType[];
};

/**
 * Stores a region's reading of the day: one row per region and day (a second reading the same day
 * replaces the first, in one statement, so concurrent readers cannot both insert). Earlier days stay.
 */
export async function storePriceCatalogue(em: EntityManager, reading: PriceCatalogueReading): Promise<void> {
  await em.getConnection().execute(
    `insert into price_catalogue (id, region, read_on, read_at, entries, vm_types)
     values (gen_random_uuid(), ?, ?, ?, ?::jsonb, ?::jsonb)
     on conflict (region, read_on) do update
       set read_at = excluded.read_at, entries = excluded.entries, vm_types = excluded.vm_types`,
    [
      reading.region,
      reading.readOn,
      reading.readAt,
      JSON.stringify(reading.entries),
      JSON.stringify(reading.vmTypes),
    ],
  );
}

/** The latest stored catalogue of each given region; a region never read is absent. */
export async function latestPriceCatalogues(
  em: EntityManager,
  regions: readonly Region[],
): Promise<PriceCatalogue[]> {
  if (regions.length === 0) return [];
  const rows = await em
    .getConnection()
    .execute<{ region: Region; read_on: string; entries: CatalogueEntry[]; vm_types: CatalogueVmType[] }[]>(
      `select distinct on (region) region, read_on, entries, vm_types
       from price_catalogue where region in (${regions.map(() => '?').join(', ')})
       order by region, read_on desc`,
      [...regions],
    );
  return rows.map((row) => ({
    region: row.region,
    asOf: row.read_on,
    entries: row.entries,
    vmTypes: row.vm_types,
  }));
}
