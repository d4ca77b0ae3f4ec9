import { AppShell, useDocumentTitle, useI18n } from '@marketplace/ui';
import { SignInPage } from './sign-in/SignInPage.tsx';

const BASE = import.meta.env.BASE_URL; // '/seller/'

export function App() {
  const { t } = useI18n();
  useDocumentTitle(t('seller.documentTitle'));
  return (
    <AppShell
      portalLabel={t('seller.portalLabel')}
      homeHref={BASE}
      nav={
        <a className="mk-nav-link" href="/">
          {t('seller.nav.catalog')}
        </a>
      }
    >
      <SignInPage forgotPasswordHref={`${BASE}forgot-password`} signUpHref={`${BASE}signup`} />
    </AppShell>
  );
}
