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
  refOf,
  disabled,
}: {
  draft: OfferDraft;
  set: (patch: Partial<OfferDraft>) => void;
  at: (field: string) => readonly string[];
  refOf: (field: string) => (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  disabled: boolean;
}) {
  const { t } = useI18n();
  const inLanguage = useInLanguage();
  const baseId = useId();
  return (
    <LanguageTabs
      complete={(language) =>
        draft.title[language].trim() !== '' && draft.description[language].trim() !== ''
      }
    >
      {(language) => {
        return (
          <>
            <Field
              key={`title-${language}`}
              id={`${baseId}-title-${language}`}
              label={inLanguage(t('seller.offers.offerTitle'), language)}
              value={draft.title[language]}
              onChange={(value) => set({ title: { ...draft.title, [language]: value } })}
              errors={[...at('title'), ...at(`title.${language}`)]}
              inputRef={refOf(`title.${language}`)}
              disabled={disabled}
            />
            <Field
              key={`description-${language}`}
              id={`${baseId}-description-${language}`}
              label={inLanguage(t('seller.offers.description'), language)}
              hint={t('seller.offers.description.hint')}
              value={draft.description[language]}
              onChange={(value) => set({ description: { ...draft.description, [language]: value } })}
              errors={[...at('description'), ...at(`description.${language}`)]}
              inputRef={refOf(`description.${language}`)}
              disabled={disabled}
              multiline
            />
          </>
        );
      }}
    </LanguageTabs>
  );
}
