import type { Language, OfferType, ProductKind, Region } from '@marketplace/domain';
import type { EntityManager } from '@mikro-orm/postgresql';

export type CatalogFilters = {
  kinds: ProductKind[];
  offerTypes: OfferType[];
  categories: string[];
  regions: Region[];
  sellerIds: string[];
};

export type CatalogQuery = {
  q: string | undefined;
  language: Language;
  filters: CatalogFilters;
  sort: 'relevance' | 'name' | 'newest';
  offset: number;
  limit: number;
};

export type CatalogRow = {
  id: string;
  kind: ProductKind;
  name: { en: string; fr: string };
  short_description: { en: string; fr: string };
  categories: string[];
  regions: Region[];
  logo_url: string | null;
  seller_id: string;
  seller_name: string;
  offer_types: OfferType[];
  latest_versions: { region: Region; version: string }[] | null;
  published_at: Date;
};

type Facet = 'kinds' | 'offerTypes' | 'categories' | 'regions' | 'sellerIds';

/** Typo tolerance: a query word may match a product word this similar (pg_trgm's word similarity). */
const WORD_SIMILARITY = 0.45;

// A product is in the catalog when published, and for OMI products once a version is available.
const VISIBLE = `p.state = 'published' and (p.kind = 'managed' or exists (
  select 1 from version v where v.product_id = p.id and v.state = 'available'))`;

/** A PostgreSQL array literal: the query builder would spread a JavaScript array into a list. */
const pgArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

function where(query: CatalogQuery, skip?: Facet): { sql: string; params: unknown[] } {
  const clauses = [VISIBLE];
  const params: unknown[] = [];
  const q = query.q?.trim();
  if (q) {
    clauses.push(`(p.search_en @@ websearch_to_tsquery('english', mp_unaccent(?))
      or p.search_fr @@ websearch_to_tsquery('french', mp_unaccent(?))
      or lower(mp_unaccent(?)) <% p.search_text)`);
    params.push(q, q, q);
  }
  const f = query.filters;
  if (skip !== 'kinds' && f.kinds.length) {
    clauses.push('p.kind = any(?::text[])');
    params.push(pgArray(f.kinds));
  }
  if (skip !== 'offerTypes' && f.offerTypes.length) {
    clauses.push('exists (select 1 from offer o where o.product_id = p.id and o.type = any(?::text[]))');
    params.push(pgArray(f.offerTypes));
  }
  if (skip !== 'categories' && f.categories.length) {
    clauses.push('p.categories && ?::text[]');
    params.push(pgArray(f.categories));
  }
  if (skip !== 'regions' && f.regions.length) {
    clauses.push(`(p.kind = 'managed' or exists (select 1 from version v join image_copy c on c.version_id = v.id
      where v.product_id = p.id and v.state = 'available' and c.region = any(?::text[])))`);
    params.push(pgArray(f.regions));
  }
  if (skip !== 'sellerIds' && f.sellerIds.length) {
    clauses.push('p.organization_id = any(?::uuid[])');
    params.push(pgArray(f.sellerIds));
  }
  return { sql: clauses.join(' and '), params };
}

/** One page of the public catalog, its total and the facets' counts (each ignoring its own filter). */
export async function searchCatalog(em: EntityManager, query: CatalogQuery) {
  const connection = em.getConnection();
  return em.transactional(async (tx) => {
    const ctx = tx.getTransactionContext();
    await connection.execute(
      `select set_config('pg_trgm.word_similarity_threshold', ?, true)`,
      [String(WORD_SIMILARITY)],
      'all',
      ctx,
    );
    const filtered = where(query);
    const q = query.q?.trim();
    const order =
      query.sort === 'name'
        ? `lower(p.name->>'${query.language}') asc, p.id`
        : query.sort === 'newest' || !q
          ? 'p.published_at desc, p.id'
          : 'rank desc, p.id';
    const rankSql = q
      ? `ts_rank(p.search_${query.language}, websearch_to_tsquery('${query.language === 'fr' ? 'french' : 'english'}', mp_unaccent(?))) * 2
         + word_similarity(lower(mp_unaccent(?)), p.search_text)`
      : '0';
    const rows = await connection.execute<(CatalogRow & { total: string })[]>(
      `select p.id, p.kind, p.name, p.short_description, p.categories, p.regions, p.logo_url, p.published_at,
         s.id as seller_id, coalesce(sc.company_name, s.name) as seller_name,
         (select array_agg(distinct o.type) from offer o where o.product_id = p.id) as offer_types,
         (select json_agg(json_build_object('region', lv.region, 'version', lv.name)) from (
            select distinct on (c.region) c.region, v.name from version v join image_copy c on c.version_id = v.id
            where v.product_id = p.id and v.state = 'available' and c.state = 'available'
            order by c.region, v.published_at desc) lv) as latest_versions,
         ${rankSql} as rank,
         count(*) over () as total
       from product p join organization s on s.id = p.organization_id left join showcase sc on sc.organization_id = s.id
       where ${filtered.sql}
       order by ${order}
       limit ? offset ?`,
      [...(q ? [q, q] : []), ...filtered.params, query.limit, query.offset],
      'all',
      ctx,
    );
    const facets = Object.fromEntries(
      await Promise.all(
        (
          [
            ['kinds', 'p.kind'],
            ['offerTypes', 'o.type'],
            ['categories', 'unnest(p.categories)'],
            ['regions', 'c.region'],
            ['sellerIds', 'p.organization_id::text'],
          ] as const
        ).map(async ([facet, value]) => {
          const scoped = where(query, facet);
          const join =
            facet === 'offerTypes'
              ? 'join offer o on o.product_id = p.id'
              : facet === 'regions'
                ? `join version v on v.product_id = p.id and v.state = 'available' join image_copy c on c.version_id = v.id and c.state = 'available'`
                : '';
          const counts = await connection.execute<{ value: string; count: string }[]>(
            `select value, count(distinct id) as count from (
               select ${value} as value, p.id from product p ${join} where ${scoped.sql}) f
             group by value order by count desc, value`,
            scoped.params,
            'all',
            ctx,
          );
          return [facet, counts.map((c) => ({ value: c.value, count: Number(c.count) }))];
        }),
      ),
    ) as Record<Facet, { value: string; count: number }[]>;
    return { rows, total: Number(rows[0]?.total ?? 0), facets };
  });
}
