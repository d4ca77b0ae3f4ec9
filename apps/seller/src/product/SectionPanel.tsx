import type { SectionState } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import type { ReactNode } from 'react';
import type { Product } from '../selling/api.ts';

export type SectionView = Product['sections'][number];

/** "Complete", "To be completed" or "Optional", as the server judged the section. */
export function SectionStateBadge({ state }: { state: SectionState }) {
  const { t } = useI18n();
  return (
    <span className={`sp-section-state sp-section-state--${state}`} data-state={state}>
      {t(`seller.section.state.${state}`)}
    </span>
  );
}

/** A tab's label in the side list: the section's name, then its state. */
export function SectionTabLabel({ section }: { section: SectionView }) {
  const { t } = useI18n();
  return (
    <>
      <span>{t(`seller.section.${section.key}`)}</span> <SectionStateBadge state={section.state} />
    </>
  );
}

/** One section of the product form: its heading and state, what it still lacks, then its own form. */
export function SectionPanel({ section, children }: { section: SectionView; children: ReactNode }) {
  const { t, language } = useI18n();
  return (
    <section
      className="sp-section"
      aria-labelledby={`section-${section.key}-title`}
      data-testid={`section-${section.key}`}
      data-state={section.state}
    >
      <h2 id={`section-${section.key}-title`} className="sp-section__title">
        {t(`seller.section.${section.key}`)}
        <SectionStateBadge state={section.state} />
      </h2>
      {section.missing.length > 0 && (
        <div className="mk-notice mk-notice--warning">
          <p>{t('seller.section.missing')}</p>
          <ul className="sp-section__missing" data-testid="section-missing">
            {section.missing.map((item) => (
              <li key={item.key} data-key={item.key}>
                {item.text[language]}
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
    </section>
  );
}
