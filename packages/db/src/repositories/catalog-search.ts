import type { Language, OfferType, ProductKind, Region } from '@marketplace/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlExecutorFor } from '../sql-executor.ts';

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
};

type Facet = 'kinds' | 'offerTypes' | 'categories' | 'regions' | 'sellerIds';
export type CatalogFacets = Record<Facet, { value: string; count: number }[]>;
export type CatalogPage = { rows: CatalogRow[]; total: number; facets: CatalogFacets };

/** Runs one statement written with $1, $2… placeholders; returns its rows. */
export type CatalogSql = (sql: string, params: unknown[]) => Promise<unknown[]>;
/** Where the search runs: MikroORM's connection in the marketplace, a bare pg pool in the bench. */
export type CatalogDatabase = {
  execute: CatalogSql;
  transaction<T>(work: (execute: CatalogSql) => Promise<T>): Promise<T>;
};

/** Typo tolerance: a query word may match a product word this similar (pg_trgm's word similarity). */
const WORD_SIMILARITY = 0.45;

/** One page of the public catalog, its total and the facets' counts (each ignoring its own filter). */
export function searchCatalog(em: EntityManager, query: CatalogQuery): Promise<CatalogPage> {
  const rowsOf = (on: EntityManager) => async (sql: string, params: unknown[]) =>
    (await sqlExecutorFor(on).executeSql(sql, params)).rows;
  return searchCatalogOn(
    { execute: rowsOf(em), transaction: (work) => em.transactional((tx) => work(rowsOf(tx))) },
    query,
  );
}

/**
 * The search itself, on any connection. Words first: full-text in both languages, one statement. Only
 * when no visible product has the words does it tolerate typos: trigram similarity against every text
 * of every product costs far more (about a millisecond a product), so it is the fallback, not a union.
 */
export async function searchCatalogOn(db: CatalogDatabase, query: CatalogQuery): Promise<CatalogPage> {
  const q = query.q?.trim();
  const [byWords] = (await db.execute(...statement(query, q ? 'words' : 'none'))) as Result[];
  if (!q || !byWords || byWords.matched > 0) return pageOf(byWords);
  return db.transaction(async (execute) => {
    // <% reads its threshold from this setting, for this transaction only.
    await execute(`select set_config('pg_trgm.word_similarity_threshold', $1, true)`, [
      String(WORD_SIMILARITY),
    ]);
    const [byTypos] = (await execute(...statement(query, 'typos'))) as Result[];
    return pageOf(byTypos);
  });
}

type Result = { matched: number; total: number; rows: CatalogRow[]; facets: CatalogFacets };

const pageOf = (result: Result | undefined): CatalogPage => ({
  rows: result?.rows ?? [],
  total: result?.total ?? 0,
  facets: result?.facets ?? { kinds: [], offerTypes: [], categories: [], regions: [], sellerIds: [] },
});

/** A PostgreSQL array literal: the query builder would spread a JavaScript array into a list. */
const pgArray = (values: readonly string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/** Each filter's column in `facts`: whether the product passes that filter. */
const PASSES: Record<Facet, string> = {
  kinds: 'by_kind',
  offerTypes: 'by_offer_type',
  categories: 'by_category',
  regions: 'by_region',
  sellerIds: 'by_seller',
};
const FACETS = Object.keys(PASSES) as Facet[];
const passesAllBut = (skip?: Facet) =>
  FACETS.filter((f) => f !== skip)
    .map((f) => PASSES[f])
    .join(' and ');

/** Each facet's values and counts among the products that pass every other filter. */
const FACET_COUNTS: Record<Facet, string> = {
  kinds: `select kind as value, count(*)::int as n from facts where ${passesAllBut('kinds')} group by 1`,
  offerTypes: `select value, count(*)::int as n from facts, unnest(offer_types) value
    where ${passesAllBut('offerTypes')} group by 1`,
  categories: `select value, count(*)::int as n from (select distinct id, unnest(categories) as value
    from facts where ${passesAllBut('categories')}) c group by 1`,
  regions: `select value, count(*)::int as n from facts, unnest(copy_regions) value
    where ${passesAllBut('regions')} group by 1`,
  sellerIds: `select organization_id::text as value, count(*)::int as n from facts
    where ${passesAllBut('sellerIds')} group by 1`,
};

/**
 * One round trip over `product` alone: the catalog's read model (the catalog_* columns, kept by
 * PostgreSQL's triggers from offers, versions and copies) says which products are in the catalog, their
 * offer types, the regions with an available copy and the latest version per region. The products whose
 * text matches (`facts`, read once) give the page, the total and the facets.
 */
function statement(query: CatalogQuery, text: 'none' | 'words' | 'typos'): [string, unknown[]] {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const language = query.language;
  const config = language === 'fr' ? 'french' : 'english';
  let match = 'true';
  let rank = '0';
  if (text === 'words') {
    const q = bind(query.q?.trim());
    match = `(p.search_en @@ websearch_to_tsquery('english', mp_unaccent(${q}))
      or p.search_fr @@ websearch_to_tsquery('french', mp_unaccent(${q})))`;
    rank = `ts_rank(p.search_${language}, websearch_to_tsquery('${config}', mp_unaccent(${q})))`;
  } else if (text === 'typos') {
    const q = bind(query.q?.trim());
    match = `lower(mp_unaccent(${q})) <% p.search_text`;
    rank = `word_similarity(lower(mp_unaccent(${q})), p.search_text)`;
  }
  const [sortKey, direction] =
    query.sort === 'name'
      ? [`lower(p.name->>'${language}')`, 'asc']
      : query.sort === 'newest' || text === 'none'
        ? ['p.published_at', 'desc']
        : [rank, 'desc'];
  const f = query.filters;
  const passes: Record<Facet, string> = {
    kinds: f.kinds.length ? `p.kind = any(${bind(pgArray(f.kinds))}::text[])` : 'true',
    offerTypes: f.offerTypes.length
      ? `p.catalog_offer_types && ${bind(pgArray(f.offerTypes))}::text[]`
      : 'true',
    categories: f.categories.length ? `p.categories && ${bind(pgArray(f.categories))}::text[]` : 'true',
    regions: f.regions.length
      ? `(p.kind = 'managed' or p.catalog_regions && ${bind(pgArray(f.regions))}::text[])`
      : 'true',
    sellerIds: f.sellerIds.length ? `p.organization_id = any(${bind(pgArray(f.sellerIds))}::uuid[])` : 'true',
  };
  const order = `sort_key ${direction}, id`;
  const pageOrder = `page.sort_key ${direction}, page.id`;
  const sql = `with facts as materialized (
      select p.id, p.kind, p.categories, p.organization_id, ${sortKey} as sort_key,
        p.catalog_offer_types as offer_types, p.catalog_regions as copy_regions,
        ${FACETS.map((facet) => `${passes[facet]} as ${PASSES[facet]}`).join(', ')}
      from product p where p.state = 'published' and p.catalog_visible and ${match}),
    page as (
      select * from facts where ${passesAllBut()} order by ${order} limit ${bind(query.limit)} offset ${bind(query.offset)})
    select
      (select count(*)::int from facts) as matched,
      (select count(*)::int from facts where ${passesAllBut()}) as total,
      (select coalesce(json_agg(json_build_object('id', p.id, 'kind', p.kind, 'name', p.name,
          'short_description', p.short_description, 'categories', p.categories, 'regions', p.regions,
          'logo_url', p.logo_url, 'seller_id', s.id, 'seller_name', coalesce(sc.company_name, s.name),
          'offer_types', page.offer_types, 'latest_versions', p.catalog_latest_versions
        ) order by ${pageOrder}), '[]')
       from page join product p on p.id = page.id join organization s on s.id = p.organization_id
       left join showcase sc on sc.organization_id = s.id) as rows,
      json_build_object(${FACETS.map(
        (facet) => `'${facet}', (select coalesce(json_agg(json_build_object('value', value, 'count', n)
          order by n desc, value), '[]') from (${FACET_COUNTS[facet]}) f)`,
      ).join(', ')}) as facets`;
  return [sql, params];
}
