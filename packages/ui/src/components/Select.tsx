import type { ReactNode, Ref } from 'react';
import {
  Select as AriaSelect,
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SelectValue,
  Text,
} from 'react-aria-components';

export type Option<K extends string = string> = { id: K; label: string };

// A listbox item needs a non-empty key; an option whose value is '' ("All", "—") gets this one.
const EMPTY = '\u0000';
const keyOf = (value: string) => (value === '' ? EMPTY : value);

export type SelectProps<K extends string> = {
  label: ReactNode;
  options: readonly Option<K>[];
  value: K | null;
  onChange: (value: K) => void;
  /** Help under the label, read with the field. */
  hint?: ReactNode;
  /** The field's errors (ours or the server's); the field is invalid while there are some. */
  errors?: readonly string[];
  /** The hidden native select's name, so a plain form submission carries the value. */
  name?: string;
  id?: string;
  placeholder?: string;
  isDisabled?: boolean;
  /** Shown beside the label when the choice is not required (or anything small). */
  className?: string;
  testId?: string;
  onBlur?: () => void;
  /** The button's element, to focus the field (the first wrong one of a form). */
  buttonRef?: Ref<HTMLButtonElement>;
  /** Extra descriptions of the button (a hint rendered elsewhere). */
  'aria-describedby'?: string;
};

/**
 * A labelled single choice: a button that opens a listbox (the ARIA "select-only combobox" pattern of
 * React Aria). Arrow keys and type-ahead move, Enter or Space choose, Escape closes, and the hidden
 * native select keeps autofill and plain form posts working.
 */
export function Select<K extends string>({
  label,
  options,
  value,
  onChange,
  hint,
  errors = [],
  name,
  id,
  placeholder,
  isDisabled,
  className,
  testId,
  onBlur,
  buttonRef,
  'aria-describedby': describedBy,
}: SelectProps<K>) {
  return (
    <AriaSelect
      id={id}
      name={name}
      className={`mk-field mk-rac-select${className ? ` ${className}` : ''}`}
      value={value === null ? null : keyOf(value)}
      onChange={(key) => {
        if (key !== null) onChange((key === EMPTY ? '' : String(key)) as K);
      }}
      onBlur={onBlur}
      isDisabled={isDisabled}
      isInvalid={errors.length > 0}
      placeholder={placeholder}
      data-testid={testId}
    >
      <Label className="mk-label">{label}</Label>
      {hint && (
        <Text slot="description" className="mk-field__hint">
          {hint}
        </Text>
      )}
      <Button ref={buttonRef} className="mk-input mk-rac-select__button" aria-describedby={describedBy}>
        <SelectValue className="mk-rac-select__value" />
        <span className="mk-rac-select__chevron" aria-hidden="true" />
      </Button>
      <FieldError className="mk-field__errors">
        {errors.map((error) => (
          <span key={error} className="mk-field__error">
            {error}
          </span>
        ))}
      </FieldError>
      <Popover className="mk-rac-popover" offset={4}>
        <ListBox
          className="mk-rac-listbox"
          items={options.map((option) => ({ ...option, key: keyOf(option.id) }))}
        >
          {(option) => (
            <ListBoxItem id={option.key} className="mk-rac-option" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
