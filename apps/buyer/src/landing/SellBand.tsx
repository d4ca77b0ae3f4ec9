import { useI18n } from '@marketplace/ui';

export function SellBand({ href }: { href: string }) {
  const { t } = useI18n();
  return (
    <section className="mk-section" aria-labelledby="bl-sell-title">
      <div className="mk-container">
        <div className="bl-sell mk-on-dark">
          <div className="bl-sell__text">
            <h2 id="bl-sell-title">{t('buyer.sell.title')}</h2>
            <p>{t('buyer.sell.body')}</p>
          </div>
          <a className="mk-button mk-button--light" href={href}>
            {t('buyer.sell.cta')}
          </a>
        </div>
      </div>
    </section>
  );
}
