import type { IncomingHttpHeaders } from 'node:http';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@marketplace/domain';

/** The page says which language it shows (x-language); otherwise the browser's preference. */
export function requestLanguage(headers: IncomingHttpHeaders): Language {
  const chosen = headers['x-language'];
  if (isLanguage(chosen)) return chosen;
  const accepted = String(headers['accept-language'] ?? '')
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase());
  return accepted.find(isLanguage) ?? DEFAULT_LANGUAGE;
}
