import { type ReactNode, useEffect, useState } from 'react';
import {
  ComboBox as AriaComboBox,
  Button,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  useFilter,
} from 'react-aria-components';
import { useKitWords } from './messages.ts';

export type ComboBoxProps = {
  label: ReactNode;
  /** The known choices (VM types); the list shows those containing what is typed. */
  options: readonly string[];
  value: string;
  onChange: (value: string) => void;
  /** Any text is accepted (a VM type the list does not know yet); otherwise only a listed choice. */
  allowsCustomValue?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
  name?: string;
  id?: string;
  isDisabled?: boolean;
  className?: string;
  testId?: string;
  onBlur?: () => void;
};

/**
 * A searchable choice (the ARIA combobox pattern of React Aria): type to filter the list, arrows to
 * move, Enter to choose, Escape to close; the button beside the input shows every choice.
 */
export function ComboBox({
  label,
  options,
  value,
  onChange,
  allowsCustomValue = false,
  hint,
  errors = [],
  name,
  id,
  isDisabled,
  className,
  testId,
  onBlur,
}: ComboBoxProps) {
  const word = useKitWords();
  const items = options.map((option) => ({ id: option }));
  // What is typed: the value itself when any text is accepted, otherwise a search until a choice.
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const { contains } = useFilter({ sensitivity: 'base' });
  const [showAll, setShowAll] = useState(true);
  const shown = showAll ? items : items.filter((item) => contains(item.id, text));
  return (
    <AriaComboBox
      id={id}
      name={name}
      className={`mk-field mk-rac-combobox${className ? ` ${className}` : ''}`}
      // Controlled `items` are not filtered by React Aria: the list is filtered here, by what is typed,
      // and shows every choice when opened from the button or the arrow key.
      items={shown}
      inputValue={text}
      onOpenChange={(isOpen, trigger) => {
        if (isOpen && trigger !== 'input') setShowAll(true);
      }}
      onInputChange={(typed) => {
        setText(typed);
        setShowAll(false);
        if (allowsCustomValue) onChange(typed);
      }}
      selectedKey={options.includes(value) ? value : null}
      onSelectionChange={(key) => {
        if (key === null) return;
        setShowAll(true);
        setText(String(key));
        onChange(String(key));
      }}
      allowsCustomValue={allowsCustomValue}
      allowsEmptyCollection
      // Opens on typing, the button or the down arrow; not on focus: tabbing through a form must not
      // open lists (an open list hides the rest of the page from screen readers), and a press on the
      // button would first focus the input, open the list, then toggle it shut.
      menuTrigger="input"
      isDisabled={isDisabled}
      isInvalid={errors.length > 0}
      onBlur={onBlur}
      data-testid={testId}
    >
      <Label className="mk-label">{label}</Label>
      {hint && (
        <Text slot="description" className="mk-field__hint">
          {hint}
        </Text>
      )}
      <div className="mk-rac-combobox__control">
        <Input className="mk-input mk-rac-combobox__input" />
        <Button className="mk-rac-combobox__button" aria-label={word('showOptions')}>
          <span className="mk-rac-select__chevron" aria-hidden="true" />
        </Button>
      </div>
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
          renderEmptyState={() => <p className="mk-rac-listbox__empty">{word('noMatch')}</p>}
        >
          {(item: { id: string }) => (
            <ListBoxItem id={item.id} className="mk-rac-option" textValue={item.id}>
              {item.id}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
