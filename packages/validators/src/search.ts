import './no-eval.ts';
// The portals' addresses: path and search parameters, as zod schemas the routes validate with
// (`validateSearch`). The router reads every search value as a string (or a list of strings for a
// repeated key, `?kind=omi&kind=managed`); each schema reads it tolerantly: a value that does not fit
// falls back to its default, so a hand-edited or old link never breaks a page. Links and `navigate`
// are typed with the same schemas (their input type), the pages read their output type. Written with
// `zod/mini` (the same engine, tree-shakable): the routes are in every page's first load.
import {
  KEY_STATUSES,
  OFFER_TYPES,
  PRODUCT_KINDS,
  PRODUCT_SECTIONS,
  REGIONS,
  SALE_SORTS,
  SUBSCRIPTION_STATES,
} from '@marketplace/domain';
import { z } from 'zod/mini';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record's ID in an address (`/products/<uuid>`): anything else names no page. */
export const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);

/** A path parameter that must be an ID; the routes turn a failure into the not-found page. */
export const idParam = z.string().check(z.regex(ID));

/**
 * A search value read with `read` (never failing: it returns the fallback itself), typed `In` for
 * links (optional) and `Out` for the page.
 */
function tolerant<Out, In = Out>(read: (raw: unknown) => Out): Tolerant<Out, In> {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((raw) => read(raw)),
  ) as unknown as Tolerant<Out, In>;
}
/** Optional in links (`optin`), always there for the page (its fallback). */
type Tolerant<Out, In> = z.ZodMiniType<Out, In | undefined> & { _zod: { optin: 'optional' } };

const single = (raw: unknown): string | undefined => {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
};

/** Free text, cut to `max` characters; '' when absent. */
export const text = (max: number) => tolerant<string>((raw) => (single(raw) ?? '').slice(0, max));

/** One of `values`, otherwise undefined (the page's default). */
export const oneOf = <T extends string>(values: readonly T[]) =>
  tolerant<T | undefined>((raw) => {
    const value = single(raw);
    return value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : undefined;
  });

/** A list (`?kind=omi&kind=managed`): the values that fit, each once, in the address's order. */
export function list<T extends string>(allowed: readonly T[] | ((value: string) => boolean)) {
  const fits =
    typeof allowed === 'function'
      ? allowed
      : (value: string) => (allowed as readonly string[]).includes(value);
  return tolerant<T[]>((raw) => {
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(single);
    return [...new Set(values)].filter((v): v is T => v !== undefined && fits(v));
  });
}

/** A whole number from 1 to `max`, otherwise `fallback`. */
export const pageNumber = (max: number, fallback = 1) =>
  tolerant<number>((raw) => {
    const value = Number(single(raw));
    return Number.isInteger(value) && value >= 1 && value <= max ? value : fallback;
  });

/** A record's ID in the query (`?created=<uuid>`), otherwise undefined. */
export const optionalId = tolerant<string | undefined>((raw) => {
  const value = single(raw);
  return isId(value) ? value : undefined;
});

/** Where to go back after signing in: a path of the same portal, never another site. */
export const isReturnPath = (value: string): boolean =>
  value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\');

// ——— The catalog ———

export const CATALOG_SORTS = ['relevance', 'newest', 'name'] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];

/** How many pages of results "Show more" may have opened that a reload opens again. */
export const CATALOG_MAX_PAGES = 20;

/**
 * `/catalog?q=…&kind=omi&offer=hourly&category=…&region=…&seller=<id>&sort=newest&page=2`: short,
 * readable names, stable for shared links.
 */
/** The longest catalog search the address keeps (a longer one is cut); the search box stops there. */
export const CATALOG_QUERY_MAX = 200;

export const catalogSearch = z.object({
  q: text(CATALOG_QUERY_MAX),
  kind: list(PRODUCT_KINDS),
  offer: list(OFFER_TYPES),
  category: list<string>((c) => c.length > 0 && c.length <= 50),
  region: list(REGIONS),
  seller: list<string>(isId),
  sort: oneOf(CATALOG_SORTS),
  page: pageNumber(CATALOG_MAX_PAGES),
});
export type CatalogSearch = z.output<typeof catalogSearch>;
export type CatalogSearchInput = z.input<typeof catalogSearch>;
/** The values left out of the address (an empty search is `/catalog`). */
export const CATALOG_DEFAULTS = {
  q: '',
  kind: [],
  offer: [],
  category: [],
  region: [],
  seller: [],
  page: 1,
} as const satisfies Partial<CatalogSearch>;

/** The landing page's search form (`/?q=…`, sent before scripts load) asks for the catalog. */
export const landingSearch = z.object({
  q: tolerant<string | undefined>(single),
  category: list<string>(() => true),
});

// ——— My sales (seller portal) ———

export const salesSearchSchema = z.object({
  productId: optionalId,
  state: oneOf(SUBSCRIPTION_STATES),
  keyStatus: oneOf(KEY_STATUSES),
  sort: oneOf(SALE_SORTS),
});
export type SalesSearch = z.output<typeof salesSearchSchema>;

// ——— Spend and Revenue: a range of months ———

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = tolerant<string | undefined>((raw) => {
  const value = single(raw);
  return value !== undefined && MONTH.test(value) ? value : undefined;
});

/** `?from=2026-06&to=2026-11`: both months, in order, or neither (the page's default range). */
export const monthRangeSearch = z.pipe(
  z.object({ from: month, to: month }),
  z.transform((range) =>
    range.from && range.to && range.from <= range.to
      ? { from: range.from, to: range.to }
      : { from: undefined, to: undefined },
  ),
);
export type MonthRangeSearch = z.output<typeof monthRangeSearch>;

// ——— Tabs and notices kept in the query ———

export const PRODUCT_TABS = [...PRODUCT_SECTIONS, 'subscribers'] as const;
/** The product editor's tab: `/products/<id>?tab=versions`. */
export const productTabSearch = z.object({ tab: oneOf(PRODUCT_TABS) });

/** My subscriptions: the one just created, or the one an e-mail points at. */
export const subscriptionsSearch = z.object({ created: optionalId, subscription: optionalId });

// ——— Identity pages ———

/** Sign-in: where to go back afterwards (`?next=/accounts`). */
export const nextSearch = z.object({
  next: tolerant<string | undefined>((raw) => {
    const value = single(raw);
    return value !== undefined && isReturnPath(value) ? value : undefined;
  }),
});

/** The set-password and reset-password links: `?token=…`. */
export const tokenSearch = z.object({ token: text(500) });
