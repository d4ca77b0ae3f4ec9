import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type BasePath, isPlainClick, pathInPortal, portalHref } from './paths.ts';

export type Route = {
  /** The path inside the portal ('/profile'), or null when the address is outside it. */
  path: string | null;
  query: URLSearchParams;
  base: BasePath;
  /**
   * Goes to a portal path ('/profile', '/signin?next=…'), adding a history entry unless `replace`.
   * The new page's heading takes the focus, unless `keepFocus` (a tab of the same page changed).
   */
  navigate: (to: string, options?: { replace?: boolean; keepFocus?: boolean }) => void;
};

const RouterContext = createContext<Route | null>(null);

type Location = { pathname: string; search: string };
const currentLocation = (): Location => ({
  pathname: window.location.pathname,
  search: window.location.search,
});

/** Moves the focus to the new page's heading, so a screen reader announces the page that opened. */
function focusNewPage(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  const target = heading ?? document.getElementById('main');
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** A tiny History API router: the portal's pages, below its base path, without reloading. */
export function RouterProvider({ base, children }: { base: BasePath; children: ReactNode }) {
  const [location, setLocation] = useState<Location>(currentLocation);
  const navigated = useRef(false);

  useEffect(() => {
    const onPopState = () => {
      navigated.current = true;
      setLocation(currentLocation());
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const navigate = useCallback(
    (to: string, options: { replace?: boolean; keepFocus?: boolean } = {}) => {
      const href = portalHref(to, base);
      if (options.replace) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
      navigated.current = !options.keepFocus;
      setLocation(currentLocation());
      if (!options.keepFocus) window.scrollTo(0, 0);
    },
    [base],
  );

  // After the new page rendered (not on the first load, where the browser's own focus is right).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of location
  useEffect(() => {
    if (!navigated.current) return;
    navigated.current = false;
    focusNewPage();
  }, [location]);

  const route = useMemo<Route>(
    () => ({
      path: pathInPortal(location.pathname, base),
      query: new URLSearchParams(location.search),
      base,
      navigate,
    }),
    [location, base, navigate],
  );

  return <RouterContext.Provider value={route}>{children}</RouterContext.Provider>;
}

export function useRoute(): Route {
  const route = useContext(RouterContext);
  if (!route) throw new Error('useRoute() must be used inside <RouterProvider>.');
  return route;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path inside the portal: '/profile', '/set-password?token=…'. */
  to: string;
};

/** A link to a page of the portal: a real `<a href>` (new tab, copy link), handled without reload. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const { base, navigate } = useRoute();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!isPlainClick(event) || (rest.target && rest.target !== '_self')) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={portalHref(to, base)} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
