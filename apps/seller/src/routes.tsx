// The seller portal's pages (below /seller/), as a typed route tree (TanStack Router, code-based).
// Each page's code is its own chunk, loaded when the page is opened or a link to it is hovered; each
// loader puts the page's main query in the React Query cache before the page renders.
import {
  defaultRange,
  identityRoutes,
  loadQuery,
  operatorRoute,
  PortalShell,
  portalRouterOptions,
  type RouterContext,
  requireSignedIn,
  useI18n,
  useMe,
} from '@marketplace/ui';
import { isId, monthRangeSearch, productTabSearch, salesSearchSchema } from '@marketplace/validators/search';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Link,
  lazyRouteComponent,
  notFound,
  Outlet,
} from '@tanstack/react-router';
import { readSalesQuery, SALES_PAGE_SIZE } from './sales/sales-query.ts';

function SellerNav() {
  const { t } = useI18n();
  const me = useMe();
  const seller = me.data?.organization?.types.includes('seller');
  return (
    <>
      {seller && (
        <>
          <Link className="mk-nav-link" to="/" activeOptions={{ exact: true, includeSearch: false }}>
            {t('seller.nav.dashboard')}
          </Link>
          <Link className="mk-nav-link" to="/products" activeOptions={{ includeSearch: false }}>
            {t('seller.nav.products')}
          </Link>
          <Link className="mk-nav-link" to="/sales" activeOptions={{ includeSearch: false }}>
            {t('seller.nav.sales')}
          </Link>
          <Link className="mk-nav-link" to="/revenue" activeOptions={{ includeSearch: false }}>
            {t('usage.revenue.nav')}
          </Link>
          <Link className="mk-nav-link" to="/showcase" activeOptions={{ includeSearch: false }}>
            {t('seller.nav.showcase')}
          </Link>
        </>
      )}
      {/* The buyer portal is another single-page app: a plain link. */}
      <a className="mk-nav-link" href="/">
        {t('seller.nav.catalog')}
      </a>
    </>
  );
}

function SellerRoot() {
  const { t } = useI18n();
  return (
    <PortalShell portalLabel={t('seller.portalLabel')} nav={<SellerNav />}>
      <Outlet />
    </PortalShell>
  );
}

const rootRoute = createRootRouteWithContext<RouterContext>()({ component: SellerRoot });

// The selling pages tell accounts without the seller role "not allowed" themselves: their loaders
// leave a refusal to them (`pageShowsRefusals`).
const page = { pageShowsRefusals: true };

const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  // The sign-in page for visitors, the dashboard for signed-in people.
  component: lazyRouteComponent(() => import('./home/SellerHome.tsx'), 'SellerHome'),
});

const showcaseRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/showcase',
  beforeLoad: requireSignedIn,
  loader: ({ context }) =>
    loadQuery(() => context.queryClient.ensureQueryData(context.trpc.showcase.get.queryOptions()), page),
  component: lazyRouteComponent(() => import('./showcase/ShowcasePage.tsx'), 'ShowcasePage'),
});

const productsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/products',
  beforeLoad: requireSignedIn,
  loader: ({ context }) =>
    context.queryClient.prefetchInfiniteQuery(
      context.trpc.products.list.infiniteQueryOptions({}, { getNextPageParam: (last) => last.nextCursor }),
    ),
  component: lazyRouteComponent(() => import('./products/ProductsPage.tsx'), 'ProductsPage'),
});

const newProductRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/products/new',
  beforeLoad: requireSignedIn,
  component: lazyRouteComponent(() => import('./products/NewProductPage.tsx'), 'NewProductPage'),
});

const productRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/products/$id',
  // `/products/not-an-id` names no page: the not-found page, not a validation error.
  params: {
    parse: ({ id }: { id: string }) => {
      if (!isId(id)) throw notFound();
      return { id };
    },
    stringify: ({ id }: { id: string }) => ({ id }),
  },
  validateSearch: productTabSearch,
  beforeLoad: requireSignedIn,
  loader: ({ context, params }) =>
    loadQuery(
      () => context.queryClient.ensureQueryData(context.trpc.products.get.queryOptions({ id: params.id })),
      page,
    ),
  component: lazyRouteComponent(() => import('./product/ProductEditorRoute.tsx'), 'ProductEditorRoute'),
});

const salesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sales',
  validateSearch: salesSearchSchema,
  beforeLoad: requireSignedIn,
  loader: ({ context, location }) => {
    const filter = readSalesQuery(salesSearchSchema.parse(location.search));
    return context.queryClient.prefetchQuery(
      context.trpc.sales.list.queryOptions({ ...filter, limit: SALES_PAGE_SIZE }),
    );
  },
  component: lazyRouteComponent(() => import('./sales/SalesPage.tsx'), 'SalesPage'),
});

const revenueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/revenue',
  validateSearch: monthRangeSearch,
  beforeLoad: requireSignedIn,
  loader: ({ context, location }) => {
    const { from, to } = monthRangeSearch.parse(location.search);
    const range = from && to ? { from, to } : defaultRange(new Date());
    return context.queryClient.prefetchQuery(context.trpc.usage.revenue.queryOptions(range));
  },
  // Revenue carries the charting library: in its own chunk with the page.
  component: lazyRouteComponent(() => import('./revenue/RevenuePage.tsx'), 'RevenuePage'),
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  showcaseRoute,
  productsRoute,
  newProductRoute,
  productRoute,
  salesRoute,
  revenueRoute,
  ...identityRoutes(rootRoute, {
    signIn: lazyRouteComponent(() => import('./sign-in/SignInPage.tsx'), 'SignInPage'),
  }),
  operatorRoute(rootRoute),
]);

export const router = createRouter({ ...portalRouterOptions, routeTree, basepath: '/seller' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
