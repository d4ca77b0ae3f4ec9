// How the e-mails write names, dates, amounts and counts in each language: the same engine as the
// pages (FormatJS's intl-messageformat for ICU plurals, Intl for dates and currencies).
import { formatDay, type Language, type Money, type Role, type Text } from '@marketplace/domain';
import { IntlMessageFormat } from 'intl-messageformat';

const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** A bilingual name (product, offer) in `language`; the English one when the French is missing. */
export const nameIn = (text: Text, language: Language): string => text[language] || text.en;

/** A day as people read it: "25 November 2026", "25 novembre 2026" (UTC, as the server records it). */
export const dayIn = (date: Date | string, language: Language): string =>
  formatDay(typeof date === 'string' ? new Date(date) : date, language);

/** An amount of cents with its currency: "€1,234.50", "1 234,50 €". */
export const moneyIn = (value: Money, language: Language): string =>
  new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: value.currency }).format(
    value.amount / 100,
  );

/** A list as people write it: "a, b and c", "a, b et c". */
export const listIn = (items: readonly string[], language: Language): string =>
  new Intl.ListFormat(LOCALES[language], { style: 'long', type: 'conjunction' }).format(items);

const compiled = new Map<string, IntlMessageFormat>();

/** An ICU message (plurals, selects, numbers) in `language`, e.g. `{count, plural, one {# OMI} other {# OMIs}}`. */
export function icu(message: string, values: Record<string, string | number>, language: Language): string {
  const key = `${language}\u0000${message}`;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, LOCALES[language]);
    compiled.set(key, format);
  }
  return String(format.format(values));
}

export const ROLE_NAMES: Record<Role, Text> = {
  admin: { en: 'administrator', fr: 'administrateur' },
  user: { en: 'user', fr: 'utilisateur' },
};
