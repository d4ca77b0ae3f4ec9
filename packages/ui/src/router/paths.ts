// The pure part of routing: where a portal lives (its base path) and where sign-in goes back to.
// No React and no DOM here, so it is unit-tested in Node.
import { isReturnPath } from '@marketplace/validators/search';

/** A portal is served below one prefix: the buyer portal at '/', the seller portal at '/seller/'. */
export type BasePath = '/' | `/${string}/`;

/** The address of a portal path: '/profile' in '/seller/' is '/seller/profile'; a query is kept. */
export function portalHref(path: string, base: BasePath): string {
  const relative = path.replace(/^\/+/, '');
  return `${base}${relative}`;
}

/**
 * Where to go back after signing in: the portal path that asked for it (`?next=/accounts`), never
 * another site (`//evil.example`, `https://…`), otherwise the portal's home.
 */
export function returnPath(next: string | null | undefined): string {
  return next && isReturnPath(next) ? next : '/';
}
