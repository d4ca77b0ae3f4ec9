// Where an organization is domiciled (SPEC §7c): in France, by the SIRET of its establishment (14 digits
// with a Luhn check; the company is then looked up in INSEE's Sirene directory), or abroad, by its
// country and a VAT number (checked with its country's checksum, by jsvat) or a company number.
import { checkVAT, countries } from 'jsvat';

export type Domiciliation =
  | { kind: 'france'; siret: string }
  | { kind: 'abroad'; country: string; registration: string };

/** Why a SIRET is refused: not 14 digits, or digits whose check fails (a typo). */
export type SiretProblem = 'format' | 'checksum';

/** La Poste's establishments share one SIREN, too many for the Luhn check: their digits sum to a multiple of 5. */
const LA_POSTE_SIREN = '356000000';

/** A SIRET as people write it ("552 100 554 00025") as the directory knows it ("55210055400025"). */
export function normalizeSiret(typed: string): string {
  return typed.replace(/[\s.\-\u00a0\u202f]/g, '');
}

/** Why `siret` (normalized) is not a SIRET, or null when it is one. */
export function siretProblem(siret: string): SiretProblem | null {
  if (!/^\d{14}$/.test(siret)) return 'format';
  if (siret.startsWith(LA_POSTE_SIREN)) return digitSum(siret) % 5 === 0 ? null : 'checksum';
  return luhnValid(siret) ? null : 'checksum';
}

/** The company's SIREN: the first nine digits of its establishment's SIRET. */
export function sirenOf(siret: string): string {
  return siret.slice(0, 9);
}

/** The French VAT number of a company, from its SIREN: FR, a two-digit key, the SIREN. */
export function frenchVatNumber(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

/** Why an organization domiciled abroad is refused. */
export type AbroadProblem = 'country' | 'vatNumber' | 'companyNumber';

/** ISO 3166-1 alpha-2 codes of the countries whose VAT numbers jsvat checks. */
const VAT_COUNTRIES = new Set(countries.map((country) => country.codes[0]).filter((code) => code !== 'EU'));

/**
 * Why `registration` does not identify a company of `country` (an ISO 3166-1 alpha-2 code other than
 * FR): in a country with VAT numbers jsvat knows (the EU's, and a few others), a VAT number of that
 * country, with or without its prefix; elsewhere, a company number of 2 to 30 letters and digits
 * (spaces, dots, dashes and slashes allowed between them).
 */
export function abroadProblem(country: string, registration: string): AbroadProblem | null {
  if (!/^[A-Z]{2}$/.test(country) || country === 'FR') return 'country';
  const compact = registration.replace(/[\s.\-/]/g, '').toUpperCase();
  if (VAT_COUNTRIES.has(country)) {
    const prefix = vatPrefix(country);
    const number = compact.startsWith(prefix) ? compact : `${prefix}${compact}`;
    const result = checkVAT(number, countries);
    return result.isValid && result.country?.isoCode.short === country ? null : 'vatNumber';
  }
  if (!/^[A-Z0-9]{2,30}$/.test(compact)) return 'companyNumber';
  return /^[\p{L}\p{N}]+([ .\-/][\p{L}\p{N}]+)*$/u.test(registration.trim()) ? null : 'companyNumber';
}

/** A VAT number starts with its country's code, except Greece's (EL) and Switzerland's (CHE). */
function vatPrefix(country: string): string {
  if (country === 'GR') return 'EL';
  if (country === 'CH') return 'CHE';
  return country;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const digit of digits) sum += Number(digit);
  return sum;
}

/** The Luhn check: from the right, every second digit doubled (its digits summed); the total ends in 0. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
