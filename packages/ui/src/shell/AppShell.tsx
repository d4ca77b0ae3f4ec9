import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { HealthStatus } from '../health/HealthStatus.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { BrandMark } from './BrandMark.tsx';
import { LazyPhoneNav, LazyToasts } from './lazy.tsx';

export type AppShellProps = {
  /** The portal's name beside the brand, already translated ("Catalog", "Seller portal"). */
  portalLabel: string;
  /** The header's links; on phones they move into the "Menu" button's panel. */
  nav?: ReactNode;
  /** At the end of the header's links: the account menu, or the sign-in and sign-up links. */
  account?: ReactNode;
  /** The account's links as a plain list, for the phone menu (the menu button's panel). */
  accountLinks?: ReactNode;
  /** Above the page, below the header: a notice that concerns every page (organization pending). */
  banner?: ReactNode;
  children: ReactNode;
};

/**
 * The frame of every page of both portals: skip link, header, main landmark, footer with the status.
 * The brand links to the portal's home (inside a `<Portal>`, whose router knows where that is).
 */
export function AppShell({ portalLabel, nav, account, accountLinks, banner, children }: AppShellProps) {
  const { t } = useI18n();
  return (
    <div className="mk-app">
      <a className="mk-skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="mk-header">
        <div className="mk-container mk-header__inner">
          <div className="mk-header__identity">
            <Link className="mk-brand" to="/" aria-label={t('common.homeLink')}>
              <BrandMark />
              <span className="mk-brand__name">{t('common.brand')}</span>
            </Link>
            <span className="mk-portal-label">{portalLabel}</span>
          </div>
          {(nav || account) && (
            <nav className="mk-header__nav" aria-label={t('common.primaryNav')}>
              {nav}
              {account}
            </nav>
          )}
          <div className="mk-header__tools">
            <LanguageSwitch />
            {(nav || accountLinks) && <LazyPhoneNav nav={nav} account={accountLinks} />}
          </div>
        </div>
      </header>
      {banner}
      <main id="main" className="mk-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="mk-footer">
        <div className="mk-container mk-footer__inner">
          <div className="mk-footer__about">
            <span className="mk-brand mk-brand--small">
              <BrandMark size={24} />
              <span className="mk-brand__name">{t('common.brand')}</span>
            </span>
            <p>{t('common.footer.tagline')}</p>
          </div>
          <section className="mk-footer__status" aria-label={t('common.footer.status')}>
            <HealthStatus />
          </section>
        </div>
      </footer>
      <LazyToasts />
    </div>
  );
}
