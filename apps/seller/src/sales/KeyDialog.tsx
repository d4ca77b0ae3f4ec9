import { LICENCE_KEY_TEXT_MAX, type LicenceKeyKind } from '@marketplace/domain';
import { ConfirmDialog, FieldErrorList, FormProblem, useI18n, useSchemaForm, useTRPC } from '@marketplace/ui';
import { licenceKeyForm } from '@marketplace/validators';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { z } from 'zod';
import { FileUpload } from '../files/FileUpload.tsx';
import { textIn } from '../selling/api.ts';
import { day, type Sale } from './api.ts';

type KeyValues = { kind: LicenceKeyKind; text: string; fileId: string };
/** The key as given, checked by the server's own schema (`sales.allocateKey`'s `key`). */
const keySchema = licenceKeyForm as unknown as z.ZodType<z.output<typeof licenceKeyForm>, KeyValues>;

/**
 * "Add licence key" / "Replace key" of a sale: a text, or a file uploaded at once to
 * POST /files?purpose=licence_key, then allocated; the versions allocated so far below. Open while
 * `sale` is set.
 */
export function KeyDialog({
  sale,
  onClose,
  onAllocated,
}: {
  sale: Sale | null;
  onClose: () => void;
  onAllocated: (sale: Sale, version: number) => void;
}) {
  const { t } = useI18n();
  const [shown, setShown] = useState<Sale | null>(sale);
  // The last sale stays rendered while the dialog closes, so its content does not vanish first.
  if (sale && sale !== shown) setShown(sale);
  const current = sale ?? shown;
  const replace = current?.keyStatus === 'allocated';
  const submit = useRef<() => void>(() => {});
  const [busy, setBusy] = useState(false);
  return (
    <ConfirmDialog
      open={sale !== null}
      title={
        current
          ? t(replace ? 'seller.key.title.replace' : 'seller.key.title.add', { buyer: current.buyer.name })
          : ''
      }
      confirmLabel={t('seller.key.save')}
      busy={busy}
      onConfirm={() => submit.current()}
      onCancel={onClose}
    >
      {current && (
        <KeyForm
          key={current.id}
          sale={current}
          submit={submit}
          onBusy={setBusy}
          onAllocated={(version) => onAllocated(current, version)}
        />
      )}
    </ConfirmDialog>
  );
}

function KeyForm({
  sale,
  submit,
  onBusy,
  onAllocated,
}: {
  sale: Sale;
  submit: { current: () => void };
  onBusy: (busy: boolean) => void;
  onAllocated: (version: number) => void;
}) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const form = useSchemaForm(keySchema, { kind: 'text', text: '', fileId: '' } as KeyValues);
  const { kind } = form.values;
  const problemRef = useRef<HTMLDivElement>(null);
  const allocate = useMutation(trpc.sales.allocateKey.mutationOptions());
  const history = useQuery({
    ...trpc.sales.keyHistory.queryOptions({ subscriptionId: sale.id }),
    enabled: sale.key !== null,
  });

  const allocateKey = form.submit(async (key) => {
    onBusy(true);
    try {
      const done = await allocate.mutateAsync({ subscriptionId: sale.id, key });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.sales.list.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.sales.summary.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.sales.keyHistory.pathKey() }),
      ]);
      onAllocated(done.version);
    } catch (error) {
      form.fail(error, { 'key.text': 'text', 'key.fileId': 'fileId' });
      problemRef.current?.focus();
    } finally {
      onBusy(false);
    }
  });
  submit.current = () => void allocateKey();
  const fieldName = kind === 'text' ? 'text' : 'fileId';
  const fieldErrors = form.errorsOf(fieldName);

  const product = textIn(sale.product.name, language);
  const offer = textIn(sale.offer.title, language) || t(`seller.offerType.${sale.offer.type}`);
  return (
    <div className="sp-key-form" data-testid="key-dialog">
      <p>{t('seller.key.lead', { product, offer, region: sale.region })}</p>
      {sale.key && <p className="mk-notice mk-notice--warning">{t('seller.key.replaceWarning')}</p>}
      <FormProblem ref={problemRef} problem={form.problem} testId="key-problem" />
      <fieldset className="mk-fieldset">
        <legend className="mk-label">{t('seller.key.kind')}</legend>
        <div className="mk-choices">
          {(['text', 'file'] as const).map((option) => (
            <label key={option} className="mk-choice">
              <input
                type="radio"
                name={`${id}-kind`}
                value={option}
                checked={kind === option}
                onChange={() => {
                  form.setValue('kind', option);
                  form.rhf.clearErrors();
                }}
              />
              <span>{t(`seller.key.kind.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'text' ? (
        <div className="mk-field">
          <label className="mk-label" htmlFor={form.idOf('text')}>
            {t('seller.key.text')}
          </label>
          <p id={`${id}-hint`} className="mk-field__hint">
            {t('seller.key.text.hint', { max: LICENCE_KEY_TEXT_MAX })}
          </p>
          <textarea
            {...form.field('text', `${id}-hint`)}
            className="mk-input mk-textarea sp-key-text"
            spellCheck={false}
          />
          <FieldErrorList id={form.errorIdOf('text')} errors={fieldErrors} />
        </div>
      ) : (
        <>
          <FileUpload
            purpose="licence_key"
            label={t('seller.key.file')}
            hint={t('seller.key.file.hint')}
            onUploaded={([uploaded]) => {
              if (uploaded) form.setValue('fileId', uploaded.id);
            }}
          />
          <FieldErrorList id={form.errorIdOf('fileId')} errors={fieldErrors} />
        </>
      )}
      {sale.key && (
        <section className="sp-key-history" aria-labelledby={`${id}-history`}>
          <h3 id={`${id}-history`}>{t('seller.key.history')}</h3>
          <ol data-testid="key-history">
            {(history.data?.items ?? []).map((version, index) => (
              <li key={version.version}>
                <span>
                  {t('seller.key.history.entry', {
                    version: version.version,
                    date: day(version.allocatedAt, language),
                  })}
                  {version.allocatedBy &&
                    ` ${t('seller.key.history.by', { name: version.allocatedBy.name })}`}
                  {index === 0 && ` (${t('seller.key.history.current')})`}
                </span>
                {version.text !== null && <code className="sp-key-value">{version.text}</code>}
                {version.file && (
                  <a href={`${version.file.url}?download=1`} download>
                    {t('seller.key.history.download', { name: version.file.fileName })}
                  </a>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
