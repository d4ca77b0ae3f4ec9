import { parseSearch, stringifySearch } from '@marketplace/ui';
import { catalogSearch } from '@marketplace/validators/search';
import { describe, expect, it } from 'vitest';
import { catalogSearchOf, EMPTY_QUERY, readCatalogQuery, toggleFilter } from './catalog-query.ts';

const read = (href: string) =>
  readCatalogQuery(catalogSearch.parse(parseSearch(new URL(href, 'http://x').search)));
const href = (query: Parameters<typeof catalogSearchOf>[0]) => {
  const { page: _page, ...search } = catalogSearchOf(query);
  return `/catalog${stringifySearch(search)}`;
};

describe('the catalog address', () => {
  it('round-trips a search with its filters and sort', () => {
    const address =
      '/catalog?q=base+de+donn%C3%A9es&offer=hourly&category=databases&region=eu-west-2&sort=name';
    const query = read(address);
    expect(query).toMatchObject({
      q: 'base de données',
      offerTypes: ['hourly'],
      regions: ['eu-west-2'],
      categories: ['databases'],
      sort: 'name',
    });
    expect(href(query)).toBe(address);
  });

  it('drops unknown values instead of failing the search', () => {
    const query = read('/catalog?kind=vm&offer=hourly&offer=hourly&seller=x&sort=price');
    expect(query.kinds).toEqual([]);
    expect(query.offerTypes).toEqual(['hourly']);
    expect(query.sellerIds).toEqual([]);
    expect(query.sort).toBeNull();
  });

  it('toggles one filter value on and off', () => {
    const on = toggleFilter(EMPTY_QUERY, 'regions', 'eu-west-2');
    expect(href(on)).toBe('/catalog?region=eu-west-2');
    expect(href(toggleFilter(on, 'regions', 'eu-west-2'))).toBe('/catalog');
  });
});
