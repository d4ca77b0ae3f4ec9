import { decideLicenceChange, storedFileId } from '@marketplace/domain';
import { FieldErrorList, FormProblem, formatDate, useI18n, useSchemaForm, useTRPC } from '@marketplace/ui';
import { licenceChangeForm } from '@marketplace/validators';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { FileUpload } from '../files/FileUpload.tsx';
import type { Product } from '../selling/api.ts';
import { TextAreaField } from '../selling/TextAreaField.tsx';
import './licence-change.css';

type Choice = '' | 'bind' | 'newOnly';
type Outcome =
  | { kind: 'bound'; version: number; count: number }
  | { kind: 'newOnly'; version: number }
  | { kind: 'unchanged'; version: number };

const isLink = (licence: string) => /^(https?:\/\/|\/files\/)\S+$/.test(licence.trim());

/**
 * A published product's licence agreement: its versions, and the form that makes a new one, choosing
 * whether existing subscribers are bound by it (then e-mailed) or only new subscribers accept it. Not a
 * `<form>` of its own: it may sit inside the product's media form, and saves on its own.
 */
export function LicenceChange({ product }: { product: Product }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const problemRef = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const change = useMutation(trpc.products.changeLicence.mutationOptions());
  const versions = product.licenceVersions;
  const current = versions.at(-1) ?? null;
  const form = useSchemaForm(licenceChangeForm, { licence: '', choice: '' as Choice });
  const v = form.values;
  const uploaded = storedFileId(v.licence);

  const save = form.submit(async (values) => {
    setOutcome(null);
    // The same agreement makes no version: said at once, as the server would (the domain's rule).
    if (current && decideLicenceChange(current, values.licence).kind === 'unchanged') {
      setOutcome({ kind: 'unchanged', version: current.number });
      return;
    }
    try {
      const result = await change.mutateAsync({
        id: product.id,
        licence: values.licence,
        bindExistingSubscribers: values.choice === 'bind',
      });
      setOutcome(
        !result.changed
          ? { kind: 'unchanged', version: result.version }
          : values.choice === 'bind'
            ? { kind: 'bound', version: result.version, count: result.boundSubscriptions }
            : { kind: 'newOnly', version: result.version },
      );
      form.reset();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.products.get.queryKey({ id: product.id }) }),
        queryClient.invalidateQueries({ queryKey: trpc.products.list.pathKey() }),
      ]);
    } catch (error) {
      form.fail(error, { bindExistingSubscribers: 'choice' });
      problemRef.current?.focus();
    }
  });

  const choiceErrors = form.errorsOf('choice');
  return (
    <div className="sp-licence-change" data-testid="licence-change">
      {current && (
        <p data-testid="licence-current">
          {t('seller.licence.current', {
            version: current.number,
            date: formatDate(current.createdAt, language),
          })}
        </p>
      )}
      {versions.length > 0 && (
        <div className="mk-table-wrap">
          <table className="mk-table" data-testid="licence-versions">
            <caption className="mk-visually-hidden">{t('seller.licence.history')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('seller.licence.column.version')}</th>
                <th scope="col">{t('seller.licence.column.agreement')}</th>
                <th scope="col">{t('seller.licence.column.date')}</th>
                <th scope="col">{t('seller.licence.column.subscribers')}</th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((version) => (
                <tr key={version.number} data-version={version.number}>
                  <th scope="row">{version.number}</th>
                  <td>
                    {isLink(version.licence) ? (
                      <a href={version.licence.trim()} target="_blank" rel="noreferrer">
                        {t('seller.licence.open')}
                      </a>
                    ) : (
                      <details>
                        <summary>{t('seller.licence.text')}</summary>
                        <p className="sp-licence-text">{version.licence}</p>
                      </details>
                    )}
                  </td>
                  <td>{formatDate(version.createdAt, language)}</td>
                  <td>
                    {version.number === 1
                      ? t('seller.licence.first')
                      : version.bound
                        ? t('seller.licence.bound')
                        : t('seller.licence.notBound')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <FormProblem ref={problemRef} problem={form.problem} />
      <div role="status">
        {outcome && (
          <p
            className={`mk-notice mk-notice--${outcome.kind === 'unchanged' ? 'warning' : 'success'}`}
            data-testid="licence-outcome"
          >
            {outcome.kind === 'bound'
              ? t('seller.licence.saved.bound', { version: outcome.version, count: outcome.count })
              : outcome.kind === 'newOnly'
                ? t('seller.licence.saved.newOnly', { version: outcome.version })
                : t('seller.licence.unchanged', { version: outcome.version })}
          </p>
        )}
      </div>
      <TextAreaField
        form={form}
        name="licence"
        label={t('seller.licence.new')}
        hint={t('seller.licence.new.hint')}
        rows={4}
      />
      {uploaded && (
        <p className="mk-actions">
          <a href={`/files/${uploaded}`} target="_blank" rel="noreferrer">
            {t('seller.upload.viewLicence')}
          </a>
        </p>
      )}
      <FileUpload
        purpose="licence"
        label={t('seller.upload.licence')}
        hint={t('seller.upload.licenceHint')}
        onUploaded={([file]) => file && form.setValue('licence', file.url)}
      />
      <fieldset
        className="mk-fieldset"
        aria-describedby={choiceErrors.length ? form.errorIdOf('choice') : undefined}
        aria-invalid={choiceErrors.length > 0 || undefined}
      >
        <legend className="mk-label">{t('seller.licence.who')}</legend>
        <div className="mk-choices">
          {(['bind', 'newOnly'] as const).map((choice, index) => (
            <label key={choice} className="mk-choice">
              <input
                ref={index === 0 ? form.register('choice') : undefined}
                type="radio"
                name={form.idOf('choice')}
                checked={v.choice === choice}
                onChange={() => form.setValue('choice', choice)}
              />
              <span>{t(`seller.licence.${choice}`)}</span>
            </label>
          ))}
        </div>
        <FieldErrorList id={form.errorIdOf('choice')} errors={choiceErrors} />
      </fieldset>
      <button
        type="button"
        className="mk-button mk-button--primary"
        disabled={change.isPending}
        onClick={() => void save()}
      >
        {t('seller.licence.save')}
      </button>
    </div>
  );
}
