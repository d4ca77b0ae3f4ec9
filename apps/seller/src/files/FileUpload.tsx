import { UPLOAD_RULES, type UploadPurpose } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import { type ChangeEvent, useId, useState } from 'react';
import { type Uploaded, UploadProblem, uploadFile } from './upload.ts';
import './files.css';

type Progress =
  | { state: 'sending'; name: string }
  | { state: 'done'; names: string }
  | { state: 'failed'; message: string };

/** Extensions beside the types, for files the system gives no type (Markdown, often). */
const ACCEPT: Record<UploadPurpose, string> = {
  logo: UPLOAD_RULES.logo.types.join(','),
  screenshot: UPLOAD_RULES.screenshot.types.join(','),
  licence: [...UPLOAD_RULES.licence.types, '.pdf', '.txt', '.md', '.markdown'].join(','),
  // Any file: a licence file's format is the seller's software's own.
  licence_key: '',
};

/**
 * A labelled file input that uploads what is chosen at once and hands back its address; the form it
 * sits in keeps that address until saved. Says what it is sending, and why a file was refused.
 */
export function FileUpload({
  purpose,
  label,
  hint,
  multiple = false,
  disabled = false,
  onUploaded,
}: {
  purpose: UploadPurpose;
  label: string;
  hint: string;
  multiple?: boolean;
  disabled?: boolean;
  onUploaded: (files: Uploaded[]) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const sending = progress?.state === 'sending';

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    // Emptied, so that choosing the same file again (after removing it) uploads it again.
    input.value = '';
    const uploaded: Uploaded[] = [];
    try {
      for (const file of files) {
        setProgress({ state: 'sending', name: file.name });
        uploaded.push(await uploadFile(file, purpose, language));
      }
      setProgress(
        uploaded.length > 0 ? { state: 'done', names: uploaded.map((f) => f.fileName).join(', ') } : null,
      );
    } catch (error) {
      setProgress({
        state: 'failed',
        message: error instanceof UploadProblem ? error.message : t('seller.upload.failed'),
      });
    } finally {
      if (uploaded.length > 0) onUploaded(uploaded);
    }
  };

  return (
    <div className="mk-field sp-upload" data-testid={`upload-${purpose}`}>
      <label className="mk-label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="mk-field__hint">
        {hint}
      </p>
      <input
        id={id}
        className="sp-upload__input"
        type="file"
        accept={ACCEPT[purpose] || undefined}
        multiple={multiple}
        disabled={disabled || sending}
        aria-describedby={`${id}-hint ${id}-progress`}
        onChange={(event) => void choose(event)}
      />
      <div id={`${id}-progress`} role="status" className="sp-upload__status">
        {progress?.state === 'sending' && <p>{t('seller.upload.sending', { name: progress.name })}</p>}
        {progress?.state === 'done' && (
          <p className="mk-notice mk-notice--success">{t('seller.upload.done', { name: progress.names })}</p>
        )}
      </div>
      {progress?.state === 'failed' && (
        <p className="mk-field__error" role="alert" data-testid="upload-problem">
          {progress.message}
        </p>
      )}
    </div>
  );
}
