import { useI18n } from '@marketplace/ui';

const STEPS = ['1', '2', '3'] as const;

export function HowItWorks() {
  const { t } = useI18n();
  return (
    <section className="mk-section mk-section--sunken" aria-labelledby="bl-steps-title">
      <div className="mk-container">
        <header className="mk-section__header">
          <h2 id="bl-steps-title">{t('buyer.steps.title')}</h2>
        </header>
        <ol className="bl-steps">
          {STEPS.map((step) => (
            <li key={step} className="bl-step">
              <span className="bl-step__number" aria-hidden="true">
                {step}
              </span>
              <h3>{t(`buyer.steps.${step}.title`)}</h3>
              <p>{t(`buyer.steps.${step}.body`)}</p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
