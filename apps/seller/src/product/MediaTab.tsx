import { hasLicenceVersions, storedFileId } from '@marketplace/domain';
import { FormProblem, TextField, useForm, useI18n } from '@marketplace/ui';
import { type FormEvent, useRef, useState } from 'react';
import { FileUpload } from '../files/FileUpload.tsx';
import { ImageList } from '../files/ImageList.tsx';
import { LogoField } from '../files/LogoField.tsx';
import type { Product } from '../selling/api.ts';
import { isAddress, listFrom, optionalAddressError, optionalUrlError, present } from '../selling/checks.ts';
import { TextAreaField } from '../selling/TextAreaField.tsx';
import { LicenceChange } from './LicenceChange.tsx';
import { useSaveProduct } from './useSaveProduct.ts';

const valuesOf = (p: Product) => ({
  logoUrl: p.logoUrl ?? '',
  screenshotUrls: p.screenshotUrls.join('\n'),
  documentationUrl: p.documentationUrl ?? '',
  licence: p.licence ?? '',
  deploymentTemplate: p.deploymentTemplate ?? '',
});

/**
 * Logo, screenshots (uploaded or by address), documentation, licence agreement (text, link or uploaded
 * file) and deployment template. Uploads fill the fields; saving the form keeps them.
 */
export function MediaTab({ product }: { product: Product }) {
  const { t } = useI18n();
  const { save, pending } = useSaveProduct(product.id);
  const [saved, setSaved] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const form = useForm(valuesOf(product), (v) => {
    const screenshots = listFrom(v.screenshotUrls, /\n/);
    return present({
      logoUrl: optionalAddressError(v.logoUrl),
      documentationUrl: optionalUrlError(v.documentationUrl),
      screenshotUrls:
        screenshots.length > 10 || !screenshots.every(isAddress) ? 'seller.error.urls' : undefined,
    });
  });
  const v = form.values;
  const screenshots = listFrom(v.screenshotUrls, /\n/);
  // Previewed: the lines that are addresses (a line being typed is not, yet), with their place.
  const shown = screenshots.flatMap((address, line) => (isAddress(address) ? [{ address, line }] : []));
  const logo = v.logoUrl.trim();
  const licenceFile = storedFileId(v.licence);
  // Once published, the agreement changes as a new version, on its own (LicenceChange).
  const versioned = hasLicenceVersions(product.state);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!form.check()) return;
    try {
      // Empty optional addresses are sent empty: the server then clears them.
      await save({
        logoUrl: logo,
        screenshotUrls: screenshots,
        documentationUrl: v.documentationUrl.trim(),
        ...(versioned ? {} : { licence: v.licence }),
        deploymentTemplate: v.deploymentTemplate,
      });
      setSaved(true);
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  };

  return (
    <form className="mk-form" noValidate onSubmit={submit} aria-busy={pending}>
      <FormProblem ref={problemRef} problem={form.problem} />
      <div role="status">{saved && <p className="mk-notice mk-notice--success">{t('common.saved')}</p>}</div>

      <LogoField
        form={form}
        legend={t('seller.product.logo')}
        addressLabel={t('seller.product.logoUrl')}
        testId="logo-preview"
      />

      <fieldset className="mk-fieldset">
        <legend className="mk-label">{t('seller.product.screenshots')}</legend>
        <ImageList
          testId="screenshot-previews"
          addresses={shown.map((s) => s.address)}
          describe={(number) => t('seller.upload.screenshot', { number })}
          removeLabel={(number) => t('seller.upload.removeScreenshot', { number })}
          onRemove={(index) =>
            form.setValue(
              'screenshotUrls',
              screenshots.filter((_, line) => line !== shown[index]?.line).join('\n'),
            )
          }
        />
        <FileUpload
          purpose="screenshot"
          multiple
          label={t('seller.upload.screenshots')}
          hint={t('seller.upload.imageHint')}
          onUploaded={(files) =>
            form.setValue('screenshotUrls', [...screenshots, ...files.map((file) => file.url)].join('\n'))
          }
        />
        <TextAreaField
          form={form}
          name="screenshotUrls"
          label={t('seller.product.screenshotUrls')}
          hint={t('seller.product.screenshotUrls.hint')}
          rows={3}
        />
      </fieldset>

      <TextField
        form={form}
        name="documentationUrl"
        type="url"
        label={t('seller.product.documentationUrl')}
      />

      <fieldset className="mk-fieldset">
        <legend className="mk-label">{t('seller.product.licenceSection')}</legend>
        {versioned ? (
          <LicenceChange product={product} />
        ) : (
          <>
            <TextAreaField
              form={form}
              name="licence"
              label={t('seller.product.licence')}
              hint={t('seller.product.licence.hint')}
              rows={5}
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
          </>
        )}
      </fieldset>

      <TextAreaField
        form={form}
        name="deploymentTemplate"
        label={t('seller.product.deploymentTemplate')}
        hint={t('seller.product.deploymentTemplate.hint')}
        rows={5}
        className="sp-code"
      />
      <button className="mk-button mk-button--primary" type="submit" disabled={pending}>
        {t('seller.product.saveMedia')}
      </button>
    </form>
  );
}
