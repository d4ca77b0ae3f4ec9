import { storedFileId } from '@marketplace/domain';
import { type Form, TextField, useI18n } from '@marketplace/ui';
import { useState } from 'react';
import { isAddress } from '../selling/checks.ts';
import { FileUpload } from './FileUpload.tsx';
import { ImageList } from './ImageList.tsx';
import { useStoredFileName } from './stored-file-name.ts';

/**
 * A logo: its preview and file name, an upload, or the address of an image on the web (a product's or a
 * showcase's). An uploaded logo is shown by its name, never by its `/files/<id>` address: the address
 * field is for web addresses only, and comes back when the uploaded logo is removed.
 */
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
  const [uploaded, setUploaded] = useState<{ url: string; name: string } | null>(null);
  const stored = storedFileId(logo) !== null;
  const fileName = useStoredFileName(logo, uploaded?.url === logo ? uploaded.name : undefined);
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
        current={stored ? fileName : undefined}
        onUploaded={([file]) => {
          if (!file) return;
          setUploaded({ url: file.url, name: file.fileName });
          setLogo(file.url);
        }}
      />
      {!stored && (
        <TextField
          form={form}
          name={field}
          type="url"
          label={addressLabel}
          hint={t('seller.upload.addressHint')}
        />
      )}
    </fieldset>
  );
}
