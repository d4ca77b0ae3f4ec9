// What a text typed by a person may contain. PostgreSQL refuses NUL in text and lone UTF-16 surrogates
// in JSON, and no form has a use for invisible control characters: the API refuses them as a field
// error instead of failing while storing them. The pages may use the same rule for instant feedback.
import type { Text } from './vocabulary.ts';

export type TextProblem = 'control_character' | 'lone_surrogate';
/** One line (names, e-mails, queries, codes) or several (descriptions, release notes, licences). */
export type TextShape = 'line' | 'multiline';

/** C0 controls, DEL and C1 controls. */
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);
/** What a multi-line text keeps: tab, line feed and carriage return. */
const LAYOUT = new Set([0x09, 0x0a, 0x0d]);
// With the `u` flag a well-formed pair is one code point, so only a half on its own matches.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/** Why this text cannot be taken as it is, or null when it can. */
export function textProblem(value: string, shape: TextShape = 'line'): TextProblem | null {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (isControl(code) && !(shape === 'multiline' && LAYOUT.has(code))) return 'control_character';
  }
  if (LONE_SURROGATE.test(value)) return 'lone_surrogate';
  return null;
}

export const TEXT_PROBLEMS: Record<TextProblem, Record<TextShape, Text>> = {
  control_character: {
    line: {
      en: 'This field must be one line without invisible control characters (such as NUL, tab or a line break).',
      fr: 'Ce champ doit tenir sur une ligne, sans caractère de contrôle invisible (comme NUL, une tabulation ou un retour à la ligne).',
    },
    multiline: {
      en: 'This text contains an invisible control character (such as NUL): remove it. Line breaks and tabs are fine.',
      fr: 'Ce texte contient un caractère de contrôle invisible (comme NUL) : supprimez-le. Les retours à la ligne et les tabulations sont permis.',
    },
  },
  lone_surrogate: {
    line: {
      en: 'This field contains a broken character (half of an emoji or of a rare character): type it again.',
      fr: "Ce champ contient un caractère abîmé (la moitié d'un emoji ou d'un caractère rare) : retapez-le.",
    },
    multiline: {
      en: 'This text contains a broken character (half of an emoji or of a rare character): type it again.',
      fr: "Ce texte contient un caractère abîmé (la moitié d'un emoji ou d'un caractère rare) : retapez-le.",
    },
  },
};

/**
 * OUTSCALE access keys and secret keys are printable ASCII without spaces: anything else cannot be a
 * key, and could not even be sent (it goes into an HTTP header and a signature).
 */
export function isOutscaleKeyText(value: string): boolean {
  return /^[\x21-\x7e]*$/.test(value);
}

export const NOT_AN_OUTSCALE_KEY: Text = {
  en: 'An OUTSCALE key contains only ASCII letters, digits and signs, without spaces: copy it again from Cockpit.',
  fr: 'Une clé OUTSCALE ne contient que des lettres ASCII, des chiffres et des signes, sans espace : copiez-la de nouveau depuis Cockpit.',
};
