import { useI18n } from '@marketplace/ui';
import { useId } from 'react';
import { LanguageTabs, useInLanguage } from '../selling/LanguageTabs.tsx';
import { Field } from './Field.tsx';
import type { OfferDraft } from './offer-draft.ts';

/** The offer's title and description, in EN/FR tabs; both languages are needed to publish. */
export function OfferTexts({
  draft,
  set,
  at,
  disabled,
}: {
  draft: OfferDraft;
  set: (patch: Partial<OfferDraft>) => void;
  at: (field: string) => readonly string[];
  disabled: boolean;
}) {
  const { t } = useI18n();
  const inLanguage = useInLanguage();
  const baseId = useId();
  return (
    <LanguageTabs
      complete={(language) =>
        language === 'en'
          ? draft.titleEn.trim() !== '' && draft.descriptionEn.trim() !== ''
          : draft.titleFr.trim() !== '' && draft.descriptionFr.trim() !== ''
      }
    >
      {(language) => {
        const title = language === 'en' ? 'titleEn' : 'titleFr';
        const description = language === 'en' ? 'descriptionEn' : 'descriptionFr';
        return (
          <>
            <Field
              key={`title-${language}`}
              id={`${baseId}-title-${language}`}
              label={inLanguage(t('seller.offers.offerTitle'), language)}
              value={draft[title]}
              onChange={(value) => set({ [title]: value })}
              errors={at(`title.${language}`)}
              disabled={disabled}
            />
            <Field
              key={`description-${language}`}
              id={`${baseId}-description-${language}`}
              label={inLanguage(t('seller.offers.description'), language)}
              hint={t('seller.offers.description.hint')}
              value={draft[description]}
              onChange={(value) => set({ [description]: value })}
              errors={[...at('description'), ...at(`description.${language}`)]}
              disabled={disabled}
              multiline
            />
          </>
        );
      }}
    </LanguageTabs>
  );
}
