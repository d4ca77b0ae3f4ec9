import { identityPage, NotFoundPage, PortalShell, useI18n, useRoute } from '@marketplace/ui';
import { SellerHome } from './home/SellerHome.tsx';
import { SignInPage } from './sign-in/SignInPage.tsx';

export function App() {
  const { t } = useI18n();
  const { path } = useRoute();
  return (
    <PortalShell
      portalLabel={t('seller.portalLabel')}
      nav={
        <a className="mk-nav-link" href="/">
          {t('seller.nav.catalog')}
        </a>
      }
    >
      {path === '/' ? (
        <SellerHome />
      ) : (
        (identityPage(path, 'seller', { signIn: <SignInPage /> }) ?? <NotFoundPage />)
      )}
    </PortalShell>
  );
}
