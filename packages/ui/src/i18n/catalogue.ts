// The pure part of i18n: the message set, its typing, interpolation and the choice of language.
// No React and no DOM here, so it is unit-tested in Node.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@marketplace/domain';
import { en } from './messages.en.ts';
import { fr } from './messages.fr.ts';

export type MessageKey = keyof typeof en;
/** A catalogue has exactly the English keys; each language file is typed against it. */
export type Messages = { readonly [K in MessageKey]: string };

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
type PlaceholdersOf<K extends MessageKey> = Placeholders<(typeof en)[K]>;

/** The keys of messages without placeholders: what a component may hold and translate later. */
export type PlainMessageKey = {
  [K in MessageKey]: [PlaceholdersOf<K>] extends [never] ? K : never;
}[MessageKey];

/** `t('key')` for a message without placeholders, `t('key', { name })` with exactly its placeholders. */
export type TranslateArgs<K extends MessageKey> = [PlaceholdersOf<K>] extends [never]
  ? []
  : [params: Record<PlaceholdersOf<K>, string | number>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

export const catalogues: Readonly<Record<Language, Messages>> = { en, fr };

/** Where the portals remember the choice; shared by both portals, which live on the same origin. */
export const LANGUAGE_STORAGE_KEY = 'marketplace.language';

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Replaces each `{name}` with its parameter; numbers are formatted for the language. */
export function interpolate(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
  language: Language = DEFAULT_LANGUAGE,
): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? new Intl.NumberFormat(LOCALES[language]).format(value) : value;
  });
}

export function translate<K extends MessageKey>(
  language: Language,
  key: K,
  ...args: TranslateArgs<K>
): string {
  const [params] = args;
  return interpolate(catalogues[language][key], params, language);
}

/**
 * The language to show: the one the person chose before (remembered), otherwise the browser's
 * (French when it starts with "fr"), otherwise English.
 */
export function detectLanguage(
  remembered: string | null | undefined,
  browserLanguage: string | undefined,
): Language {
  if (isLanguage(remembered)) return remembered;
  if (browserLanguage?.toLowerCase().startsWith('fr')) return 'fr';
  return DEFAULT_LANGUAGE;
}
