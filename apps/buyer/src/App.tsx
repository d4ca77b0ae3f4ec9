import {
  identityPage,
  Link,
  Loading,
  matchPattern,
  NotFoundPage,
  PortalShell,
  useDocumentTitle,
  useI18n,
  useMe,
  useRoute,
} from '@marketplace/ui';
import { lazy, type ReactNode, Suspense } from 'react';
import { CatalogPage } from './catalog/CatalogPage.tsx';
import { LandingPage } from './landing/LandingPage.tsx';
import { ProductPage } from './product/ProductPage.tsx';
import { SellerShowcasePage } from './showcase/SellerShowcasePage.tsx';
import { SubscribePage } from './subscribe/SubscribePage.tsx';
import { MySubscriptionsPage } from './subscriptions/MySubscriptionsPage.tsx';

// Spend carries the charting library: loaded when opened, not with every page.
const SpendPage = lazy(() => import('./spend/SpendPage.tsx').then((m) => ({ default: m.SpendPage })));

// The seller portal is another single-page app: a plain link, not a route of this one.
const SELLER_PORTAL = '/seller/';

/** The buyer portal's own pages; the identity pages come from @marketplace/ui. */
function buyingPage(path: string | null, query: URLSearchParams): ReactNode | null {
  if (path === null) return null;
  // The landing page's search form (which works before scripts load) lands on the catalog.
  if (path === '/') return query.has('q') || query.has('category') ? <CatalogPage /> : <Home />;
  if (path === '/catalog') return <CatalogPage />;
  if (path === '/subscriptions') return <MySubscriptionsPage />;
  if (path === '/spend') {
    return (
      <Suspense fallback={<Loading />}>
        <SpendPage />
      </Suspense>
    );
  }
  const subscribe = matchPattern('/products/:id/subscribe', path);
  if (subscribe?.id) return <SubscribePage key={subscribe.id} id={subscribe.id} />;
  const product = matchPattern('/products/:id', path);
  if (product?.id) return <ProductPage key={product.id} id={product.id} />;
  const seller = matchPattern('/sellers/:id', path);
  if (seller?.id) return <SellerShowcasePage key={seller.id} id={seller.id} />;
  return null;
}

function BuyerNav() {
  const { t } = useI18n();
  const me = useMe();
  const { path } = useRoute();
  const current = (to: string) => (path?.startsWith(to) ? ('page' as const) : undefined);
  return (
    <>
      <Link className="mk-nav-link" to="/catalog" aria-current={current('/catalog')}>
        {t('buy.nav.catalog')}
      </Link>
      {me.data?.organization && (
        <Link className="mk-nav-link" to="/subscriptions" aria-current={current('/subscriptions')}>
          {t('buy.nav.subscriptions')}
        </Link>
      )}
      {me.data?.organization?.types.includes('buyer') && me.data.account.roles.includes('user') && (
        <Link className="mk-nav-link" to="/spend" aria-current={current('/spend')}>
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

export function App() {
  const { t } = useI18n();
  const { path, query } = useRoute();
  return (
    <PortalShell portalLabel={t('buyer.portalLabel')} nav={<BuyerNav />}>
      {buyingPage(path, query) ?? identityPage(path, 'buyer') ?? <NotFoundPage />}
    </PortalShell>
  );
}

function Home() {
  const { t } = useI18n();
  useDocumentTitle(t('buyer.documentTitle'));
  return <LandingPage sellerPortalHref={SELLER_PORTAL} />;
}
