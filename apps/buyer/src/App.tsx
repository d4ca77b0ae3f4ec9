import { AppShell, useDocumentTitle, useI18n } from '@marketplace/ui';
import { LandingPage } from './landing/LandingPage.tsx';

// Where the next issues put these screens; the links are right today and start working then.
const SIGN_IN = '/signin';
const SIGN_UP = '/signup';
const SELLER_PORTAL = '/seller/';

export function App() {
  const { t } = useI18n();
  useDocumentTitle(t('buyer.documentTitle'));
  return (
    <AppShell
      portalLabel={t('buyer.portalLabel')}
      homeHref="/"
      nav={
        <>
          {/* On phones this link gives way; the page ends with the same invitation. */}
          <a className="mk-nav-link mk-hide-narrow" href={SELLER_PORTAL}>
            {t('buyer.nav.sell')}
          </a>
          <a className="mk-nav-link" href={SIGN_IN}>
            {t('buyer.nav.signIn')}
          </a>
          <a className="mk-button mk-button--primary mk-button--small" href={SIGN_UP}>
            {t('buyer.nav.signUp')}
          </a>
        </>
      }
    >
      <LandingPage sellerPortalHref={SELLER_PORTAL} />
    </AppShell>
  );
}
