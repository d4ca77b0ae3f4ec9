import type { ReactNode, Ref } from 'react';
import { Select } from '../components/Select.tsx';
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

type SelectFieldCommon<Option extends string> = {
  label: string;
  options: readonly Option[];
  labelOf: (option: Option) => string;
  hint?: ReactNode;
  testId?: string;
  isDisabled?: boolean;
};

/** Bound to a field of `useForm`. */
type BoundSelectProps<
  V extends Record<string, unknown>,
  Option extends string,
> = SelectFieldCommon<Option> & {
  form: Form<V>;
  name: Extract<keyof V, string>;
};

/** Controlled (a form library's `Controller`, or a page's own state). */
type ControlledSelectProps<Option extends string> = SelectFieldCommon<Option> & {
  form?: undefined;
  value: Option | null;
  onChange: (value: Option) => void;
  onBlur?: () => void;
  /** The hidden native select's name, for plain form posts and autofill. */
  name?: string;
  error?: string | readonly string[];
  /** Focuses the field (the first wrong one of a form). */
  inputRef?: Ref<HTMLButtonElement>;
};

/**
 * A labelled select (React Aria's Select, see `components/Select.tsx`): bound to a `useForm` field
 * (`form` and `name`) or controlled (`value`, `onChange`, `error`).
 */
export function SelectField<V extends Record<string, unknown>, Option extends string>(
  props: BoundSelectProps<V, Option> | ControlledSelectProps<Option>,
) {
  const options = props.options.map((option) => ({ id: option, label: props.labelOf(option) }));
  if (props.form) {
    const { form, name } = props;
    return (
      <Select<Option>
        id={form.idOf(name)}
        name={name}
        label={props.label}
        hint={props.hint}
        options={options}
        value={form.values[name] as Option}
        onChange={(value) => form.setValue(name, value as V[typeof name])}
        errors={form.errorsOf(name)}
        // Only focused: the button stands where an input would.
        buttonRef={(element) => form.register(name)(element as unknown as HTMLInputElement | null)}
        isDisabled={props.isDisabled}
        testId={props.testId}
      />
    );
  }
  const errors =
    props.error === undefined ? [] : typeof props.error === 'string' ? [props.error] : props.error;
  return (
    <Select<Option>
      name={props.name}
      label={props.label}
      hint={props.hint}
      options={options}
      value={props.value}
      onChange={props.onChange}
      onBlur={props.onBlur}
      errors={errors}
      buttonRef={props.inputRef}
      isDisabled={props.isDisabled}
      testId={props.testId}
    />
  );
}
