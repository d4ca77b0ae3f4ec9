import { LANGUAGES, type Language } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import { type ReactNode, useState } from 'react';
import { Tabs } from './Tabs.tsx';

/**
 * EN/FR tabs around the texts buyers read; a tab whose texts are incomplete says "to be completed", so
 * the seller sees what publication still needs without opening it.
 */
export function LanguageTabs({
  complete,
  children,
}: {
  complete: (language: Language) => boolean;
  children: (language: Language) => ReactNode;
}) {
  const { t } = useI18n();
  const [language, setLanguage] = useState<Language>('en');
  return (
    <div className="sp-language-tabs">
      <p className="mk-field__hint">{t('seller.texts.bothLanguages')}</p>
      <Tabs
        label={t('seller.texts.languages')}
        selected={language}
        onSelect={setLanguage}
        tabs={LANGUAGES.map((option) => ({
          id: option,
          label: (
            <>
              {t(`common.language.${option}`)}
              {!complete(option) && (
                <span className="sp-tabs__marker"> · {t('seller.texts.toComplete')}</span>
              )}
            </>
          ),
        }))}
      >
        <div className="mk-form sp-language-tabs__fields" lang={language}>
          {children(language)}
        </div>
      </Tabs>
    </div>
  );
}

/** "Description (French)": a label that says which language the field is in. */
export function useInLanguage() {
  const { t } = useI18n();
  return (label: string, language: Language) =>
    t('seller.field.inLanguage', { label, language: t(`seller.languageName.${language}`) });
}
