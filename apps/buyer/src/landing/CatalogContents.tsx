import { REGIONS } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';

function ImageIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path
        d="M12 2.5 3.5 7v10l8.5 4.5 8.5-4.5V7L12 2.5Zm0 2.26L18.3 8 12 11.34 5.7 8 12 4.76ZM5 9.6l6.25 3.32v6.6L5 16.2V9.6Zm7.75 9.92v-6.6L19 9.6v6.6l-6.25 3.32Z"
        fill="currentColor"
      />
    </svg>
  );
}

function ManagedIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path
        d="M12 2 4 5v6c0 5.05 3.4 9.76 8 11 4.6-1.24 8-5.95 8-11V5l-8-3Zm6.5 9c0 4.2-2.73 8.12-6.5 9.3-3.77-1.18-6.5-5.1-6.5-9.3V6.04L12 3.6l6.5 2.44V11Zm-9.97.47-1.06 1.06L10.5 15.56l6.03-6.03-1.06-1.06-4.97 4.97-1.97-1.97Z"
        fill="currentColor"
      />
    </svg>
  );
}

function PinIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path
        d="M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z"
        fill="currentColor"
      />
    </svg>
  );
}

/** What buyers find: the two kinds of products, and the two regions they run in. */
export function CatalogContents() {
  const { t } = useI18n();
  return (
    <section className="mk-section" aria-labelledby="bl-offer-title">
      <div className="mk-container">
        <header className="mk-section__header">
          <h2 id="bl-offer-title">{t('buyer.offer.title')}</h2>
          <p>{t('buyer.offer.lead')}</p>
        </header>

        <ul className="bl-kinds">
          <li className="mk-card bl-kind">
            <span className="bl-kind__icon">
              <ImageIcon />
            </span>
            <h3>{t('buyer.offer.omi.title')}</h3>
            <p>{t('buyer.offer.omi.body')}</p>
            <p className="bl-kind__pricing">{t('buyer.offer.omi.pricing')}</p>
          </li>
          <li className="mk-card bl-kind">
            <span className="bl-kind__icon">
              <ManagedIcon />
            </span>
            <h3>{t('buyer.offer.managed.title')}</h3>
            <p>{t('buyer.offer.managed.body')}</p>
            <p className="bl-kind__pricing">{t('buyer.offer.managed.pricing')}</p>
          </li>
        </ul>

        <div className="bl-regions">
          <div className="bl-regions__intro">
            <h3>{t('buyer.regions.title')}</h3>
            <p>{t('buyer.regions.lead')}</p>
          </div>
          <ul className="bl-regions__list">
            {REGIONS.map((region) => (
              <li key={region} className="bl-region">
                <span className="bl-region__icon">
                  <PinIcon />
                </span>
                <span>
                  <code className="mk-region">{region}</code>
                  <span className="bl-region__description">{t(`buyer.region.${region}`)}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
