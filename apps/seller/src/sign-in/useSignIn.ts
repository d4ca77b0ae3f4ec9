import { useCallback } from 'react';
import type { SignInValues } from './validate.ts';

export type SignInOutcome = { kind: 'not_available' };

/**
 * What happens when valid credentials are submitted. Until the accounts release there is no
 * `auth.login` procedure, so it answers "not available"; the next issue replaces this hook's body
 * with the `auth.login` mutation (and adds the outcomes it needs), and nothing else in the form.
 */
export function useSignIn(): (values: SignInValues) => Promise<SignInOutcome> {
  return useCallback(async (_values: SignInValues) => ({ kind: 'not_available' }), []);
}
