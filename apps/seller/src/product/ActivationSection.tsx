import { useForm, useI18n } from '@marketplace/ui';
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
  const form = useForm(
    { 'procedure.en': product.activationProcedure.en, 'procedure.fr': product.activationProcedure.fr },
    () => ({}),
  );
  const v = form.values;
  const onSubmit = saving.submit(form, () => ({
    activationProcedure: { en: v['procedure.en'], fr: v['procedure.fr'] },
  }));

  return (
    <SectionForm
      saving={saving}
      problem={form.problem}
      onSubmit={onSubmit}
      saveLabel={t('seller.section.activation.save')}
    >
      <p className="mk-field__hint">{t('seller.section.activation.lead')}</p>
      <LanguageTabs complete={(language) => v[`procedure.${language}`].trim() !== ''}>
        {(language) => (
          <TextAreaField
            key={`procedure-${language}`}
            form={form}
            name={`procedure.${language}`}
            label={inLanguage(t('seller.section.activation.field'), language)}
            hint={t('seller.section.activation.hint')}
            rows={8}
          />
        )}
      </LanguageTabs>
    </SectionForm>
  );
}
