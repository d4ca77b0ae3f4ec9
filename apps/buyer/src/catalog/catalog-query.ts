// The catalog's search lives in the address: a search can be shared, bookmarked, and the back button
// returns to the previous filters. The route validates the address (`catalogSearch`); these pure
// functions turn it into the page's filters and back. Unit-tested.
import type { Language, OfferType, ProductKind, Region } from '@marketplace/domain';
import {
  CATALOG_SORTS,
  type CatalogSearch,
  type CatalogSort,
  catalogSearch,
} from '@marketplace/validators/search';
import type { SearchInput } from '../buying/api.ts';

export const SORTS = CATALOG_SORTS;
export type Sort = CatalogSort;

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

/** Each filter's name in the address (`catalogSearch` in @marketplace/validators reads them). */
export const PARAMS = {
  kinds: 'kind',
  offerTypes: 'offer',
  categories: 'category',
  regions: 'region',
  sellerIds: 'seller',
} as const satisfies Record<FilterName, keyof CatalogSearch>;

/** The search the route validated (unknown values already dropped), as the page's filters. */
export function readCatalogQuery(search: CatalogSearch): CatalogQuery {
  return {
    q: search.q,
    kinds: search.kind,
    offerTypes: search.offer,
    categories: search.category,
    regions: search.region,
    sellerIds: search.seller,
    sort: search.sort ?? null,
  };
}

/** The address of a search (`/catalog?q=…&offer=hourly&region=…`), from its first page. */
export function catalogSearchOf(query: CatalogQuery): CatalogSearch {
  return {
    q: query.q.trim(),
    kind: query.kinds,
    offer: query.offerTypes,
    category: query.categories,
    region: query.regions,
    seller: query.sellerIds,
    sort: query.sort ?? undefined,
    page: 1,
  };
}

/** No search, no filter. */
export const EMPTY_QUERY: CatalogQuery = readCatalogQuery(catalogSearch.parse({}));

/** The API's input for a search: the route's loader and the page ask for the same query. */
export function catalogInput(query: CatalogQuery, language: Language): SearchInput {
  const { q, sort, ...filters } = query;
  return { q: q || undefined, language, filters, sort: sort ?? undefined };
}

/** Results come a page at a time: the next page after the last one's cursor. */
export const searchPages = {
  getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined,
};

/** Adds or removes one value of a filter. */
export function toggleFilter(query: CatalogQuery, name: FilterName, value: string): CatalogQuery {
  const values = query[name] as string[];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...query, [name]: next };
}

export const activeFilterCount = (query: CatalogQuery) =>
  (Object.keys(PARAMS) as FilterName[]).reduce((sum, name) => sum + query[name].length, 0);
