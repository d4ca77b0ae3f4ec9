// My sales' filters and order live in the page's address (`/sales?state=awaiting_key`), so that the
// dashboard and the e-mails link to a filtered list and a seller can share one. Unknown values are
// dropped rather than sent to the server.
import type { KeyStatus, SaleSort, SubscriptionState } from '@marketplace/domain';
import type { SalesSearch } from '@marketplace/validators/search';

/** Sales a page shows: a screen of rows, each with its key action. */
export const SALES_PAGE_SIZE = 20;

export type SalesQuery = {
  productId?: string;
  state?: SubscriptionState;
  keyStatus?: KeyStatus;
  sort?: SaleSort;
};

/** The search the route validated (`salesSearchSchema`: unknown values already dropped), as a filter. */
export function readSalesQuery(search: SalesSearch): SalesQuery {
  const query: SalesQuery = {};
  if (search.productId) query.productId = search.productId;
  if (search.state) query.state = search.state;
  if (search.keyStatus) query.keyStatus = search.keyStatus;
  // Newest first is the default: left out of the address.
  if (search.sort === 'oldest') query.sort = 'oldest';
  return query;
}

/** The query string of a filter (without `?`), its fields in a fixed order; empty for none. */
export function salesSearch(query: SalesQuery): string {
  const params = new URLSearchParams();
  if (query.productId) params.set('productId', query.productId);
  if (query.state) params.set('state', query.state);
  if (query.keyStatus) params.set('keyStatus', query.keyStatus);
  if (query.sort && query.sort !== 'newest') params.set('sort', query.sort);
  return params.toString();
}

/** The export of the same list, headings in the page's language. */
export function csvHref(query: SalesQuery, language: 'en' | 'fr'): string {
  const search = salesSearch(query);
  return `/sales.csv?${search ? `${search}&` : ''}language=${language}`;
}
