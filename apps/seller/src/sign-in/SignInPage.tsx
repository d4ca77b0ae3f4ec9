import { SignInForm, useDocumentTitle, useI18n } from '@marketplace/ui';

const PITCH_POINTS = ['seller.pitch.point1', 'seller.pitch.point2', 'seller.pitch.point3'] as const;

function CheckIcon() {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
      <circle cx="10" cy="10" r="10" fill="currentColor" opacity="0.18" />
      <path
        d="m6 10.2 2.7 2.7L14.2 7.4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The seller portal's front door: the shared sign-in form, and what the portal is for. */
export function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t('seller.documentTitle'));
  return (
    <div className="sl-page">
      <div className="mk-container sl-page__inner">
        <section className="sl-card" aria-labelledby="sl-title">
          <h1 id="sl-title" className="sl-card__title" tabIndex={-1}>
            {t('seller.signIn.title')}
          </h1>
          <p className="sl-card__lead">{t('seller.signIn.lead')}</p>
          <SignInForm />
        </section>

        <aside className="sl-pitch mk-on-dark" aria-labelledby="sl-pitch-title">
          <p className="mk-eyebrow">{t('seller.pitch.eyebrow')}</p>
          <h2 id="sl-pitch-title">{t('seller.pitch.title')}</h2>
          <ul className="sl-pitch__points">
            {PITCH_POINTS.map((point) => (
              <li key={point}>
                <CheckIcon />
                <span>{t(point)}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
