import type { EntityManager } from '@mikro-orm/postgresql';

/** The catalog's current generation (see the CatalogGeneration entity): one indexed row, one round trip. */
export async function catalogGeneration(em: EntityManager): Promise<string> {
  const [row] = await em
    .getConnection()
    .execute<{ n: string }[]>('select n::text as n from catalog_generation where id = 1');
  return row?.n ?? '0';
}
