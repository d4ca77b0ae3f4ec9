import type { OutscaleClient } from '../client.ts';
import type { CatalogEntry, VmType } from '../generated/api.gen.ts';
import { collect, items, tokenPages } from '../paginate.ts';

export type PriceCatalogue = { region: string; entries: CatalogEntry[]; vmTypes: VmType[] };

/**
 * A region's price list (ReadPublicCatalog) and VM types (ReadVmTypes, every page), both unsigned: the
 * client's region names the endpoint read, and its keys are not used.
 */
export async function readPriceCatalogue(client: OutscaleClient): Promise<PriceCatalogue> {
  const catalog = await client.call('ReadPublicCatalog', {});
  const vmTypes = await collect(items(tokenPages(client, 'ReadVmTypes', {}), (page) => page.VmTypes));
  return { region: client.region, entries: catalog.Catalog?.Entries ?? [], vmTypes };
}
