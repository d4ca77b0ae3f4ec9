import { type Form, TextField, useI18n } from '@marketplace/ui';
import { listFrom } from '@marketplace/validators';
import { FileUpload } from '../files/FileUpload.tsx';
import { ImageList } from '../files/ImageList.tsx';
import { LogoField } from '../files/LogoField.tsx';
import type { Product } from '../selling/api.ts';
import { isAddress } from '../selling/checks.ts';
import { TextAreaField } from '../selling/TextAreaField.tsx';

export const mediaValuesOf = (p: Product) => ({
  logoUrl: p.logoUrl ?? '',
  screenshotUrls: p.screenshotUrls.join('\n'),
  documentationUrl: p.documentationUrl ?? '',
});
export type MediaValues = ReturnType<typeof mediaValuesOf>;

/** Logo, screenshots (uploaded or by address) and documentation. Uploads fill the fields; saving keeps them. */
export function MediaFields<V extends MediaValues>({ form }: { form: Form<V> }) {
  const { t } = useI18n();
  const screenshots = listFrom(form.values.screenshotUrls, /\n/);
  // Previewed: the lines that are addresses (a line being typed is not, yet), with their place.
  const shown = screenshots.flatMap((address, line) => (isAddress(address) ? [{ address, line }] : []));
  const name = (field: keyof MediaValues) => field as Extract<keyof V, string>;
  const setScreenshots = (lines: string[]) =>
    form.setValue(name('screenshotUrls'), lines.join('\n') as V[Extract<keyof V, string>]);

  return (
    <>
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
          onRemove={(index) => setScreenshots(screenshots.filter((_, line) => line !== shown[index]?.line))}
        />
        <FileUpload
          purpose="screenshot"
          multiple
          label={t('seller.upload.screenshots')}
          hint={t('seller.upload.imageHint')}
          onUploaded={(files) => setScreenshots([...screenshots, ...files.map((file) => file.url)])}
        />
        <TextAreaField
          form={form}
          name={name('screenshotUrls')}
          label={t('seller.product.screenshotUrls')}
          hint={t('seller.product.screenshotUrls.hint')}
          rows={3}
        />
      </fieldset>

      <TextField
        form={form}
        name={name('documentationUrl')}
        type="url"
        label={t('seller.product.documentationUrl')}
      />
    </>
  );
}
