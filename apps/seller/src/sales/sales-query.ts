// My sales' filters and order live in the page's address (`/sales?state=awaiting_key`), so that the
// dashboard and the e-mails link to a filtered list and a seller can share one. Unknown values are
// dropped rather than sent to the server.
import {
  KEY_STATUSES,
  type KeyStatus,
  type SaleSort,
  SUBSCRIPTION_STATES,
  type SubscriptionState,
} from '@marketplace/domain';

export type SalesQuery = {
  productId?: string;
  state?: SubscriptionState;
  keyStatus?: KeyStatus;
  sort?: SaleSort;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

export function readSalesQuery(params: URLSearchParams): SalesQuery {
  const query: SalesQuery = {};
  const productId = params.get('productId');
  if (productId && UUID.test(productId)) query.productId = productId;
  const state = oneOf(SUBSCRIPTION_STATES, params.get('state'));
  if (state) query.state = state;
  const keyStatus = oneOf(KEY_STATUSES, params.get('keyStatus'));
  if (keyStatus) query.keyStatus = keyStatus;
  // Newest first is the default: left out of the address.
  if (params.get('sort') === 'oldest') query.sort = 'oldest';
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
