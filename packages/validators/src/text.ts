import './no-eval.ts';
// The building blocks of every input: a text a person typed is refused, as a field error in the caller's
// language, when it holds what nothing can store or send (NUL and other control characters, half of a
// surrogate pair, a non-ASCII key), instead of failing deeper with a 500. Numbers, identifiers and
// months the same way, each with the message that names its rule.
import {
  isOutscaleKeyText,
  NOT_AN_OUTSCALE_KEY,
  TEXT_PROBLEMS,
  type Text,
  type TextShape,
  textProblem,
} from '@marketplace/domain';
import { z } from 'zod';
import { type MessageKey, say } from './messages.ts';

type RefinementContext = { addIssue(issue: { code: 'custom'; params: object }): void };

/**
 * A custom issue carrying its message in both languages; the error map (`issueMessage`) picks the
 * caller's. No `message` of its own: one would outrank the map, and a French page would read English.
 */
const refuse = (context: RefinementContext, text: Text) =>
  context.addIssue({ code: 'custom', params: { text } });

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

/** A trimmed line of `min` to `max` characters, every refusal saying the range (or `key`'s words). */
export const sizedLine = (min: number, max: number, key: MessageKey = 'lengthRange') =>
  line().trim().min(min, say(key, { min, max })).max(max, say(key, { min, max }));

export const email = () => z.email(say('email')).superRefine(checkText('line')).max(320);
/** An http(s) address: the URL parser tolerates controls that must not be stored, so check them too. */
export const webAddress = () =>
  z
    .url({ protocol: /^https?$/, error: say('webAddress') })
    .superRefine(checkText('line'))
    .max(2000);

/** An OUTSCALE access key or secret key: surrounding spaces are forgiven, the rest must be ASCII. */
export const outscaleKey = (min: number, max: number, key: MessageKey = 'lengthRange') =>
  z
    .string()
    .trim()
    .superRefine((value, context) => {
      if (!isOutscaleKeyText(value)) refuse(context, NOT_AN_OUTSCALE_KEY);
    })
    .min(min, say(key, { min, max }))
    .max(max, say(key, { min, max }));
export const accessKey = () => outscaleKey(16, 64, 'accessKey');
export const secretKey = () => outscaleKey(16, 128, 'secretKey');

/** A whole number from `min` to `max`; whatever is wrong (a decimal, a text, out of range), it says so. */
export const wholeNumber = (min: number, max: number) => {
  const error = say('wholeNumberRange', { min, max });
  return z.number({ error }).int(error).min(min, error).max(max, error);
};

/** The identifier of a record (a product, an offer, a subscription...). */
export const id = () => z.uuid(say('identifier'));

/** A month, `YYYY-MM`. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const month = () => z.string().regex(MONTH_PATTERN, say('month'));

/** A list typed in a text field, items separated by commas or line breaks, empty items dropped. */
export const listFrom = (text: string, separator: RegExp = /[,\n]/) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** A form's text field holding a list ("Security, Networking"), checked by the list's own schema. */
export const typedList = <T extends z.ZodType<unknown, string[]>>(schema: T, separator?: RegExp) =>
  z
    .string()
    .transform((text) => listFrom(text, separator))
    .pipe(schema);

/** A form's text field checked, once trimmed, by the input's own schema. */
export const trimmed = <T extends z.ZodType<unknown, string>>(schema: T) => z.string().trim().pipe(schema);
