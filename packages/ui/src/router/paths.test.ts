import { describe, expect, it } from 'vitest';
import { portalHref, returnPath } from './paths.ts';
import { parseSearch, stringifySearch } from './search-params.ts';

describe('portalHref', () => {
  it('puts the path below the base', () => {
    expect(portalHref('/', '/')).toBe('/');
    expect(portalHref('/profile', '/')).toBe('/profile');
    expect(portalHref('/', '/seller/')).toBe('/seller/');
    expect(portalHref('/set-password?token=abc', '/seller/')).toBe('/seller/set-password?token=abc');
  });
});

describe('returnPath', () => {
  it('goes back to the portal page that asked for sign-in', () => {
    expect(returnPath('/accounts')).toBe('/accounts');
    expect(returnPath('/set-password?token=x')).toBe('/set-password?token=x');
  });

  it('never leaves the portal', () => {
    expect(returnPath(null)).toBe('/');
    expect(returnPath(undefined)).toBe('/');
    expect(returnPath('')).toBe('/');
    expect(returnPath('https://evil.example/')).toBe('/');
    expect(returnPath('//evil.example/')).toBe('/');
    expect(returnPath('/\\evil.example/')).toBe('/');
  });
});

describe('search parameters in the address', () => {
  it('reads every value as text and a repeated key as a list', () => {
    expect(parseSearch('?q=vm&kind=omi&kind=managed&page=2')).toEqual({
      q: 'vm',
      kind: ['omi', 'managed'],
      page: '2',
    });
    expect(parseSearch('')).toEqual({});
    expect(parseSearch('?next=%2Faccounts')).toEqual({ next: '/accounts' });
  });

  it('writes lists as repeated keys and leaves out what is empty', () => {
    expect(stringifySearch({ q: 'vm', kind: ['omi', 'managed'], page: 2 })).toBe(
      '?q=vm&kind=omi&kind=managed&page=2',
    );
    expect(stringifySearch({ q: '', kind: [], sort: undefined })).toBe('');
    expect(stringifySearch({ next: '/accounts' })).toBe('?next=%2Faccounts');
  });

  it('round-trips', () => {
    const search = { q: 'a b&c', category: ['x', 'y'], page: '3' };
    expect(parseSearch(stringifySearch(search))).toEqual(search);
  });
});
