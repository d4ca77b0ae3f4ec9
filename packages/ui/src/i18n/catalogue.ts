// The pure part of i18n: the message set's typing, ICU formatting outside React, and the choice of
// language. No React and no DOM here, so it is unit-tested in Node. The catalogues themselves are
// not imported here (only their types): the portals load the one language they show (`load.ts`).
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@marketplace/domain';
import { IntlMessageFormat } from 'intl-messageformat';
import type { buyingEn } from './buying.en.ts';
import type { commonEn } from './common.en.ts';
import type { IcuArguments, IcuValues } from './icu-arguments.ts';
import type { sellingEn } from './selling.en.ts';
import type { usageEn } from './usage.en.ts';

/** The English catalogue (the reference): the words of both portals, their pages and the usage pages. */
export type English = typeof commonEn & typeof buyingEn & typeof sellingEn & typeof usageEn;
export type MessageKey = keyof English;
/** A whole catalogue has exactly the English keys; each language file is typed against its part. */
export type Messages = { readonly [K in MessageKey]: string };

/** The keys of messages without arguments: what a component may hold and translate later. */
export type PlainMessageKey = {
  [K in MessageKey]: [IcuArguments<English[K]>] extends [never] ? K : never;
}[MessageKey];

/** The values of a message's ICU arguments, checked against the English text. */
export type MessageValues<K extends MessageKey> = IcuValues<English[K]>;

/** `t('key')` for a message without arguments, `t('key', { count })` with exactly its arguments. */
export type TranslateArgs<K extends MessageKey> = [IcuArguments<English[K]>] extends [never]
  ? []
  : [values: MessageValues<K>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** Where the portals remember the choice; shared by both portals, which live on the same origin. */
export const LANGUAGE_STORAGE_KEY = 'marketplace.language';

/** The locale each language formats numbers, currencies and dates with. */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * Named formats messages may use besides ICU's own (`short`, `medium`, `long`, `full`):
 * `{date, date, day}` is a calendar day ("25 November 2026", "25 novembre 2026") read in UTC, for
 * days the server sends without a time (a price catalogue's day), so no time zone moves it.
 */
export const FORMATS = {
  date: { day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } },
  time: {},
  number: {},
} as const satisfies { date: Record<string, Intl.DateTimeFormatOptions>; time: object; number: object };

/** A calendar day from the server ("2026-11-25", or a whole ISO instant) as a Date for `{d, date, day}`. */
export function calendarDay(day: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T00:00:00Z` : day);
}

const formats = new Map<string, IntlMessageFormat>();

/**
 * Formats an ICU message outside React (tests, pure helpers), with the same engine and options as
 * the pages' `t`: FormatJS's `intl-messageformat`, tags read as text.
 */
export function formatIcu(
  language: Language,
  message: string,
  values: Readonly<Record<string, string | number | Date>> = {},
): string {
  const cacheKey = `${language}\u0000${message}`;
  let format = formats.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(message, LOCALES[language], FORMATS, { ignoreTag: true });
    formats.set(cacheKey, format);
  }
  return String(format.format(values));
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
