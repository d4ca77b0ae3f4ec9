import { useI18n } from '@marketplace/ui';
import { useState } from 'react';

/** Copies a value (an OMI ID) to the clipboard and says so, for screen readers too. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button
      type="button"
      className="mk-button mk-button--secondary mk-button--small"
      onClick={copy}
      // Once copied, the name is what it shows ("Copied"), as the visible text must be part of the name.
      aria-label={copied ? undefined : label}
    >
      <span aria-live="polite">{copied ? t('buy.copy.done') : t('buy.copy.action')}</span>
    </button>
  );
}
