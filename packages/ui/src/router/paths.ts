// The pure part of the router: where a portal lives (its base path) and which page a path names.
// No React and no DOM here, so it is unit-tested in Node.

/** A portal is served below one prefix: the buyer portal at '/', the seller portal at '/seller/'. */
export type BasePath = '/' | `/${string}/`;

/**
 * The path inside the portal ('/profile') for a location's pathname ('/seller/profile'), or null when
 * the pathname is outside the portal. The base without its trailing slash ('/seller') is the home.
 */
export function pathInPortal(pathname: string, base: BasePath): string | null {
  if (base === '/') return normalise(pathname);
  if (`${pathname}/` === base) return '/';
  if (!pathname.startsWith(base)) return null;
  return normalise(`/${pathname.slice(base.length)}`);
}

/** The address of a portal path: '/profile' in '/seller/' is '/seller/profile'; a query is kept. */
export function portalHref(path: string, base: BasePath): string {
  const relative = path.replace(/^\/+/, '');
  return `${base}${relative}`;
}

/** One trailing slash does not make another page: '/profile/' is '/profile'. */
function normalise(path: string): string {
  const collapsed = path.replace(/\/{2,}/g, '/');
  return collapsed.length > 1 ? collapsed.replace(/\/$/, '') : collapsed;
}

/**
 * The name of the route a path matches in a table of exact paths, or null (page not found).
 * Pages take their parameters from the query string (`?token=`), so exact paths are enough.
 */
export function matchRoute<Name extends string>(
  routes: Readonly<Record<Name, string>>,
  path: string,
): Name | null {
  for (const name of Object.keys(routes) as Name[]) {
    if (routes[name] === path) return name;
  }
  return null;
}

/**
 * The parameters of a path that matches a pattern with `:name` segments ('/products/:id'), or null.
 * A parameter is one non-empty segment, decoded; other segments must be equal.
 */
export function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const expected = pattern.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of expected.entries()) {
    const value = actual[index] ?? '';
    if (segment.startsWith(':')) {
      if (value === '') return null;
      try {
        params[segment.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (segment !== value) {
      return null;
    }
  }
  return params;
}

/** A left click without modifier keys on a link that the page may handle itself. */
export function isPlainClick(event: {
  button: number;
  metaKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
}): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.altKey &&
    !event.ctrlKey &&
    !event.shiftKey
  );
}

/**
 * Where to go back after signing in: the portal path that asked for it (`?next=/accounts`), never
 * another site (`//evil.example`, `https://…`), otherwise the portal's home.
 */
export function returnPath(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
