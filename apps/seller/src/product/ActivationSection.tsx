import { useI18n, useSchemaForm } from '@marketplace/ui';
import { activationSectionForm } from '@marketplace/validators';
import type { Product } from '../selling/api.ts';
import { LanguageTabs, useInLanguage } from '../selling/LanguageTabs.tsx';
import { TextAreaField } from '../selling/TextAreaField.tsx';
import { SectionForm } from './SectionForm.tsx';
import { useSectionSave } from './useSaveProduct.ts';

/**
 * Subscription products: the steps a buyer follows with the licence key the seller allocates, in both
 * languages; shown to subscribers in My subscriptions.
 */
export function ActivationSection({ product }: { product: Product }) {
  const { t } = useI18n();
  const inLanguage = useInLanguage();
  const saving = useSectionSave(product.id);
  const form = useSchemaForm(activationSectionForm, {
    activationProcedure: { en: product.activationProcedure.en, fr: product.activationProcedure.fr },
  });
  const v = form.values;
  const onSubmit = saving.submit(form, (values) => values);

  return (
    <SectionForm
      saving={saving}
      problem={form.problem}
      onSubmit={onSubmit}
      saveLabel={t('seller.section.activation.save')}
    >
      <p className="mk-field__hint">{t('seller.section.activation.lead')}</p>
      <LanguageTabs complete={(language) => v.activationProcedure[language].trim() !== ''}>
        {(language) => (
          <TextAreaField
            key={`procedure-${language}`}
            form={form}
            name={`activationProcedure.${language}`}
            label={inLanguage(t('seller.section.activation.field'), language)}
            hint={t('seller.section.activation.hint')}
            rows={8}
          />
        )}
      </LanguageTabs>
    </SectionForm>
  );
}
