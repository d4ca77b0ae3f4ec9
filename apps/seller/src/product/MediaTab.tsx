import { FormProblem, TextField, useForm, useI18n } from '@marketplace/ui';
import { type FormEvent, useRef, useState } from 'react';
import { isWebAddress } from '../offers/offer-draft.ts';
import type { Product } from '../selling/api.ts';
import { listFrom, optionalUrlError, present } from '../selling/checks.ts';
import { TextAreaField } from '../selling/TextAreaField.tsx';
import { useSaveProduct } from './useSaveProduct.ts';

const valuesOf = (p: Product) => ({
  logoUrl: p.logoUrl ?? '',
  screenshotUrls: p.screenshotUrls.join('\n'),
  documentationUrl: p.documentationUrl ?? '',
  licence: p.licence ?? '',
  deploymentTemplate: p.deploymentTemplate ?? '',
});

/** Logo, screenshots, documentation, licence agreement (text or link) and deployment template. */
export function MediaTab({ product }: { product: Product }) {
  const { t } = useI18n();
  const { save, pending } = useSaveProduct(product.id);
  const [saved, setSaved] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const form = useForm(valuesOf(product), (v) => {
    const screenshots = listFrom(v.screenshotUrls, /\n/);
    return present({
      logoUrl: optionalUrlError(v.logoUrl),
      documentationUrl: optionalUrlError(v.documentationUrl),
      screenshotUrls:
        screenshots.length > 10 || !screenshots.every(isWebAddress) ? 'seller.error.urls' : undefined,
    });
  });
  const v = form.values;
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!form.check()) return;
    try {
      await save({
        logoUrl: optional(v.logoUrl),
        screenshotUrls: listFrom(v.screenshotUrls, /\n/),
        documentationUrl: optional(v.documentationUrl),
        licence: v.licence,
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
      <div className="mk-form__grid">
        <TextField form={form} name="logoUrl" type="url" label={t('seller.product.logoUrl')} />
        <TextField
          form={form}
          name="documentationUrl"
          type="url"
          label={t('seller.product.documentationUrl')}
        />
      </div>
      <TextAreaField
        form={form}
        name="screenshotUrls"
        label={t('seller.product.screenshotUrls')}
        hint={t('seller.product.screenshotUrls.hint')}
        rows={3}
      />
      <TextAreaField
        form={form}
        name="licence"
        label={t('seller.product.licence')}
        hint={t('seller.product.licence.hint')}
        rows={5}
      />
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
