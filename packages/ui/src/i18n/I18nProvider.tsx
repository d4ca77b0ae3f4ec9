import { isLanguage, type Language } from '@marketplace/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { detectLanguage, FORMATS, LANGUAGE_STORAGE_KEY, LOCALES, type Translate } from './catalogue.ts';
import { type LoadedMessages, loadedMessages, loadMessages } from './load.ts';

export type I18n = {
  /** The language the page shows (a switch takes effect once its messages are loaded). */
  language: Language;
  setLanguage: (language: Language) => void;
  /** Formats a message of the page's language with FormatJS (ICU: plurals, numbers, dates). */
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

/** The cookie the server reads the page's language from (`apps/api/src/http/language.ts`). */
export const LANGUAGE_COOKIE = 'language';
const ONE_YEAR_IN_SECONDS = 365 * 24 * 60 * 60;

/**
 * Tells the server the page's language, for the requests that carry no `x-language` header (download
 * links for CSV and PDF files, plain forms, a new tab): a `language` cookie for the whole site, a year.
 */
export function sendLanguageCookie(language: Language): void {
  try {
    const secure = window.location.protocol === 'https:' ? '; Secure' : '';
    // biome-ignore lint/suspicious/noDocumentCookie: one fixed-form cookie, set synchronously before any download link is followed (the Cookie Store API is async and missing from some browsers)
    document.cookie = `${LANGUAGE_COOKIE}=${language}; path=/; max-age=${ONE_YEAR_IN_SECONDS}; SameSite=Lax${secure}`;
  } catch {
    // Cookies disabled: the server falls back to Accept-Language.
  }
}

function initialLanguage(): Language {
  const language = detectLanguage(readRemembered(), window.navigator.language);
  // Set before the first paint, so assistive technologies never read the page in the wrong language.
  document.documentElement.lang = language;
  sendLanguageCookie(language);
  return language;
}

// The page's language is known as soon as this module runs: its messages start loading at once,
// in parallel with the rest of the page's code, rather than after the first render.
if (typeof window !== 'undefined') void loadMessages(initialLanguage());

type Shown = { language: Language; messages: LoadedMessages };

/** A missing message is a bug: say so in the console (the page shows the key, never nothing). */
function reportIntlError(error: { code?: string; message: string }) {
  console.error(`[i18n] ${error.code ?? 'ERROR'}: ${error.message}`);
}

/** `t` over react-intl's `formatMessage`, with the same API the pages have always used. */
function TranslateProvider({
  language,
  setLanguage,
  children,
}: {
  language: Language;
  setLanguage: (language: Language) => void;
  children: ReactNode;
}) {
  const intl = useIntl();
  const value = useMemo<I18n>(() => {
    const t = ((key: string, values?: Record<string, string | number | Date>) =>
      intl.formatMessage({ id: key }, values, { ignoreTag: true })) as Translate;
    return { language, setLanguage, t };
  }, [intl, language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The page's language and its messages (react-intl's `IntlProvider`). Only the shown language's
 * messages are loaded; until they are (the first few milliseconds), nothing renders, so no key or
 * other language ever flashes. A switch keeps the current language on screen until the new one's
 * messages have arrived, then changes every text at once.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState<Language>(initialLanguage);
  const [shown, setShown] = useState<Shown | null>(() => {
    const messages = loadedMessages(wanted);
    return messages ? { language: wanted, messages } : null;
  });

  useEffect(() => {
    if (shown?.language === wanted) return;
    let current = true;
    loadMessages(wanted).then(
      (messages) => {
        if (current) setShown({ language: wanted, messages });
      },
      (error: unknown) => {
        // A chunk that failed to download (offline): stay in the current language.
        console.error('[i18n] could not load the messages of', wanted, error);
        if (current && shown) setWanted(shown.language);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, shown]);

  useEffect(() => {
    if (!shown) return;
    document.documentElement.lang = shown.language;
    sendLanguageCookie(shown.language);
  }, [shown]);

  // Another tab of the marketplace changed the language: follow it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === LANGUAGE_STORAGE_KEY && isLanguage(event.newValue)) setWanted(event.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const setLanguage = useCallback((next: Language) => {
    remember(next);
    sendLanguageCookie(next);
    void loadMessages(next);
    setWanted(next);
  }, []);

  if (!shown) return null;
  return (
    <IntlProvider
      locale={LOCALES[shown.language]}
      messages={shown.messages}
      defaultLocale={LOCALES.en}
      formats={FORMATS}
      onError={reportIntlError}
    >
      <TranslateProvider language={shown.language} setLanguage={setLanguage}>
        {children}
      </TranslateProvider>
    </IntlProvider>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() must be used inside <I18nProvider> (or <MarketplaceProvider>).');
  return i18n;
}
