import type { PlainMessageKey } from '@marketplace/ui';

export type SignInValues = { email: string; password: string };
export type SignInField = keyof SignInValues;
export type SignInErrors = Partial<Record<SignInField, PlainMessageKey>>;

// The shape only (something@domain.tld): whether the address exists is the server's answer.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Instant feedback before anything is sent; the server stays the authority. */
export function validateSignIn(values: SignInValues): SignInErrors {
  const errors: SignInErrors = {};
  const email = values.email.trim();
  if (email === '') errors.email = 'seller.signIn.error.emailRequired';
  else if (!EMAIL_SHAPE.test(email)) errors.email = 'seller.signIn.error.emailInvalid';
  if (values.password === '') errors.password = 'seller.signIn.error.passwordRequired';
  return errors;
}
