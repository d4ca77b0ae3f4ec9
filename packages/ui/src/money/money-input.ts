// Prices are typed in euros ("12.5", "1 234,50") and sent as integer cents: the conversion reads the
// digits as text, never through floating point, so 0.1 + 0.2 never becomes 0.30000000000000004 € here.
import type { Language, Money } from '@marketplace/domain';
import { LOCALES } from '../i18n/catalogue.ts';

/** Euros with up to two decimals ('.' or ',') and optional spaces between thousands. */
const EUROS = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** The cents of an amount typed in euros, or null when it is not one (negative, 3 decimals, letters). */
export function parseEuros(text: string): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  const match = EUROS.exec(compact);
  if (!match) return null;
  const [, units = '0', decimals = ''] = match;
  return Number(units) * 100 + Number(decimals.padEnd(2, '0'));
}

/** The text to put back in an input for an amount of cents: "12.50" (no thousands separator). */
export function centsToInput(cents: number): string {
  const units = Math.trunc(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${units}.${rest}`;
}

/** An amount for people: "€12.50" in English, "12,50 €" in French. */
export function formatMoney(money: Money, language: Language): string {
  // Intl formats from a number; cents / 100 is exact enough for display of at most 9 digits.
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: money.currency }).format(
    money.amount / 100,
  );
}
