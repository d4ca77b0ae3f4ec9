import { type ApiProblem, FormProblem, useI18n } from '@marketplace/ui';
import type { FormEvent, ReactNode } from 'react';
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
  return (
    <form className="mk-form" noValidate onSubmit={onSubmit} aria-busy={saving.pending}>
      <FormProblem ref={saving.problemRef} problem={problem} />
      <div role="status">
        {saving.saved && <p className="mk-notice mk-notice--success">{t('common.saved')}</p>}
      </div>
      {children}
      <button className="mk-button mk-button--primary" type="submit" disabled={saving.pending}>
        {saveLabel}
      </button>
    </form>
  );
}
