import { type Form, TextField, useI18n } from '@marketplace/ui';
import { isAddress } from '../selling/checks.ts';
import { FileUpload } from './FileUpload.tsx';
import { ImageList } from './ImageList.tsx';

/** A logo: its preview, an upload, or the address of an image on the web (a product's or a showcase's). */
export function LogoField<V extends Record<string, unknown> & { logoUrl: string }>({
  form,
  legend,
  addressLabel,
  testId,
}: {
  form: Form<V>;
  legend: string;
  addressLabel: string;
  testId: string;
}) {
  const { t } = useI18n();
  const logo = form.values.logoUrl.trim();
  const field = 'logoUrl' as Extract<keyof V, string>;
  const setLogo = (address: string) => form.setValue(field, address as V[typeof field]);
  return (
    <fieldset className="mk-fieldset">
      <legend className="mk-label">{legend}</legend>
      <ImageList
        testId={testId}
        addresses={logo !== '' && isAddress(logo) ? [logo] : []}
        describe={() => legend}
        removeLabel={() => t('seller.upload.removeLogo')}
        onRemove={() => setLogo('')}
      />
      <FileUpload
        purpose="logo"
        label={t('seller.upload.logo')}
        hint={t('seller.upload.imageHint')}
        onUploaded={([file]) => file && setLogo(file.url)}
      />
      <TextField
        form={form}
        name={field}
        type="url"
        label={addressLabel}
        hint={t('seller.upload.addressHint')}
      />
    </fieldset>
  );
}
