import { LANGUAGES } from '@marketplace/domain';
import { useI18n } from './I18nProvider.tsx';

/**
 * Two toggle buttons, EN and FR. The group is labelled in both languages, so a person who does not
 * read the current one still finds it; each button shows its code and names its language in that language.
 */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="mk-language-switch" data-testid="language-switch">
      <legend className="mk-visually-hidden">{t('common.languageSwitch')}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          title={t(`common.language.${option}`)}
          onClick={() => setLanguage(option)}
        >
          {/* Named "EN English": the visible code starts the name, as voice control expects. */}
          {option.toUpperCase()}
          <span className="mk-visually-hidden"> {t(`common.language.${option}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}
