/**
 * The marketplace's password policy (SPEC §3): at least 12 characters with a lower-case letter,
 * an upper-case letter, a digit and a special character. The server enforces it; the pages show
 * each rule live, from the same function.
 */
export const PASSWORD_RULES = ['length', 'lower', 'upper', 'digit', 'special'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

export const PASSWORD_MIN_LENGTH = 12;

const CHECKS: Record<PasswordRule, (password: string) => boolean> = {
  length: (p) => [...p].length >= PASSWORD_MIN_LENGTH,
  lower: (p) => /\p{Ll}/u.test(p),
  upper: (p) => /\p{Lu}/u.test(p),
  digit: (p) => /\p{Nd}/u.test(p),
  special: (p) => /[^\p{L}\p{Nd}\s]/u.test(p),
};

/** The rules the password does not meet yet, in display order. */
export function unmetPasswordRules(password: string): PasswordRule[] {
  return PASSWORD_RULES.filter((rule) => !CHECKS[rule](password));
}

export function isPasswordAcceptable(password: string): boolean {
  return unmetPasswordRules(password).length === 0;
}
