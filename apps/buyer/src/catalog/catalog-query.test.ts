import { describe, expect, it } from 'vitest';
import { catalogHref, readCatalogQuery, toggleFilter } from './catalog-query.ts';

describe('the catalog address', () => {
  it('round-trips a search with its filters and sort', () => {
    const href = '/catalog?q=base+de+donn%C3%A9es&offer=hourly&category=databases&region=eu-west-2&sort=name';
    const query = readCatalogQuery(new URL(href, 'http://x').searchParams);
    expect(query).toMatchObject({
      q: 'base de données',
      offerTypes: ['hourly'],
      regions: ['eu-west-2'],
      categories: ['databases'],
      sort: 'name',
    });
    expect(catalogHref(query)).toBe(href);
  });

  it('drops unknown values instead of failing the search', () => {
    const query = readCatalogQuery(
      new URLSearchParams('kind=vm&offer=hourly&offer=hourly&seller=x&sort=price'),
    );
    expect(query.kinds).toEqual([]);
    expect(query.offerTypes).toEqual(['hourly']);
    expect(query.sellerIds).toEqual([]);
    expect(query.sort).toBeNull();
  });

  it('toggles one filter value on and off', () => {
    const empty = readCatalogQuery(new URLSearchParams());
    const on = toggleFilter(empty, 'regions', 'eu-west-2');
    expect(catalogHref(on)).toBe('/catalog?region=eu-west-2');
    expect(catalogHref(toggleFilter(on, 'regions', 'eu-west-2'))).toBe('/catalog');
  });
});
