// The catalog's search lives in the address: a search can be shared, bookmarked, and the back button
// returns to the previous filters. Pure functions, unit-tested.
import {
  OFFER_TYPES,
  type OfferType,
  PRODUCT_KINDS,
  type ProductKind,
  REGIONS,
  type Region,
} from '@marketplace/domain';

export const SORTS = ['relevance', 'newest', 'name'] as const;
export type Sort = (typeof SORTS)[number];

export type CatalogQuery = {
  q: string;
  kinds: ProductKind[];
  offerTypes: OfferType[];
  categories: string[];
  regions: Region[];
  sellerIds: string[];
  sort: Sort | null;
};

export type FilterName = 'kinds' | 'offerTypes' | 'categories' | 'regions' | 'sellerIds';

/** Each filter's name in the address: short, readable, and stable for shared links. */
export const PARAMS: Record<FilterName, string> = {
  kinds: 'kind',
  offerTypes: 'offer',
  categories: 'category',
  regions: 'region',
  sellerIds: 'seller',
};

const among = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  [...new Set(values)].filter((v): v is T => (allowed as readonly string[]).includes(v));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the address; unknown values are dropped rather than failing the search. */
export function readCatalogQuery(params: URLSearchParams): CatalogQuery {
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    kinds: among(PRODUCT_KINDS, params.getAll(PARAMS.kinds)),
    offerTypes: among(OFFER_TYPES, params.getAll(PARAMS.offerTypes)),
    categories: [...new Set(params.getAll(PARAMS.categories))].filter((c) => c.length > 0 && c.length <= 50),
    regions: among(REGIONS, params.getAll(PARAMS.regions)),
    sellerIds: [...new Set(params.getAll(PARAMS.sellerIds))].filter((s) => UUID.test(s)),
    sort: sort && (SORTS as readonly string[]).includes(sort) ? (sort as Sort) : null,
  };
}

/** The address of a search: `/catalog?q=…&offer=hourly&region=…`. */
export function catalogHref(query: CatalogQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  for (const name of Object.keys(PARAMS) as FilterName[]) {
    for (const value of query[name]) params.append(PARAMS[name], value);
  }
  if (query.sort) params.set('sort', query.sort);
  const search = params.toString();
  return search ? `/catalog?${search}` : '/catalog';
}

/** Adds or removes one value of a filter. */
export function toggleFilter(query: CatalogQuery, name: FilterName, value: string): CatalogQuery {
  const values = query[name] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...query, [name]: next };
}

export const activeFilterCount = (query: CatalogQuery) =>
  (Object.keys(PARAMS) as FilterName[]).reduce((sum, name) => sum + query[name].length, 0);
