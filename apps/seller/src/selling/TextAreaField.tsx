import { FieldErrorList, type FieldName, type Form } from '@marketplace/ui';
import type { ReactNode, TextareaHTMLAttributes } from 'react';

/** A labelled textarea with its hint and errors, like `TextField` for longer texts. */
export function TextAreaField<V extends Record<string, unknown>>({
  form,
  name,
  label,
  hint,
  className,
  ...textarea
}: Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'form' | 'name' | 'value' | 'onChange' | 'id'> & {
  form: Form<V>;
  name: FieldName<V>;
  label: string;
  hint?: ReactNode;
}) {
  const hintId = hint ? `${form.idOf(name)}-hint` : undefined;
  const bound = form.field(name, hintId);
  return (
    <div className="mk-field">
      <label className="mk-label" htmlFor={bound.id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mk-field__hint">
          {hint}
        </p>
      )}
      <textarea className={`mk-input mk-textarea ${className ?? ''}`} rows={5} {...textarea} {...bound} />
      <FieldErrorList id={form.errorIdOf(name)} errors={form.errorsOf(name)} />
    </div>
  );
}
