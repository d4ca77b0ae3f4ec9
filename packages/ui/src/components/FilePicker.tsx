import { type ReactNode, useId, useState } from 'react';
import { Button, DropZone, FileTrigger } from 'react-aria-components';
import { useKitWords } from './messages.ts';

export type FilePickerProps = {
  label: string;
  hint?: ReactNode;
  /** MIME types and extensions, as `accept` takes them. */
  accept?: readonly string[];
  multiple?: boolean;
  isDisabled?: boolean;
  /** The file already there (a saved logo's name): shown until another is chosen. */
  current?: string;
  onSelect: (files: File[]) => void;
  /** Under the button: progress and problems, announced with the field. */
  status?: ReactNode;
  statusId?: string;
  testId?: string;
};

/**
 * A file field: a real button (FileTrigger, so Enter and Space open the system's chooser) in a drop
 * area (DropZone, which also takes a paste from the keyboard), and the chosen file's name beside it.
 */
export function FilePicker({
  label,
  hint,
  accept,
  multiple = false,
  isDisabled = false,
  current,
  onSelect,
  status,
  statusId,
  testId,
}: FilePickerProps) {
  const word = useKitWords();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const choose = (files: File[]) => {
    if (files.length === 0) return;
    setChosen(files.map((file) => file.name).join(', '));
    onSelect(files);
  };
  const shown = chosen ?? current;
  const describedBy = [hint ? `${id}-hint` : undefined, `${id}-chosen`, statusId].filter(Boolean).join(' ');
  return (
    <div className="mk-field mk-file-picker" data-testid={testId}>
      <span id={`${id}-label`} className="mk-label">
        {label}
      </span>
      {hint && (
        <p id={`${id}-hint`} className="mk-field__hint">
          {hint}
        </p>
      )}
      <DropZone
        className="mk-file-picker__zone"
        aria-label={`${word('dropHere')} (${label})`}
        isDisabled={isDisabled}
        onDrop={async (event) => {
          const files: File[] = [];
          for (const item of event.items) {
            if (item.kind === 'file') files.push(await item.getFile());
          }
          choose(multiple ? files : files.slice(0, 1));
        }}
      >
        <FileTrigger
          acceptedFileTypes={accept ? [...accept] : undefined}
          allowsMultiple={multiple}
          onSelect={(list) => choose([...(list ?? [])])}
        >
          <Button
            id={`${id}-button`}
            className="mk-button mk-button--secondary mk-file-picker__button"
            isDisabled={isDisabled}
            aria-labelledby={`${id}-label ${id}-button`}
            aria-describedby={describedBy}
          >
            {multiple ? word('chooseFiles') : word('chooseFile')}
          </Button>
        </FileTrigger>
        <span className="mk-file-picker__drop" aria-hidden="true">
          {word('orDrop')}
        </span>
        <span id={`${id}-chosen`} className="mk-file-picker__chosen" data-testid="file-picker-chosen">
          {shown ? word('chosen', { name: shown }) : word('noFile')}
        </span>
      </DropZone>
      {status}
    </div>
  );
}
