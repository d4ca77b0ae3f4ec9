import { FormProblem, useI18n, useSchemaForm, useTRPC } from '@marketplace/ui';
import { releaseNotesForm } from '@marketplace/validators';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ProductVersion } from '../selling/api.ts';
import { LanguageTabs, useInLanguage } from '../selling/LanguageTabs.tsx';
import { TextAreaField } from '../selling/TextAreaField.tsx';

/** A version's notes change at any time; its name and OMIs do not once published. */
export function ReleaseNotesForm({
  version,
  onDone,
  onSaved,
}: {
  version: ProductVersion;
  onDone: () => void;
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const inLanguage = useInLanguage();
  const trpc = useTRPC();
  const update = useMutation(trpc.products.versions.update.mutationOptions());
  const problemRef = useRef<HTMLDivElement>(null);
  const form = useSchemaForm(releaseNotesForm, {
    releaseNotes: { en: version.releaseNotes.en, fr: version.releaseNotes.fr },
  });
  const submit = form.submit(async (values) => {
    try {
      await update.mutateAsync({ id: version.id, ...values });
      await onSaved();
      onDone();
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });
  return (
    <form className="mk-form" noValidate onSubmit={submit} aria-busy={update.isPending}>
      <FormProblem ref={problemRef} problem={form.problem} />
      <LanguageTabs complete={(language) => form.values.releaseNotes[language].trim() !== ''}>
        {(language) => (
          <TextAreaField
            key={language}
            form={form}
            name={`releaseNotes.${language}`}
            label={inLanguage(t('seller.versions.notes'), language)}
            rows={4}
          />
        )}
      </LanguageTabs>
      <div className="mk-actions">
        <button
          className="mk-button mk-button--primary mk-button--small"
          type="submit"
          disabled={update.isPending}
        >
          {t('seller.versions.saveNotes')}
        </button>
        <button className="mk-button mk-button--secondary mk-button--small" type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
