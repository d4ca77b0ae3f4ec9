import type { ReactNode } from 'react';
import { HealthStatus } from '../health/HealthStatus.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { BrandMark } from './BrandMark.tsx';

export type AppShellProps = {
  /** The portal's name beside the brand, already translated ("Catalog", "Seller portal"). */
  portalLabel: string;
  /** Where the brand links to: the portal's home. */
  homeHref: string;
  /** The header's links, as `<a>` elements; they wrap under the brand on narrow screens. */
  nav?: ReactNode;
  children: ReactNode;
};

/** The frame of every page of both portals: skip link, header, main landmark, footer with the status. */
export function AppShell({ portalLabel, homeHref, nav, children }: AppShellProps) {
  const { t } = useI18n();
  return (
    <div className="mk-app">
      <a className="mk-skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="mk-header">
        <div className="mk-container mk-header__inner">
          <div className="mk-header__identity">
            <a className="mk-brand" href={homeHref}>
              <BrandMark />
              <span className="mk-brand__name">{t('common.brand')}</span>
            </a>
            <span className="mk-portal-label">{portalLabel}</span>
          </div>
          {nav && (
            <nav className="mk-header__nav" aria-label={t('common.primaryNav')}>
              {nav}
            </nav>
          )}
          <div className="mk-header__tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
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
    </div>
  );
}
