import { isLanguage, type Language } from '@marketplace/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { detectLanguage, LANGUAGE_STORAGE_KEY, type Translate, translate } from './catalogue.ts';

export type I18n = {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
};

const I18nContext = createContext<I18n | null>(null);

// Storage can be unavailable (private modes, disabled cookies): the page still works, unremembered.
function readRemembered(): string | null {
  try {
    return window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered; nothing else to do.
  }
}

function initialLanguage(): Language {
  const language = detectLanguage(readRemembered(), window.navigator.language);
  // Set before the first paint, so assistive technologies never read the page in the wrong language.
  document.documentElement.lang = language;
  return language;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Another tab of the marketplace changed the language: follow it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === LANGUAGE_STORAGE_KEY && isLanguage(event.newValue)) setLanguageState(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const setLanguage = useCallback((next: Language) => {
    remember(next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key, ...args) => translate(language, key, ...args) }),
    [language, setLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() must be used inside <I18nProvider> (or <MarketplaceProvider>).');
  return i18n;
}
