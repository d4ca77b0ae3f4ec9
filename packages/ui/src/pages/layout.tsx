import { type ReactNode, useEffect } from 'react';
import { Skeleton, type SkeletonShape } from '../components/Skeleton.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useDocumentTitle } from '../shell/useDocumentTitle.ts';

function usePageTitle(title: string) {
  const { t } = useI18n();
  useDocumentTitle(`${title} — ${t('common.brand')}`);
  // A page whose data loaded after the navigation: the router could only focus <main>; the heading,
  // now here, takes the focus so a screen reader announces the page that opened.
  useEffect(() => {
    const main = document.getElementById('main');
    if (main && document.activeElement === main) {
      document.getElementById('mk-page-title')?.focus({ preventScroll: true });
    }
  }, []);
}

/** A page made of one form in a card (sign-in, sign-up, password links). */
export function CardPage({
  title,
  lead,
  wide = false,
  aside,
  children,
}: {
  title: string;
  lead?: ReactNode;
  wide?: boolean;
  aside?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <div className="mk-card-page">
      <div className={`mk-container mk-card-page__inner${aside ? ' mk-card-page__inner--aside' : ''}`}>
        <section
          className={`mk-form-card${wide ? ' mk-form-card--wide' : ''}`}
          aria-labelledby="mk-page-title"
        >
          <h1 id="mk-page-title" className="mk-form-card__title" tabIndex={-1}>
            {title}
          </h1>
          {lead && <p className="mk-form-card__lead">{lead}</p>}
          {children}
        </section>
        {aside}
      </div>
    </div>
  );
}

/** A page of the signed-in area (profile, organization, accounts…). */
export function ContentPage({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <div className="mk-container mk-content-page">
      <header className="mk-content-page__header">
        <h1 id="mk-page-title" tabIndex={-1}>
          {title}
        </h1>
        {lead && <p className="mk-content-page__lead">{lead}</p>}
      </header>
      {children}
    </div>
  );
}

/** A titled part of a content page, in a card. */
export function Section({
  title,
  lead,
  children,
  testId,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section className="mk-card mk-page-section" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      {lead && <div className="mk-page-section__lead">{lead}</div>}
      {children}
    </section>
  );
}

/**
 * Shown while a page's data loads: skeletons shaped like what is coming (a page by default, or a
 * table's rows, cards, lines of text), `aria-busy` and no "Loading…" flashing on screen.
 */
export function Loading({ shape = 'page', rows }: { shape?: SkeletonShape; rows?: number }) {
  return (
    <div className={shape === 'page' ? 'mk-container mk-loading' : 'mk-loading'}>
      <Skeleton shape={shape} rows={rows} />
    </div>
  );
}
