// Instant feedback before anything is sent; the server stays the authority and applies the same rules
// (the password policy is imported from @marketplace/domain, the one the server enforces).
import { unmetPasswordRules } from '@marketplace/domain';
import type { PlainMessageKey } from '../i18n/catalogue.ts';

export type FieldErrors<Field extends string> = Partial<Record<Field, PlainMessageKey>>;

// The shape only (something@domain.tld): whether the address exists is the server's answer.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(email: string): PlainMessageKey | undefined {
  const trimmed = email.trim();
  if (trimmed === '') return 'form.error.emailRequired';
  if (!EMAIL_SHAPE.test(trimmed)) return 'form.error.emailInvalid';
  return undefined;
}

/** Drops the fields without error, so `Object.keys(errors)` lists only what is wrong. */
function presentErrors<Field extends string>(
  errors: Record<Field, PlainMessageKey | undefined>,
): FieldErrors<Field> {
  const found: FieldErrors<Field> = {};
  for (const field of Object.keys(errors) as Field[]) {
    const error = errors[field];
    if (error) found[field] = error;
  }
  return found;
}

export function validateSignIn(values: { email: string; password: string }) {
  return presentErrors({
    email: emailError(values.email),
    password: values.password === '' ? 'form.error.passwordRequired' : undefined,
  });
}

/** Six digits from an authenticator app; spaces (as some apps show "123 456") are ignored. */
export function normaliseTotpCode(code: string): string {
  return code.replace(/\s/g, '');
}

export function totpCodeError(code: string): PlainMessageKey | undefined {
  return /^\d{6}$/.test(normaliseTotpCode(code)) ? undefined : 'form.error.codeInvalid';
}

export function validateNewPassword(values: { password: string; confirmation: string }) {
  return presentErrors({
    password:
      values.password === ''
        ? 'form.error.passwordRequired'
        : unmetPasswordRules(values.password).length > 0
          ? 'form.error.passwordRules'
          : undefined,
    confirmation:
      values.confirmation === ''
        ? 'form.error.confirmationRequired'
        : values.confirmation !== values.password
          ? 'form.error.confirmationMismatch'
          : undefined,
  });
}

export function validateChangePassword(values: {
  currentPassword: string;
  password: string;
  confirmation: string;
}) {
  return {
    ...presentErrors({
      currentPassword: values.currentPassword === '' ? 'form.error.currentPasswordRequired' : undefined,
    }),
    ...validateNewPassword(values),
  };
}

/** The lengths the API accepts for OUTSCALE keys (access key 16–64, secret key 16–128 characters). */
export function validateKeys(values: { accessKey: string; secretKey: string }) {
  const access = values.accessKey.trim().length;
  const secret = values.secretKey.trim().length;
  return presentErrors({
    accessKey: access < 16 || access > 64 ? 'form.error.accessKeyInvalid' : undefined,
    secretKey: secret < 16 || secret > 128 ? 'form.error.secretKeyInvalid' : undefined,
  });
}

export function organizationNameError(name: string): PlainMessageKey | undefined {
  const length = name.trim().length;
  return length < 2 || length > 200 ? 'form.error.organizationNameLength' : undefined;
}

export function validateSignUp(values: {
  organizationName: string;
  types: readonly string[];
  accessKey: string;
  secretKey: string;
  termsAccepted: boolean;
}) {
  return {
    ...presentErrors({
      organizationName: organizationNameError(values.organizationName),
      types: values.types.length === 0 ? 'form.error.typesRequired' : undefined,
    }),
    ...validateKeys(values),
    ...presentErrors({ termsAccepted: values.termsAccepted ? undefined : 'form.error.termsRequired' }),
  };
}

export function validateAccount(values: {
  email: string;
  firstName: string;
  lastName: string;
  roles: readonly string[];
}) {
  return presentErrors({
    email: emailError(values.email),
    firstName: values.firstName.trim() === '' ? 'form.error.firstNameRequired' : undefined,
    lastName: values.lastName.trim() === '' ? 'form.error.lastNameRequired' : undefined,
    roles: values.roles.length === 0 ? 'form.error.rolesRequired' : undefined,
  });
}

/** A rejection tells the organization why: 5 to 2,000 characters. */
export function rejectionReasonError(reason: string): PlainMessageKey | undefined {
  const length = reason.trim().length;
  return length < 5 || length > 2000 ? 'form.error.reasonLength' : undefined;
}
