// A form on React Hook Form with a shared schema of @marketplace/validators: the schema's refusals
// (worded by its error map in the page's language) shown after the first submit, then following each
// keystroke; the server's `fieldErrors` under each field (`setError`); `aria-invalid` and
// `aria-describedby` tying each input to its hint and errors; the first wrong field focused; the
// server's message for `FormProblem`. The field components (`TextField`, `SelectField`,
// `CheckboxGroup`) take the `Form` this returns.
import { type ChangeEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { type FieldValues, get, type Path, type PathValue, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { type ApiProblem, apiProblem } from './api-problem.ts';
import { schemaResolver } from './resolver.ts';

type Focusable = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLFieldSetElement;
type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A field of `V`, or a path into one of its objects and lists (`name.en`, `sources.0.imageId`). */
export type FieldName<V> = Extract<keyof V, string> | `${Extract<keyof V, string>}.${string}`;

/** What the field components need of a form (`name` is a field, or a path such as `name.en`). */
export type Form<V extends Record<string, unknown>> = {
  values: V;
  setValue<F extends Extract<keyof V, string>>(field: F, value: V[F]): void;
  /** Props for a text input, select or textarea bound to a string field. */
  field(
    name: string,
    describedBy?: string,
  ): {
    id: string;
    name: string;
    onChange: (event: ChangeEvent<FieldElement>) => void;
    onBlur: (event: { target: unknown; type?: unknown }) => void;
    ref: (element: Focusable | null) => void;
    'aria-invalid': true | undefined;
    'aria-describedby': string | undefined;
  };
  idOf(name: string): string;
  errorIdOf(name: string): string;
  errorsOf(name: string): string[];
  /** A ref for the element to focus when this field is wrong (a group's first checkbox). */
  register(name: string): (element: Focusable | null) => void;
  problem: ApiProblem | null;
};

/**
 * `useSchemaForm(schema, defaults)`: `form.submit(onValid)` is the form's `onSubmit`; `onValid` gets
 * the schema's output (trimmed, converted), and calls `form.fail(error)` when the server refuses.
 */
export function useSchemaForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  defaultValues: Input,
) {
  const { language } = useI18n();
  const languageRef = useRef(language);
  languageRef.current = language;
  const baseId = useId();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const elements = useRef<Map<string, Focusable | null>>(new Map());
  const rhf = useForm<Input, unknown, Output>({
    defaultValues: defaultValues as never,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
    resolver: (values, context, options) =>
      schemaResolver(schema, languageRef.current)(values, context, options),
  });
  const { errors, isSubmitted } = rhf.formState;
  const values = rhf.watch() as Input;

  // The messages follow the language: shown errors are worded again when it changes.
  const submittedRef = useRef(isSubmitted);
  submittedRef.current = isSubmitted;
  useEffect(() => {
    if (submittedRef.current && language) void rhf.trigger();
  }, [language, rhf]);

  const idOf = (name: string) => `${baseId}-${name.replace(/\./g, '-')}`;
  const errorIdOf = (name: string) => `${idOf(name)}-error`;
  const errorsOf = (name: string): string[] => {
    const error = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
    const text = error?.message ?? error?.root?.message;
    return typeof text === 'string' && text !== '' ? [text] : [];
  };

  const remember = useCallback(
    (name: string) => (element: Focusable | null) => {
      if (element) elements.current.set(name, element);
    },
    [],
  );

  /** The first wrong field in the page's order (not the order its elements were first rendered). */
  const focusFirst = (found: object) => {
    const wrong = [...elements.current]
      .filter(([name, element]) => get(found, name) && element?.isConnected)
      .map(([, element]) => element as Focusable)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    wrong[0]?.focus();
  };

  const setValue = <F extends Extract<keyof Input, string>>(name: F, value: Input[F]) =>
    rhf.setValue(name as unknown as Path<Input>, value as PathValue<Input, Path<Input>>, {
      shouldDirty: true,
      shouldValidate: submittedRef.current,
    });

  const field = (name: string, describedBy?: string) => {
    const registered = rhf.register(name as Path<Input>);
    const wrong = errorsOf(name).length > 0;
    const described = [describedBy, wrong ? errorIdOf(name) : undefined].filter(Boolean).join(' ');
    return {
      id: idOf(name),
      name: registered.name,
      onChange: (event: ChangeEvent<FieldElement>) => void registered.onChange(event),
      onBlur: (event: { target: unknown; type?: unknown }) => void registered.onBlur(event),
      ref: (element: Focusable | null) => {
        registered.ref(element);
        remember(name)(element);
      },
      'aria-invalid': wrong ? (true as const) : undefined,
      'aria-describedby': described || undefined,
    };
  };

  /** The form's `onSubmit`: checks with the schema, then runs `onValid` with its output. */
  const submit = (onValid: (values: Output) => unknown) =>
    rhf.handleSubmit(
      async (output) => {
        setProblem(null);
        await onValid(output);
      },
      (found) => {
        setProblem(null);
        focusFirst(found);
      },
    );

  /**
   * Keeps what the server said about a failed attempt: its message, and each field's error under it
   * (`fieldOf` names the form's field for an input path that differs, as `newPassword` → `password`).
   */
  const fail = (error: unknown, fieldOf: Record<string, string> = {}) => {
    const found = apiProblem(error);
    setProblem(found);
    for (const [path, messages] of Object.entries(found.fieldErrors)) {
      const name = fieldOf[path] ?? path;
      if (messages.length > 0)
        rhf.setError(name as Path<Input>, { type: 'server', message: messages.join(' ') });
    }
  };

  const reset = (next: Input = defaultValues) => {
    rhf.reset(next as never);
    setProblem(null);
  };

  const form = {
    values,
    setValue,
    field,
    idOf,
    errorIdOf,
    errorsOf,
    register: remember,
    problem,
    submit,
    fail,
    reset,
    setProblem,
    rhf,
  };
  return form satisfies Form<Input>;
}
