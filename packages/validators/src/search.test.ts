import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATALOG_DEFAULTS,
  catalogSearch,
  idParam,
  monthRangeSearch,
  nextSearch,
  productTabSearch,
  salesSearchSchema,
  subscriptionsSearch,
  tokenSearch,
} from './search.ts';

const SELLER = '4f1c2a3b-5d6e-4f70-8a9b-0c1d2e3f4a5b';

describe('catalogSearch', () => {
  it('gives the defaults for an empty address', () => {
    expect(catalogSearch.parse({})).toEqual({ ...CATALOG_DEFAULTS, sort: undefined });
  });

  it('reads one value or a repeated key as a list', () => {
    expect(catalogSearch.parse({ kind: 'omi' }).kind).toEqual(['omi']);
    expect(catalogSearch.parse({ kind: ['omi', 'managed', 'omi'] }).kind).toEqual(['omi', 'managed']);
    expect(catalogSearch.parse({ offer: ['hourly', 'free'], region: 'eu-west-2' })).toMatchObject({
      offer: ['hourly', 'free'],
      region: ['eu-west-2'],
    });
  });

  it('drops values that do not fit instead of failing', () => {
    const search = catalogSearch.parse({
      q: 'x'.repeat(300),
      kind: ['omi', 'robot'],
      offer: 'forever',
      category: ['', 'y'.repeat(51), 'operating-systems'],
      region: 'mars-1',
      seller: ['not-an-id', SELLER],
      sort: 'price',
      page: 'two',
    });
    expect(search).toEqual({
      q: 'x'.repeat(200),
      kind: ['omi'],
      offer: [],
      category: ['operating-systems'],
      region: [],
      seller: [SELLER],
      sort: undefined,
      page: 1,
    });
  });

  it('takes the page as a whole number from 1 to 20', () => {
    expect(catalogSearch.parse({ page: '3' }).page).toBe(3);
    expect(catalogSearch.parse({ page: 3 }).page).toBe(3);
    for (const page of ['0', '-1', '2.5', '21', 'NaN', ''])
      expect(catalogSearch.parse({ page }).page).toBe(1);
  });

  it('never throws, whatever the address holds', () => {
    const value = fc.oneof(
      fc.string(),
      fc.array(fc.string()),
      fc.integer(),
      fc.boolean(),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('q', 'kind', 'offer', 'category', 'region', 'seller', 'sort', 'page'),
          value,
        ),
        (raw) => {
          expect(() => catalogSearch.parse(raw)).not.toThrow();
        },
      ),
    );
  });

  it('round-trips: what it reads, it reads again the same', () => {
    const kinds = fc.subarray(['omi', 'managed'] as const);
    fc.assert(
      fc.property(
        fc.record({
          q: fc.string({ maxLength: 200 }),
          kind: kinds,
          sort: fc.constantFrom('relevance', 'newest', 'name', undefined),
          page: fc.integer({ min: 1, max: 20 }),
        }),
        (raw) => {
          const once = catalogSearch.parse(raw);
          expect(catalogSearch.parse(once)).toEqual(once);
          expect(once).toMatchObject(raw);
        },
      ),
    );
  });
});

describe('salesSearchSchema', () => {
  it('keeps known filters and drops the others', () => {
    expect(
      salesSearchSchema.parse({ state: 'active', keyStatus: 'awaiting', sort: 'oldest', productId: SELLER }),
    ).toEqual({
      state: 'active',
      keyStatus: 'awaiting',
      sort: 'oldest',
      productId: SELLER,
    });
    expect(
      salesSearchSchema.parse({ state: 'sleeping', keyStatus: 1, sort: 'price', productId: 'x' }),
    ).toEqual({
      state: undefined,
      keyStatus: undefined,
      sort: undefined,
      productId: undefined,
    });
  });
});

describe('monthRangeSearch', () => {
  it('keeps a range in order', () => {
    expect(monthRangeSearch.parse({ from: '2026-06', to: '2026-11' })).toEqual({
      from: '2026-06',
      to: '2026-11',
    });
    expect(monthRangeSearch.parse({ from: '2026-06', to: '2026-06' })).toEqual({
      from: '2026-06',
      to: '2026-06',
    });
  });

  it('falls back to the default range for a backwards, partial or malformed one', () => {
    const none = { from: undefined, to: undefined };
    expect(monthRangeSearch.parse({ from: '2026-11', to: '2026-06' })).toEqual(none);
    expect(monthRangeSearch.parse({ from: '2026-06' })).toEqual(none);
    expect(monthRangeSearch.parse({ from: '2026-13', to: '2026-14' })).toEqual(none);
    expect(monthRangeSearch.parse({})).toEqual(none);
  });
});

describe('tabs, notices and links in the query', () => {
  it('reads a known tab only', () => {
    expect(productTabSearch.parse({ tab: 'versions' }).tab).toBe('versions');
    expect(productTabSearch.parse({ tab: 'subscribers' }).tab).toBe('subscribers');
    expect(productTabSearch.parse({ tab: 'secrets' }).tab).toBeUndefined();
  });

  it('reads IDs only', () => {
    expect(subscriptionsSearch.parse({ created: SELLER, subscription: 'nope' })).toEqual({
      created: SELLER,
      subscription: undefined,
    });
  });

  it('keeps next inside the portal', () => {
    expect(nextSearch.parse({ next: '/accounts' }).next).toBe('/accounts');
    expect(nextSearch.parse({ next: '/set-password?token=x' }).next).toBe('/set-password?token=x');
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example/', '', 42]) {
      expect(nextSearch.parse({ next }).next).toBeUndefined();
    }
  });

  it('reads a token as text', () => {
    expect(tokenSearch.parse({ token: 'abc' }).token).toBe('abc');
    expect(tokenSearch.parse({}).token).toBe('');
  });
});

describe('idParam', () => {
  it('accepts an ID and refuses anything else', () => {
    expect(idParam.safeParse(SELLER).success).toBe(true);
    expect(idParam.safeParse('not-an-id').success).toBe(false);
  });
});
