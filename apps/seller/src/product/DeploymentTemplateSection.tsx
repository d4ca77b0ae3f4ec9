import { useI18n, useSchemaForm } from '@marketplace/ui';
import { deploymentTemplateSectionForm } from '@marketplace/validators';
import type { Product } from '../selling/api.ts';
import { TextAreaField } from '../selling/TextAreaField.tsx';
import { SectionForm } from './SectionForm.tsx';
import { useSectionSave } from './useSaveProduct.ts';

/** An optional deployment template (a Terraform file, for example) that buyers can start from. */
export function DeploymentTemplateSection({ product }: { product: Product }) {
  const { t } = useI18n();
  const saving = useSectionSave(product.id);
  const form = useSchemaForm(deploymentTemplateSectionForm, {
    deploymentTemplate: product.deploymentTemplate ?? '',
  });
  const onSubmit = saving.submit(form, (values) => values);

  return (
    <SectionForm
      saving={saving}
      problem={form.problem}
      onSubmit={onSubmit}
      saveLabel={t('seller.section.deploymentTemplate.save')}
    >
      <TextAreaField
        form={form}
        name="deploymentTemplate"
        label={t('seller.product.deploymentTemplate')}
        hint={t('seller.product.deploymentTemplate.hint')}
        rows={12}
        className="sp-code"
      />
    </SectionForm>
  );
}
