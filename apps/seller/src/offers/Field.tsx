import { FieldErrorList } from '@marketplace/ui';
import type { ReactNode } from 'react';

/**
 * What an offer's fields need of the page's form (`useSchemaForm`): the errors of a field, by the API's
 * path (`offers.0.price`: the schema's and the server's), and a ref to focus the first wrong one.
 */
export type OfferForm = {
  errorsOf(path: string): readonly string[];
  register(path: string): (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
};

/** A labelled input of an offer, with its hint and errors; `children` replaces the input (a select). */
export function Field({
  id,
  label,
  hint,
  value,
  onChange,
  errors,
  disabled,
  inputMode,
  type = 'text',
  multiline = false,
  inputRef,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly string[];
  disabled: boolean;
  inputMode?: 'decimal' | 'numeric';
  type?: string;
  multiline?: boolean;
  inputRef?: (element: HTMLInputElement | HTMLTextAreaElement | null) => void;
  children?: ReactNode;
}) {
  const described = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    disabled,
    ref: inputRef,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div className="mk-field">
      <label className="mk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="mk-field__hint">
          {hint}
        </p>
      )}
      {children ??
        (multiline ? (
          <textarea
            {...common}
            className="mk-input mk-textarea"
            rows={4}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
        ) : (
          <input
            {...common}
            className="mk-input"
            type={type}
            inputMode={inputMode}
            onChange={(event) => onChange(event.currentTarget.value)}
          />
        ))}
      <FieldErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}
