import {
  identityPage,
  Link,
  Loading,
  matchPattern,
  NotFoundPage,
  PortalShell,
  useI18n,
  useMe,
  useRoute,
} from '@marketplace/ui';
import { lazy, type ReactNode, Suspense } from 'react';
import { SellerHome } from './home/SellerHome.tsx';
import { ProductEditorPage } from './product/ProductEditorPage.tsx';
import { NewProductPage } from './products/NewProductPage.tsx';
import { ProductsPage } from './products/ProductsPage.tsx';
import { SalesPage } from './sales/SalesPage.tsx';
import { ShowcasePage } from './showcase/ShowcasePage.tsx';
import { SignInPage } from './sign-in/SignInPage.tsx';

// Revenue carries the charting library: loaded when opened, not with every page.
const RevenuePage = lazy(() => import('./revenue/RevenuePage.tsx').then((m) => ({ default: m.RevenuePage })));

/** The seller portal's own pages; the identity pages come from @marketplace/ui. */
function sellingPage(path: string | null): ReactNode | null {
  if (path === null) return null;
  if (path === '/') return <SellerHome />;
  if (path === '/showcase') return <ShowcasePage />;
  if (path === '/products') return <ProductsPage />;
  if (path === '/products/new') return <NewProductPage />;
  if (path === '/sales') return <SalesPage />;
  if (path === '/revenue') {
    return (
      <Suspense fallback={<Loading />}>
        <RevenuePage />
      </Suspense>
    );
  }
  const product = matchPattern('/products/:id', path);
  if (product?.id) return <ProductEditorPage key={product.id} id={product.id} />;
  return null;
}

function SellerNav() {
  const { t } = useI18n();
  const me = useMe();
  const { path } = useRoute();
  const seller = me.data?.organization?.types.includes('seller');
  const current = (to: string) =>
    (to === '/' ? path === '/' : path?.startsWith(to)) ? ('page' as const) : undefined;
  return (
    <>
      {seller && (
        <>
          <Link className="mk-nav-link" to="/" aria-current={current('/')}>
            {t('seller.nav.dashboard')}
          </Link>
          <Link className="mk-nav-link" to="/products" aria-current={current('/products')}>
            {t('seller.nav.products')}
          </Link>
          <Link className="mk-nav-link" to="/sales" aria-current={current('/sales')}>
            {t('seller.nav.sales')}
          </Link>
          <Link className="mk-nav-link" to="/revenue" aria-current={current('/revenue')}>
            {t('usage.revenue.nav')}
          </Link>
          <Link className="mk-nav-link" to="/showcase" aria-current={current('/showcase')}>
            {t('seller.nav.showcase')}
          </Link>
        </>
      )}
      <a className="mk-nav-link" href="/">
        {t('seller.nav.catalog')}
      </a>
    </>
  );
}

export function App() {
  const { t } = useI18n();
  const { path } = useRoute();
  return (
    <PortalShell portalLabel={t('seller.portalLabel')} nav={<SellerNav />}>
      {sellingPage(path) ?? identityPage(path, 'seller', { signIn: <SignInPage /> }) ?? <NotFoundPage />}
    </PortalShell>
  );
}
