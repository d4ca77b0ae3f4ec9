import {
  identityPage,
  NotFoundPage,
  PortalShell,
  useDocumentTitle,
  useI18n,
  useRoute,
} from '@marketplace/ui';
import { LandingPage } from './landing/LandingPage.tsx';

// The seller portal is another single-page app: a plain link, not a route of this one.
const SELLER_PORTAL = '/seller/';

export function App() {
  const { t } = useI18n();
  const { path } = useRoute();
  return (
    <PortalShell
      portalLabel={t('buyer.portalLabel')}
      nav={
        // On phones this link gives way; the landing page ends with the same invitation.
        <a className="mk-nav-link mk-hide-narrow" href={SELLER_PORTAL}>
          {t('buyer.nav.sell')}
        </a>
      }
    >
      {path === '/' ? <Home /> : (identityPage(path, 'buyer') ?? <NotFoundPage />)}
    </PortalShell>
  );
}

function Home() {
  const { t } = useI18n();
  useDocumentTitle(t('buyer.documentTitle'));
  return <LandingPage sellerPortalHref={SELLER_PORTAL} />;
}
