import { type ApiProblem, FormProblem, useI18n, useToastWhile } from '@marketplace/ui';
import { type FormEvent, type ReactNode, useEffect } from 'react';
import { clearUploadNotices } from '../files/FileUpload.tsx';
import type { useSectionSave } from './useSaveProduct.ts';

/** A section's own form: the problem above, "Saved." once done, its fields, and its own save button. */
export function SectionForm({
  saving,
  problem,
  onSubmit,
  saveLabel,
  children,
}: {
  saving: ReturnType<typeof useSectionSave>;
  problem: ApiProblem | null;
  onSubmit: (event: FormEvent) => void;
  saveLabel: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  // "Saved." as a toast; the uploads' "save the form to keep it" notices go with the save.
  useToastWhile(saving.saved, t('common.saved'));
  useEffect(() => {
    if (saving.saved) clearUploadNotices();
  }, [saving.saved]);
  return (
    <form className="mk-form" noValidate onSubmit={onSubmit} aria-busy={saving.pending}>
      <FormProblem ref={saving.problemRef} problem={problem} />
      {children}
      <button className="mk-button mk-button--primary" type="submit" disabled={saving.pending}>
        {saveLabel}
      </button>
    </form>
  );
}
