import type { InputHTMLAttributes, ReactNode } from 'react';
import type { FieldName, Form } from './schema-form.ts';

export function FieldErrorList({ id, errors }: { id: string; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <div id={id} className="mk-field__errors">
      {errors.map((error) => (
        <p key={error} className="mk-field__error">
          {error}
        </p>
      ))}
    </div>
  );
}

type TextFieldProps<V extends Record<string, unknown>> = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'form' | 'name' | 'value' | 'onChange' | 'id'
> & {
  form: Form<V>;
  name: FieldName<V>;
  label: string;
  /** Help shown under the label, read with the field. */
  hint?: ReactNode;
  /** Beside the label, at the right (a "Forgot password?" link). */
  aside?: ReactNode;
  /** Under the input, before the errors (the live password rules). */
  after?: ReactNode;
};

/** A labelled input with its hint and errors, tied by `aria-describedby`. */
export function TextField<V extends Record<string, unknown>>({
  form,
  name,
  label,
  hint,
  aside,
  after,
  ...input
}: TextFieldProps<V>) {
  const hintId = hint ? `${form.idOf(name)}-hint` : undefined;
  const { 'aria-describedby': extraDescription, ...attributes } = input;
  const bound = form.field(name, [hintId, extraDescription].filter(Boolean).join(' ') || undefined);
  const labelElement = (
    <label className="mk-label" htmlFor={bound.id}>
      {label}
    </label>
  );
  return (
    <div className="mk-field">
      {aside ? (
        <div className="mk-field__row">
          {labelElement}
          {aside}
        </div>
      ) : (
        labelElement
      )}
      {hint && (
        <p id={hintId} className="mk-field__hint">
          {hint}
        </p>
      )}
      <input className="mk-input" {...attributes} {...bound} />
      {after}
      <FieldErrorList id={form.errorIdOf(name)} errors={form.errorsOf(name)} />
    </div>
  );
}
