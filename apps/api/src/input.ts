// The building blocks of every procedure's input: a text a person typed is refused, as a field error in
// the caller's language, when it holds what nothing can store or send (NUL and other control
// characters, half of a surrogate pair, a non-ASCII key), instead of failing deeper with a 500.
import {
  isOutscaleKeyText,
  type Language,
  NOT_AN_OUTSCALE_KEY,
  TEXT_PROBLEMS,
  type Text,
  type TextShape,
  textProblem,
} from '@marketplace/domain';
import { z } from 'zod';

type RefinementContext = { addIssue(issue: { code: 'custom'; message: string; params: object }): void };

/** A zod issue carrying its message in both languages; trpc.ts's formatter picks the caller's. */
const refuse = (context: RefinementContext, text: Text) =>
  context.addIssue({ code: 'custom', message: text.en, params: { text } });

/** The message of an issue raised here, in `language`; undefined for zod's own issues. */
export function localizedIssue(issue: { code?: string; params?: unknown }, language: Language) {
  const text = (issue.params as { text?: Partial<Text> } | undefined)?.text;
  return issue.code === 'custom' && typeof text?.[language] === 'string' ? text[language] : undefined;
}

const checkText = (shape: TextShape) => (value: string, context: RefinementContext) => {
  const problem = textProblem(value, shape);
  if (problem) refuse(context, TEXT_PROBLEMS[problem][shape]);
};

/** One line: a name, an e-mail, a query, a code, an id. Chain `.trim()`, `.min()`, `.max()` as needed. */
export const line = () => z.string().superRefine(checkText('line'));
/** Several lines: a description, release notes, a licence, a template, a reason. */
export const paragraph = () => z.string().superRefine(checkText('multiline'));
/** A text in both languages of the marketplace. */
export const bilingualLine = (max: number) => z.object({ en: line().max(max), fr: line().max(max) });
export const bilingualParagraph = (max: number) =>
  z.object({ en: paragraph().max(max), fr: paragraph().max(max) });

export const email = () => z.email().superRefine(checkText('line')).max(320);
/** An http(s) address: the URL parser tolerates controls that must not be stored, so check them too. */
export const webAddress = () =>
  z
    .url({ protocol: /^https?$/ })
    .superRefine(checkText('line'))
    .max(2000);

/** An OUTSCALE access key or secret key: surrounding spaces are forgiven, the rest must be ASCII. */
export const outscaleKey = (min: number, max: number) =>
  z
    .string()
    .trim()
    .superRefine((value, context) => {
      if (!isOutscaleKeyText(value)) refuse(context, NOT_AN_OUTSCALE_KEY);
    })
    .min(min)
    .max(max);
