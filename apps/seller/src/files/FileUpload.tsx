import { UPLOAD_RULES, type UploadPurpose } from '@marketplace/domain';
import { FilePicker, toast, useI18n } from '@marketplace/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { type Uploaded, UploadProblem, uploadFile } from './upload.ts';
import './files.css';

type Progress = { state: 'sending'; name: string } | { state: 'failed'; message: string };

/** Extensions beside the types, for files the system gives no type (Markdown, often). */
const ACCEPT: Record<UploadPurpose, readonly string[]> = {
  logo: UPLOAD_RULES.logo.types,
  screenshot: UPLOAD_RULES.screenshot.types,
  licence: [...UPLOAD_RULES.licence.types, '.pdf', '.txt', '.md', '.markdown'],
  // Any file: a licence file's format is the seller's software's own.
  licence_key: [],
};

// "Uploaded: logo.png. Save the form to keep it." stays as a toast while the form is unsaved; saving
// (or leaving the form) takes it away.
const unsavedNotices = new Set<string>();

/** Called once a form is saved: its uploads are kept, the "save to keep it" notices go. */
export function clearUploadNotices() {
  for (const key of unsavedNotices) toast.close(key);
  unsavedNotices.clear();
}

/**
 * A labelled file picker (the kit's FilePicker: a button, or a file dropped on it) that uploads what is
 * chosen at once and hands back its address; the form it sits in keeps that address until saved. Says
 * what it is sending, and why a file was refused.
 */
export function FileUpload({
  purpose,
  label,
  hint,
  multiple = false,
  disabled = false,
  current,
  onUploaded,
}: {
  purpose: UploadPurpose;
  label: string;
  hint: string;
  multiple?: boolean;
  disabled?: boolean;
  /** The file the form holds now (its name), shown until another is chosen. */
  current?: string;
  onUploaded: (files: Uploaded[]) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const notice = useRef<string | null>(null);
  const sending = progress?.state === 'sending';

  const closeNotice = () => {
    if (notice.current === null) return;
    toast.close(notice.current);
    unsavedNotices.delete(notice.current);
    notice.current = null;
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: on leaving the form only
  useEffect(() => closeNotice, []);

  const choose = async (files: File[]) => {
    const uploaded: Uploaded[] = [];
    try {
      for (const file of files) {
        setProgress({ state: 'sending', name: file.name });
        uploaded.push(await uploadFile(file, purpose, language));
      }
      setProgress(null);
      if (uploaded.length > 0) {
        closeNotice();
        notice.current = toast.info(
          t('seller.upload.done', { name: uploaded.map((f) => f.fileName).join(', ') }),
          { timeout: 0 },
        );
        unsavedNotices.add(notice.current);
      }
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
    <FilePicker
      testId={`upload-${purpose}`}
      label={label}
      hint={hint}
      accept={ACCEPT[purpose].length > 0 ? ACCEPT[purpose] : undefined}
      multiple={multiple}
      isDisabled={disabled || sending}
      current={current}
      onSelect={(files) => void choose(files)}
      statusId={`${id}-progress`}
      status={
        <>
          <div id={`${id}-progress`} role="status" className="sp-upload__status">
            {progress?.state === 'sending' && <p>{t('seller.upload.sending', { name: progress.name })}</p>}
          </div>
          {progress?.state === 'failed' && (
            <p className="mk-field__error" role="alert" data-testid="upload-problem">
              {progress.message}
            </p>
          )}
        </>
      }
    />
  );
}
