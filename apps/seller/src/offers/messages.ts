import { useI18n } from '@marketplace/ui';
import type { FieldMessages } from './OfferFields.tsx';
import type { OfferErrors } from './offer-draft.ts';

/** Our checks (translated) and the server's field errors, by field path. */
export function useFieldMessages() {
  const { t } = useI18n();
  return (ours: OfferErrors, server: Readonly<Record<string, readonly string[]>> = {}): FieldMessages => {
    const merged: Record<string, string[]> = {};
    for (const [field, key] of Object.entries(ours)) merged[field] = [t(key)];
    for (const [field, list] of Object.entries(server)) merged[field] = [...(merged[field] ?? []), ...list];
    return merged;
  };
}
