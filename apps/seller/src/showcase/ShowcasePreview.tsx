import { LANGUAGES, type Language } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import { useState } from 'react';
import { Tabs } from '../selling/Tabs.tsx';
import type { ShowcaseValues } from './ShowcasePage.tsx';

/**
 * The showcase as buyers will see it, following the form as the seller types, in either language.
 * The logo is an <img> of the seller's address: shown, never fetched by the marketplace itself.
 */
export function ShowcasePreview({ values }: { values: ShowcaseValues }) {
  const { t, language: pageLanguage } = useI18n();
  const [language, setLanguage] = useState<Language>(pageLanguage);
  const short = values.shortDescription[language];
  const description = values.description[language];
  return (
    <aside className="mk-card sp-preview" aria-labelledby="sp-preview-title" data-testid="showcase-preview">
      <h2 id="sp-preview-title">{t('seller.showcase.preview')}</h2>
      <Tabs
        label={t('seller.showcase.preview')}
        selected={language}
        onSelect={setLanguage}
        tabs={LANGUAGES.map((option) => ({ id: option, label: t(`common.language.${option}`) }))}
      >
        <p className="mk-field__hint">
          {t('seller.showcase.preview.lead', { language: t(`seller.languageName.${language}`) })}
        </p>
        <article className="sp-preview__card" lang={language}>
          <header className="sp-preview__header">
            {values.logoUrl.trim() !== '' && (
              <img className="sp-preview__logo" src={values.logoUrl} alt="" width={56} height={56} />
            )}
            <div>
              <h3 data-testid="preview-company">{values.companyName || '—'}</h3>
              {short && <p className="sp-preview__short">{short}</p>}
            </div>
          </header>
          <div className="sp-preview__description" data-testid="preview-description">
            {description.trim() === '' ? (
              <p className="mk-muted">{t('seller.showcase.preview.empty')}</p>
            ) : (
              description.split(/\n{2,}/).map((paragraph, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity but their place
                <p key={index}>{paragraph}</p>
              ))
            )}
          </div>
          <dl className="mk-details mk-details--compact">
            {values.website && (
              <div>
                <dt>{t('seller.showcase.preview.website')}</dt>
                <dd>{values.website}</dd>
              </div>
            )}
            {values.contactEmail && (
              <div>
                <dt>{t('seller.showcase.preview.contact')}</dt>
                <dd>{values.contactEmail}</dd>
              </div>
            )}
            {values.supportContact && (
              <div>
                <dt>{t('seller.showcase.preview.support')}</dt>
                <dd>{values.supportContact}</dd>
              </div>
            )}
          </dl>
        </article>
      </Tabs>
    </aside>
  );
}
