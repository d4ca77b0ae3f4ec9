import { LICENCE_KEY_TEXT_MAX, type LicenceKeyKind } from '@marketplace/domain';
import {
  type ApiProblem,
  apiProblem,
  ConfirmDialog,
  FieldErrorList,
  FormProblem,
  useI18n,
  useTRPC,
} from '@marketplace/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { FileUpload } from '../files/FileUpload.tsx';
import type { Uploaded } from '../files/upload.ts';
import { textIn } from '../selling/api.ts';
import { day, type Sale } from './api.ts';

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
  const [kind, setKind] = useState<LicenceKeyKind>('text');
  const [text, setText] = useState('');
  const [file, setFile] = useState<Uploaded | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const allocate = useMutation(trpc.sales.allocateKey.mutationOptions());
  const history = useQuery({
    ...trpc.sales.keyHistory.queryOptions({ subscriptionId: sale.id }),
    enabled: sale.key !== null,
  });

  submit.current = async () => {
    setProblem(null);
    setFieldError(null);
    if (kind === 'text' && text.trim() === '') return setFieldError(t('seller.key.error.text'));
    if (kind === 'file' && !file) return setFieldError(t('seller.key.error.file'));
    onBusy(true);
    try {
      const done = await allocate.mutateAsync({
        subscriptionId: sale.id,
        key: kind === 'text' ? { kind: 'text', text } : { kind: 'file', fileId: file?.id ?? '' },
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.sales.list.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.sales.summary.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.sales.keyHistory.pathKey() }),
      ]);
      onAllocated(done.version);
    } catch (error) {
      const found = apiProblem(error);
      const field = found.fieldErrors['key.text']?.[0] ?? found.fieldErrors['key.fileId']?.[0];
      if (field) setFieldError(field);
      else {
        setProblem(found);
        problemRef.current?.focus();
      }
    } finally {
      onBusy(false);
    }
  };

  const product = textIn(sale.product.name, language);
  const offer = textIn(sale.offer.title, language) || t(`seller.offerType.${sale.offer.type}`);
  return (
    <div className="sp-key-form" data-testid="key-dialog">
      <p>{t('seller.key.lead', { product, offer, region: sale.region })}</p>
      {sale.key && <p className="mk-notice mk-notice--warning">{t('seller.key.replaceWarning')}</p>}
      <FormProblem ref={problemRef} problem={problem} testId="key-problem" />
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
                  setKind(option);
                  setFieldError(null);
                }}
              />
              <span>{t(`seller.key.kind.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'text' ? (
        <div className="mk-field">
          <label className="mk-label" htmlFor={`${id}-text`}>
            {t('seller.key.text')}
          </label>
          <p id={`${id}-hint`} className="mk-field__hint">
            {t('seller.key.text.hint', { max: LICENCE_KEY_TEXT_MAX })}
          </p>
          <textarea
            id={`${id}-text`}
            className="mk-input mk-textarea sp-key-text"
            value={text}
            maxLength={LICENCE_KEY_TEXT_MAX}
            spellCheck={false}
            aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
            aria-invalid={fieldError ? true : undefined}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <FieldErrorList id={`${id}-error`} errors={fieldError ? [fieldError] : []} />
        </div>
      ) : (
        <>
          <FileUpload
            purpose="licence_key"
            label={t('seller.key.file')}
            hint={t('seller.key.file.hint')}
            onUploaded={([uploaded]) => {
              if (uploaded) setFile(uploaded);
              setFieldError(null);
            }}
          />
          <FieldErrorList id={`${id}-error`} errors={fieldError ? [fieldError] : []} />
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
