import { useI18n } from '@marketplace/ui';
import { type FormEvent, useId, useRef, useState } from 'react';
import { type SignInOutcome, useSignIn } from './useSignIn.ts';
import { type SignInErrors, type SignInField, type SignInValues, validateSignIn } from './validate.ts';

type Props = { forgotPasswordHref: string; signUpHref: string };

export function SignInForm({ forgotPasswordHref, signUpHref }: Props) {
  const { t } = useI18n();
  const signIn = useSignIn();
  const ids = { email: useId(), password: useId() };
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  // Errors show after the first attempt, then follow each keystroke so they clear once fixed.
  const [attempted, setAttempted] = useState(false);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<SignInOutcome | null>(null);
  const errors: SignInErrors = attempted ? validateSignIn(values) : {};

  const change = (field: SignInField) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [field]: value }));
    setOutcome(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const found = validateSignIn(values);
    const firstInvalid = (['email', 'password'] as const).find((field) => found[field]);
    if (firstInvalid) {
      inputs[firstInvalid].current?.focus();
      return;
    }
    setPending(true);
    try {
      setOutcome(await signIn(values));
    } finally {
      setPending(false);
    }
  };

  const errorId = (field: SignInField) => `${ids[field]}-error`;
  const fieldError = (field: SignInField) => {
    const key = errors[field];
    return key ? (
      <p id={errorId(field)} className="mk-field__error">
        {t(key)}
      </p>
    ) : null;
  };

  return (
    <form className="sl-form" noValidate onSubmit={submit} aria-busy={pending}>
      <div className="mk-field">
        <label className="mk-label" htmlFor={ids.email}>
          {t('seller.signIn.email')}
        </label>
        <input
          ref={inputs.email}
          id={ids.email}
          className="mk-input"
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          required
          value={values.email}
          onChange={change('email')}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? errorId('email') : undefined}
        />
        {fieldError('email')}
      </div>

      <div className="mk-field">
        <div className="mk-field__row">
          <label className="mk-label" htmlFor={ids.password}>
            {t('seller.signIn.password')}
          </label>
          <a className="sl-form__aside-link" href={forgotPasswordHref}>
            {t('seller.signIn.forgotPassword')}
          </a>
        </div>
        <input
          ref={inputs.password}
          id={ids.password}
          className="mk-input"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={values.password}
          onChange={change('password')}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? errorId('password') : undefined}
        />
        {fieldError('password')}
      </div>

      <button className="mk-button mk-button--primary mk-button--block" type="submit" disabled={pending}>
        {t('seller.signIn.submit')}
      </button>

      <div aria-live="polite">
        {outcome?.kind === 'not_available' && (
          <div className="mk-notice mk-notice--info" data-testid="sign-in-notice">
            <strong>{t('seller.signIn.notAvailableTitle')}</strong>
            <span>{t('seller.signIn.notAvailableBody')}</span>
          </div>
        )}
      </div>

      <p className="sl-form__footer">
        {t('seller.signIn.noAccount')} <a href={signUpHref}>{t('seller.signIn.signUp')}</a>
      </p>
    </form>
  );
}
