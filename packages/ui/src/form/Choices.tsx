import type { ReactNode } from 'react';
import { FieldErrorList } from './Field.tsx';
import type { Form } from './schema-form.ts';

/** A group of checkboxes bound to a list of values (organization types, roles). */
export function CheckboxGroup<V extends Record<string, unknown>, Option extends string>({
  form,
  name,
  legend,
  options,
  labelOf,
  hint,
}: {
  form: Form<V>;
  /** A field holding a list of strings. */
  name: Extract<keyof V, string>;
  legend: string;
  options: readonly Option[];
  labelOf: (option: Option) => ReactNode;
  hint?: ReactNode;
}) {
  const selected = form.values[name] as readonly string[];
  const errors = form.errorsOf(name);
  const hintId = `${form.idOf(name)}-hint`;
  const describedBy = [hint ? hintId : undefined, errors.length > 0 ? form.errorIdOf(name) : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset
      className="mk-fieldset"
      aria-describedby={describedBy || undefined}
      aria-invalid={errors.length > 0 || undefined}
    >
      <legend className="mk-label">{legend}</legend>
      {hint && (
        <p id={hintId} className="mk-field__hint">
          {hint}
        </p>
      )}
      <div className="mk-choices">
        {options.map((option, index) => (
          <label key={option} className="mk-choice">
            <input
              ref={index === 0 ? form.register(name) : undefined}
              type="checkbox"
              name={name}
              value={option}
              checked={selected.includes(option)}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                // Kept in the options' order, whatever the order of the clicks.
                const next = options.filter((value) =>
                  value === option ? checked : selected.includes(value),
                );
                form.setValue(name, next as V[typeof name]);
              }}
            />
            <span>{labelOf(option)}</span>
          </label>
        ))}
      </div>
      <FieldErrorList id={form.errorIdOf(name)} errors={errors} />
    </fieldset>
  );
}

/** A labelled select bound to a string field. */
export function SelectField<V extends Record<string, unknown>, Option extends string>({
  form,
  name,
  label,
  options,
  labelOf,
  hint,
}: {
  form: Form<V>;
  name: Extract<keyof V, string>;
  label: string;
  options: readonly Option[];
  labelOf: (option: Option) => string;
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
      <select className="mk-input mk-select" {...bound}>
        {options.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
      <FieldErrorList id={form.errorIdOf(name)} errors={form.errorsOf(name)} />
    </div>
  );
}
