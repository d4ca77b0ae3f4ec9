import type { Language } from '@marketplace/domain';
import { LOCALES } from '../i18n/catalogue.ts';

/** Dates arrive in UTC (ISO strings); the page shows them in the person's time zone and language. */
export function formatDate(iso: string | null, language: Language): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
