// The portals' router: TanStack Router with code-based route trees (`apps/*/src/routes.tsx`). This
// file holds what both portals share: the router's options, its context (React Query and the typed
// API), the pending, not-found and error pages, the focus after a navigation, and the sign-in guard.
import type { Language } from '@marketplace/domain';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import {
  type AnyRouter,
  notFound,
  type ParsedLocation,
  RouterProvider,
  redirect,
} from '@tanstack/react-router';
import { TRPCClientError } from '@trpc/client';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { IDENTITY_ROUTES } from '../identity/portal.tsx';
import { MessagePage, NotFoundPage } from '../pages/MessagePage.tsx';
import { type AppRouter, useTRPC } from '../trpc/context.ts';
import { parseSearch, stringifySearch } from './search-params.ts';

/** What every route's `beforeLoad` and `loader` receive: the query cache and the typed API. */
export type RouterContext = {
  queryClient: QueryClient;
  trpc: TRPCOptionsProxy<AppRouter>;
  /** The page's language: the catalog's queries take it. */
  language: Language;
};

/** Moves the focus to the new page's heading, so a screen reader announces the page that opened. */
function focusNewPage(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  const target = heading ?? document.getElementById('main');
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** Shown while a page's code or data loads (after a short delay): a skeleton of a page. */
export function PendingPage() {
  const { t } = useI18n();
  return (
    <div className="mk-container mk-content-page mk-skeleton-page" role="status" data-testid="page-pending">
      <span className="mk-visually-hidden">{t('common.loading')}</span>
      <div className="mk-skeleton mk-skeleton--title" aria-hidden="true" />
      <div className="mk-skeleton mk-skeleton--text" aria-hidden="true" />
      <div className="mk-skeleton mk-skeleton--block" aria-hidden="true" />
    </div>
  );
}

/** A page that failed to load (the API unreachable, a chunk missing after a deploy): say so, and a way back. */
export function RouteErrorPage() {
  const { t } = useI18n();
  return (
    <MessagePage testId="load-error" title={t('common.loadError.title')} body={t('common.loadError.body')} />
  );
}

/** The options both portals' routers share (each adds its route tree and base path). */
export const portalRouterOptions = {
  // Hovering or focusing a link loads its page's code and data, so the click shows it at once.
  defaultPreload: 'intent',
  // React Query owns the data's freshness: the router always asks it (it answers from its cache).
  defaultPreloadStaleTime: 0,
  defaultPendingMs: 300,
  defaultPendingComponent: PendingPage,
  defaultNotFoundComponent: NotFoundPage,
  defaultErrorComponent: RouteErrorPage,
  scrollRestoration: true,
  parseSearch,
  stringifySearch,
  // Replaced by `<PortalRouter>` before the first load.
  context: undefined as unknown as RouterContext,
} as const;

/** Renders a portal's router with its context; after each navigation to another page, focuses its `h1`. */
export function PortalRouter({ router }: { router: AnyRouter }) {
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const { language } = useI18n();
  useEffect(() => {
    // `<html data-navigating>` (set in index.html for the first load) while a page's code and data
    // load: the address changes first, the page once they are in. Browser tests wait for it to go.
    const root = document.documentElement;
    const started = router.subscribe('onBeforeNavigate', () => root.setAttribute('data-navigating', ''));
    const resolved = router.subscribe('onResolved', (event) => {
      root.removeAttribute('data-navigating');
      // Not on the first load (the browser's own focus is right), nor for a change inside the page
      // (a filter or a tab kept in the query).
      if (event.fromLocation && event.pathChanged) focusNewPage();
    });
    return () => {
      started();
      resolved();
    };
  }, [router]);
  return <RouterProvider router={router} context={{ queryClient, trpc, language }} />;
}

/**
 * `beforeLoad` of the pages for signed-in people: a visitor goes to sign-in, which comes back here
 * (`/signin?next=/subscriptions`). The pages still say "not allowed" to accounts without the role.
 */
export async function requireSignedIn({
  context,
  location,
}: {
  context: RouterContext;
  location: ParsedLocation;
}) {
  const me = await context.queryClient.ensureQueryData(
    context.trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }),
  );
  if (!me) throw redirect({ to: IDENTITY_ROUTES.signIn, search: { next: location.href }, replace: true });
  return { me };
}

const isMissing = (error: unknown) =>
  error instanceof TRPCClientError &&
  ['NOT_FOUND', 'BAD_REQUEST'].includes((error.data as { code?: string } | undefined)?.code ?? '');

/**
 * A loader's main query, in the cache before the page renders (the page reads the same options with
 * `useQuery`). A record that does not exist is the not-found page; other failures the error page.
 */
export async function loadQuery<T>(
  load: () => Promise<T>,
  options: { pageShowsRefusals?: boolean } = {},
): Promise<T | undefined> {
  try {
    return await load();
  } catch (error) {
    if (isMissing(error)) throw notFound();
    // A page that tells people without the role "not allowed" itself (the selling pages).
    if (options.pageShowsRefusals) return undefined;
    throw error;
  }
}
