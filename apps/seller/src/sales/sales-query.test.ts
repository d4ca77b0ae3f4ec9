import { salesSearchSchema } from '@marketplace/validators/search';
import { describe, expect, it } from 'vitest';
import { csvHref, readSalesQuery as readQuery, salesSearch } from './sales-query.ts';

const readSalesQuery = (params: URLSearchParams) =>
  readQuery(salesSearchSchema.parse(Object.fromEntries(params)));

const PRODUCT = '0b9f5a52-7e2c-4d5e-9a31-3d1e2b9c8f10';

describe('My sales in the address', () => {
  it('reads the filters and the order, dropping unknown values', () => {
    expect(
      readSalesQuery(new URLSearchParams(`state=awaiting_key&productId=${PRODUCT}&sort=oldest`)),
    ).toEqual({
      state: 'awaiting_key',
      productId: PRODUCT,
      sort: 'oldest',
    });
    expect(
      readSalesQuery(new URLSearchParams('state=nonsense&keyStatus=allocated&productId=x&sort=z')),
    ).toEqual({
      keyStatus: 'allocated',
    });
    expect(readSalesQuery(new URLSearchParams(''))).toEqual({});
  });

  it('writes them back in a fixed order, newest first left out', () => {
    expect(salesSearch({ sort: 'oldest', keyStatus: 'awaiting', productId: PRODUCT })).toBe(
      `productId=${PRODUCT}&keyStatus=awaiting&sort=oldest`,
    );
    expect(salesSearch({ sort: 'newest' })).toBe('');
    const query = { state: 'ending' as const, sort: 'oldest' as const };
    expect(readSalesQuery(new URLSearchParams(salesSearch(query)))).toEqual(query);
  });

  it('links to the CSV export of the same list, in the page’s language', () => {
    expect(csvHref({ state: 'active' }, 'fr')).toBe('/sales.csv?state=active&language=fr');
    expect(csvHref({}, 'en')).toBe('/sales.csv?language=en');
  });
});
