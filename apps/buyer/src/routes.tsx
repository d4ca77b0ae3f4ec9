// The buyer portal's pages, as a typed route tree (TanStack Router, code-based). Each page's code is
// its own chunk, loaded when the page is opened or a link to it is hovered; each loader puts the
// page's main query in the React Query cache before the page renders (the page reads the same query).
import {
  defaultRange,
  identityRoutes,
  loadQuery,
  PortalShell,
  portalRouterOptions,
  type RouterContext,
  requireSignedIn,
  useDocumentTitle,
  useI18n,
  useMe,
} from '@marketplace/ui';
import {
  CATALOG_DEFAULTS,
  catalogSearch,
  isId,
  landingSearch,
  monthRangeSearch,
  subscriptionsSearch,
} from '@marketplace/validators/search';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Link,
  lazyRouteComponent,
  notFound,
  Outlet,
  redirect,
  stripSearchParams,
} from '@tanstack/react-router';
import { catalogInput, readCatalogQuery, searchPages } from './catalog/catalog-query.ts';

// The seller portal is another single-page app: a plain link, not a route of this one.
const SELLER_PORTAL = '/seller/';

function BuyerNav() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <>
      <Link className="mk-nav-link" to="/catalog">
        {t('buy.nav.catalog')}
      </Link>
      {me.data?.organization && (
        <Link className="mk-nav-link" to="/subscriptions">
          {t('buy.nav.subscriptions')}
        </Link>
      )}
      {me.data?.organization?.types.includes('buyer') && me.data.account.roles.includes('user') && (
        <Link className="mk-nav-link" to="/spend">
          {t('usage.spend.nav')}
        </Link>
      )}
      {/* On phones this link gives way; the landing page ends with the same invitation. */}
      <a className="mk-nav-link mk-hide-narrow" href={SELLER_PORTAL}>
        {t('buyer.nav.sell')}
      </a>
    </>
  );
}

function BuyerRoot() {
  const { t } = useI18n();
  return (
    <PortalShell portalLabel={t('buyer.portalLabel')} nav={<BuyerNav />}>
      <Outlet />
    </PortalShell>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: BuyerRoot });

const Landing = lazyRouteComponent(() => import('./landing/LandingPage.tsx'), 'LandingPage');
function Home() {
  const { t } = useI18n();
  useDocumentTitle(t('buyer.documentTitle'));
  return <Landing sellerPortalHref={SELLER_PORTAL} />;
}
Home.preload = Landing.preload;

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: landingSearch,
  // The landing page's search form works before scripts load: `/?q=…` is a catalog search.
  beforeLoad: ({ search }) => {
    if (search.q !== undefined || search.category.length > 0) {
      throw redirect({
        to: '/catalog',
        search: { q: search.q ?? '', category: search.category },
        replace: true,
      });
    }
  },
  component: Home,
});

const catalogRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/catalog',
  validateSearch: catalogSearch,
  search: { middlewares: [stripSearchParams(CATALOG_DEFAULTS)] },
  // No loader deps: a new filter keeps the page (and its results until the new ones come) instead of
  // waiting; the loader serves the first visit and the hover before it.
  loader: ({ context, location }) => {
    const search = catalogSearch.parse(location.search);
    return loadQuery(() =>
      context.queryClient.ensureInfiniteQueryData(
        context.trpc.catalog.search.infiniteQueryOptions(
          catalogInput(readCatalogQuery(search), context.language),
          searchPages,
        ),
      ),
    );
  },
  component: lazyRouteComponent(() => import('./catalog/CatalogPage.tsx'), 'CatalogPage'),
});

/** `/products/not-an-id` names no page: the not-found page, not a validation error. */
const idParams = {
  parse: ({ id }: { id: string }) => {
    if (!isId(id)) throw notFound();
    return { id };
  },
  stringify: ({ id }: { id: string }) => ({ id }),
};

const productRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/products/$id',
  params: idParams,
  loader: ({ context, params }) =>
    loadQuery(() =>
      context.queryClient.ensureQueryData(
        context.trpc.catalog.product.queryOptions({ id: params.id, language: context.language }),
      ),
    ),
  component: lazyRouteComponent(() => import('./product/ProductRoute.tsx'), 'ProductRoute'),
});

const subscribeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/products/$id/subscribe',
  params: idParams,
  beforeLoad: requireSignedIn,
  loader: ({ context, params }) =>
    loadQuery(() =>
      context.queryClient.ensureQueryData(
        context.trpc.catalog.product.queryOptions({ id: params.id, language: context.language }),
      ),
    ),
  component: lazyRouteComponent(() => import('./subscribe/SubscribeRoute.tsx'), 'SubscribeRoute'),
});

const sellerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sellers/$id',
  params: idParams,
  loader: ({ context, params }) =>
    loadQuery(() =>
      context.queryClient.ensureQueryData(
        context.trpc.catalog.showcase.queryOptions({ id: params.id, language: context.language }),
      ),
    ),
  component: lazyRouteComponent(() => import('./showcase/SellerShowcaseRoute.tsx'), 'SellerShowcaseRoute'),
});

const subscriptionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/subscriptions',
  validateSearch: subscriptionsSearch,
  beforeLoad: requireSignedIn,
  // A member's list; others are told "not allowed" by the page, so a refusal is not an error here.
  loader: ({ context }) =>
    context.queryClient.prefetchInfiniteQuery(
      context.trpc.subscriptions.list.infiniteQueryOptions(
        {},
        { getNextPageParam: (last) => last.nextCursor },
      ),
    ),
  component: lazyRouteComponent(
    () => import('./subscriptions/MySubscriptionsPage.tsx'),
    'MySubscriptionsPage',
  ),
});

const spendRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/spend',
  validateSearch: monthRangeSearch,
  beforeLoad: requireSignedIn,
  loader: ({ context, location }) => {
    const { from, to } = monthRangeSearch.parse(location.search);
    const range = from && to ? { from, to } : defaultRange(new Date());
    return context.queryClient.prefetchQuery(context.trpc.usage.spend.queryOptions(range));
  },
  // Spend carries the charting library: in its own chunk with the page.
  component: lazyRouteComponent(() => import('./spend/SpendPage.tsx'), 'SpendPage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  catalogRoute,
  productRoute,
  subscribeRoute,
  sellerRoute,
  subscriptionsRoute,
  spendRoute,
  ...identityRoutes(rootRoute),
]);

export const router = createRouter({ ...portalRouterOptions, routeTree });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
