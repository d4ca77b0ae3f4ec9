// Months as the usage pages and procedures write them, `YYYY-MM`, computed in UTC like the metering:
// the default range, the months of a range, the choices of the picker, and reading a range from the
// page's address (unknown or reversed values fall back to the default rather than reach the server).
import type { Language } from '@marketplace/domain';

export type MonthRange = { from: string; to: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

export const isMonth = (value: string | null | undefined): value is string =>
  typeof value === 'string' && MONTH.test(value);

const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const fromIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

export const monthOf = (date: Date) => date.toISOString().slice(0, 7);
export const addMonths = (month: string, count: number) => fromIndex(index(month) + count);

/** Every month from `from` to `to`, both included, oldest first. */
export function monthsOf({ from, to }: MonthRange): string[] {
  const months: string[] = [];
  for (let i = index(from); i <= index(to); i += 1) months.push(fromIndex(i));
  return months;
}

/** The last six months, this one included. */
export const defaultRange = (now: Date): MonthRange => ({
  from: addMonths(monthOf(now), -5),
  to: monthOf(now),
});

/** How far back the picker offers months: the longest range a report covers. */
export const PICKER_MONTHS = 24;

/** The picker's choices, newest first: this month and the 23 before. */
export const pickerMonths = (now: Date) =>
  monthsOf({ from: addMonths(monthOf(now), 1 - PICKER_MONTHS), to: monthOf(now) }).reverse();

/** The range in the address (`?from=2026-06&to=2026-11`), or the default one. */
export function readMonthRange(
  search: { from?: string | undefined; to?: string | undefined },
  now: Date,
): MonthRange {
  const from = search.from ?? null;
  const to = search.to ?? null;
  const fallback = defaultRange(now);
  if (!isMonth(from) || !isMonth(to) || index(from) > index(to)) return fallback;
  return { from, to };
}

/** "Nov 2026" / "nov. 2026": a chart's axis, a table's column. */
export const formatMonthShort = (month: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** "November 2026" / "novembre 2026". */
export const formatMonthLong = (month: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** A catalogue's day, "30 November 2026" / "30 novembre 2026". */
export const formatUtcDay = (day: string, language: Language) =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** The downloads of a page, headings and texts in its language. */
export const usageCsvHref = (side: 'spend' | 'revenue', range: MonthRange, language: Language) =>
  `/usage/${side}.csv?from=${range.from}&to=${range.to}&language=${language}`;
export const statementHref = (side: 'spend' | 'revenue', month: string, language: Language) =>
  `/usage/${side}-statement.pdf?month=${month}&language=${language}`;
