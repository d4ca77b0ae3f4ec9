import { useI18n } from '@marketplace/ui';
import type { FieldMessages } from './Field.tsx';
import type { OfferErrors } from './offer-draft.ts';

/**
 * Our checks (translated, or the domain rule's own message in the page's language) and the server's
 * field errors, by field path.
 */
export function useFieldMessages() {
  const { t, language } = useI18n();
  return (ours: OfferErrors, server: Readonly<Record<string, readonly string[]>> = {}): FieldMessages => {
    const merged: Record<string, string[]> = {};
    for (const [field, message] of Object.entries(ours)) {
      merged[field] = [typeof message === 'string' ? t(message) : message[language]];
    }
    for (const [field, list] of Object.entries(server)) {
      merged[field] = [...new Set([...(merged[field] ?? []), ...list])];
    }
    return merged;
  };
}
