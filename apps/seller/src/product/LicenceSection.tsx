import { hasLicenceVersions, storedFileId } from '@marketplace/domain';
import { TextField, useI18n, useSchemaForm } from '@marketplace/ui';
import { draftLicenceForm } from '@marketplace/validators';
import { FileUpload } from '../files/FileUpload.tsx';
import type { Product } from '../selling/api.ts';
import { LicenceChange } from './LicenceChange.tsx';
import { SectionForm } from './SectionForm.tsx';
import { useSectionSave } from './useSaveProduct.ts';

/**
 * The licence agreement buyers accept: a link, or a file uploaded to the marketplace (SPEC §4). A draft's
 * agreement is a field of the product; once published, it changes only as a new version, with the choice
 * to bind existing subscribers (LicenceChange, products.changeLicence).
 */
export function LicenceSection({ product }: { product: Product }) {
  if (hasLicenceVersions(product.state)) return <LicenceChange product={product} />;
  return <DraftLicence product={product} />;
}

function DraftLicence({ product }: { product: Product }) {
  const { t } = useI18n();
  const saving = useSectionSave(product.id);
  const form = useSchemaForm(draftLicenceForm, { licence: product.licence ?? '' });
  const licenceFile = storedFileId(form.values.licence);

  const onSubmit = saving.submit(form, (values) => values);

  return (
    <SectionForm
      saving={saving}
      problem={form.problem}
      onSubmit={onSubmit}
      saveLabel={t('seller.section.licence.save')}
    >
      <TextField
        form={form}
        name="licence"
        label={t('seller.product.licence')}
        hint={t('seller.product.licence.hint')}
      />
      {licenceFile && (
        <p className="mk-actions" data-testid="licence-file">
          <a href={`/files/${licenceFile}`} target="_blank" rel="noreferrer">
            {t('seller.upload.viewLicence')}
          </a>
          <button
            type="button"
            className="mk-button mk-button--danger-ghost mk-button--small"
            onClick={() => form.setValue('licence', '')}
          >
            {t('seller.upload.removeLicence')}
          </button>
        </p>
      )}
      <FileUpload
        purpose="licence"
        label={t('seller.upload.licence')}
        hint={t('seller.upload.licenceHint')}
        onUploaded={([file]) => file && form.setValue('licence', file.url)}
      />
    </SectionForm>
  );
}
