// The charts' figures from a report's rows: one entry per month of the range (months without usage
// at zero, so the axis shows the whole range), amounts summed per series key in cents.
import type { MonthValues } from './MonthlyChart.tsx';

export function monthValues<Row extends { month: string }>(
  months: readonly string[],
  rows: readonly Row[],
  parts: (row: Row) => readonly (readonly [key: string, cents: number])[],
): MonthValues[] {
  const byMonth = new Map(months.map((month) => [month, {} as Record<string, number>]));
  for (const row of rows) {
    const values = byMonth.get(row.month);
    if (!values) continue;
    for (const [key, cents] of parts(row)) values[key] = (values[key] ?? 0) + cents;
  }
  return months.map((month) => ({ month, values: byMonth.get(month) ?? {} }));
}

/** The keys earning most first, at most `max`; the rest are grouped under `other`. */
export function topKeys<Row>(
  rows: readonly Row[],
  key: (row: Row) => string,
  cents: (row: Row) => number,
  max: number,
): { keys: string[]; others: boolean } {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + cents(row));
  const ranked = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k]) => k);
  if (ranked.length <= max) return { keys: ranked, others: false };
  return { keys: ranked.slice(0, max - 1), others: true };
}

/** Sums of cents. */
export const sum = <Row>(rows: readonly Row[], cents: (row: Row) => number) =>
  rows.reduce((total, row) => total + cents(row), 0);

/** VM-hours as people read them: "720.5" / "720,5", at most thousandths. */
export const formatVmHours = (hours: number, language: 'en' | 'fr') =>
  new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 3 }).format(hours);
