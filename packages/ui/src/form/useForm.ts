import { type ChangeEvent, useCallback, useId, useRef, useState } from 'react';
import type { PlainMessageKey } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type ApiProblem, apiProblem } from './api-problem.ts';
import type { FieldErrors } from './validate.ts';

type Focusable = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLFieldSetElement;
type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * A form's values, its errors (ours after the first attempt, then the server's), and the props that
 * tie each input to its label, hint and errors. Errors follow each keystroke once shown, so they clear
 * as soon as the field is fixed.
 */
export function useForm<V extends Record<string, unknown>>(
  initial: V,
  validate: (values: V) => FieldErrors<Extract<keyof V, string>>,
) {
  type Field = Extract<keyof V, string>;
  const { t } = useI18n();
  const baseId = useId();
  const [values, setValues] = useState<V>(initial);
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const elements = useRef<Partial<Record<Field, Focusable | null>>>({});

  const clientErrors: FieldErrors<Field> = attempted ? validate(values) : {};

  const idOf = (field: Field) => `${baseId}-${field}`;
  const errorIdOf = (field: Field) => `${baseId}-${field}-error`;

  const errorsOf = (field: Field): string[] => {
    const key: PlainMessageKey | undefined = clientErrors[field];
    return [...(key ? [t(key)] : []), ...(problem?.fieldErrors[field] ?? [])];
  };

  const setValue = useCallback(<F extends Field>(field: F, value: V[F]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    // The server's word on this field no longer applies once it changed.
    setProblem((previous) => {
      if (!previous?.fieldErrors[field]) return previous;
      const { [field]: _changed, ...others } = previous.fieldErrors;
      return { ...previous, fieldErrors: others };
    });
  }, []);

  /** Props for a text input, select or textarea bound to a string field. */
  const field = (name: Field, describedBy?: string) => {
    const errors = errorsOf(name);
    const described = [describedBy, errors.length > 0 ? errorIdOf(name) : undefined]
      .filter(Boolean)
      .join(' ');
    return {
      id: idOf(name),
      name,
      value: String(values[name] ?? ''),
      onChange: (event: ChangeEvent<FieldElement>) =>
        setValue(name, event.currentTarget.value as V[typeof name]),
      ref: (element: Focusable | null) => {
        elements.current[name] = element;
      },
      'aria-invalid': errors.length > 0 ? true : undefined,
      'aria-describedby': described || undefined,
    };
  };

  /** Validates before sending: false (and the first wrong field focused) when something is wrong. */
  const check = (): boolean => {
    setAttempted(true);
    setProblem(null);
    const found = validate(values);
    const first = (Object.keys(values) as Field[]).find((name) => found[name]);
    if (!first) return true;
    elements.current[first]?.focus();
    return false;
  };

  /** Keeps what the server said about a failed attempt, to show it beside the fields and above them. */
  const fail = (error: unknown) => setProblem(apiProblem(error));

  const reset = (next: V = initial) => {
    setValues(next);
    setAttempted(false);
    setProblem(null);
  };

  return {
    values,
    setValue,
    field,
    idOf,
    errorIdOf,
    errorsOf,
    register: (name: Field) => (element: Focusable | null) => {
      elements.current[name] = element;
    },
    check,
    fail,
    problem,
    reset,
  };
}

export type Form<V extends Record<string, unknown>> = ReturnType<typeof useForm<V>>;
