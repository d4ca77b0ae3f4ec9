import { describe, expect, it } from 'vitest';
import { isPlainClick, matchPattern, matchRoute, pathInPortal, portalHref, returnPath } from './paths.ts';

describe('pathInPortal', () => {
  it('reads the buyer portal from the root', () => {
    expect(pathInPortal('/', '/')).toBe('/');
    expect(pathInPortal('/profile', '/')).toBe('/profile');
    expect(pathInPortal('/profile/', '/')).toBe('/profile');
  });

  it('strips the seller portal prefix, with or without its trailing slash', () => {
    expect(pathInPortal('/seller/', '/seller/')).toBe('/');
    expect(pathInPortal('/seller', '/seller/')).toBe('/');
    expect(pathInPortal('/seller/accounts', '/seller/')).toBe('/accounts');
    expect(pathInPortal('/seller/accounts/', '/seller/')).toBe('/accounts');
  });

  it('says null for a path outside the portal', () => {
    expect(pathInPortal('/profile', '/seller/')).toBeNull();
    expect(pathInPortal('/sellers/x', '/seller/')).toBeNull();
  });

  it('collapses repeated slashes', () => {
    expect(pathInPortal('//profile', '/')).toBe('/profile');
  });
});

describe('portalHref', () => {
  it('puts the path below the base', () => {
    expect(portalHref('/', '/')).toBe('/');
    expect(portalHref('/profile', '/')).toBe('/profile');
    expect(portalHref('/', '/seller/')).toBe('/seller/');
    expect(portalHref('/set-password?token=abc', '/seller/')).toBe('/seller/set-password?token=abc');
  });
});

describe('matchRoute', () => {
  const routes = { home: '/', profile: '/profile', accounts: '/accounts' } as const;

  it('names the route of an exact path', () => {
    expect(matchRoute(routes, '/')).toBe('home');
    expect(matchRoute(routes, '/accounts')).toBe('accounts');
  });

  it('finds nothing for an unknown path or a prefix', () => {
    expect(matchRoute(routes, '/nowhere')).toBeNull();
    expect(matchRoute(routes, '/accounts/x')).toBeNull();
  });
});

describe('isPlainClick', () => {
  const click = { button: 0, metaKey: false, altKey: false, ctrlKey: false, shiftKey: false };

  it('handles a plain left click', () => {
    expect(isPlainClick({ ...click, defaultPrevented: false })).toBe(true);
  });

  it('leaves new-tab clicks and handled events to the browser', () => {
    expect(isPlainClick({ ...click, ctrlKey: true, defaultPrevented: false })).toBe(false);
    expect(isPlainClick({ ...click, metaKey: true, defaultPrevented: false })).toBe(false);
    expect(isPlainClick({ ...click, button: 1, defaultPrevented: false })).toBe(false);
    expect(isPlainClick({ ...click, defaultPrevented: true })).toBe(false);
  });
});

describe('returnPath', () => {
  it('goes back to the portal page that asked for sign-in', () => {
    expect(returnPath('/accounts')).toBe('/accounts');
    expect(returnPath('/set-password?token=x')).toBe('/set-password?token=x');
  });

  it('never leaves the portal', () => {
    expect(returnPath(null)).toBe('/');
    expect(returnPath('')).toBe('/');
    expect(returnPath('https://evil.example/')).toBe('/');
    expect(returnPath('//evil.example/')).toBe('/');
    expect(returnPath('/\\evil.example/')).toBe('/');
  });
});

describe('matchPattern', () => {
  it('reads the parameters of a matching path', () => {
    expect(matchPattern('/products/:id', '/products/4f1c')).toEqual({ id: '4f1c' });
    expect(matchPattern('/products/:id', '/products/a%20b')).toEqual({ id: 'a b' });
    expect(matchPattern('/showcase', '/showcase')).toEqual({});
  });

  it('says null for another path, an empty parameter or a malformed one', () => {
    expect(matchPattern('/products/:id', '/products')).toBeNull();
    expect(matchPattern('/products/:id', '/products/')).toBeNull();
    expect(matchPattern('/products/:id', '/products/1/versions')).toBeNull();
    expect(matchPattern('/products/:id', '/offers/1')).toBeNull();
    expect(matchPattern('/products/:id', '/products/%E0')).toBeNull();
  });
});
