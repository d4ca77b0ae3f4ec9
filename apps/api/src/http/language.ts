import type { IncomingHttpHeaders } from 'node:http';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@marketplace/domain';

/** The cookie a page may set to its language, for requests it cannot add a header to (plain links, forms). */
export const LANGUAGE_COOKIE = 'language';

function cookieLanguage(cookie: string | undefined): Language | null {
  for (const part of (cookie ?? '').split(';')) {
    const [name, value] = part.split('=').map((s) => s.trim());
    if (name === LANGUAGE_COOKIE && isLanguage(value)) return value;
  }
  return null;
}

function queryLanguage(url: string | undefined): Language | null {
  const query = url?.split('?')[1];
  if (!query) return null;
  const value = new URLSearchParams(query).get('language');
  return isLanguage(value) ? value : null;
}

/**
 * The caller's language: the one the page shows (its `x-language` header on API calls, `?language=` on
 * its download links), else the page's `language` cookie, else the browser's preference
 * (Accept-Language), else English.
 */
export function requestLanguage(headers: IncomingHttpHeaders, url?: string): Language {
  const chosen = headers['x-language'];
  if (isLanguage(chosen)) return chosen;
  const fromPage = queryLanguage(url) ?? cookieLanguage(headers.cookie);
  if (fromPage) return fromPage;
  const accepted = String(headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find(isLanguage) ?? DEFAULT_LANGUAGE;
}
