import { signInForm, totpForm } from '@marketplace/validators';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { TextField } from '../form/Field.tsx';
import { FormProblem } from '../form/FormProblem.tsx';
import { useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { portalHref, returnPath } from '../router/paths.ts';
import { useTRPC } from '../trpc/context.ts';
import { IDENTITY_ROUTES, PORTAL_BASE, usePortal } from './portal.tsx';
import { useMe, useSessionChanged } from './useMe.ts';

/**
 * Sign-in in two steps when the account has two-factor authentication: e-mail and password, then
 * the code from the authenticator app (the same e-mail and password are sent again with it).
 */
export function SignInForm() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { next } = useSearch({ strict: false });
  const portal = usePortal();
  const sessionChanged = useSessionChanged();
  const me = useMe();
  const login = useMutation(trpc.auth.login.mutationOptions());
  const [step, setStep] = useState<'credentials' | 'totp'>('credentials');
  const credentials = useSchemaForm(signInForm, { email: '', password: '' });
  const code = useSchemaForm(totpForm, { code: '' });
  const sent = useRef<{ email: string; password: string } | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const codeHeading = useRef<HTMLHeadingElement>(null);

  // A new step: its heading takes the focus, so the change is announced and typing goes on there.
  useEffect(() => {
    if (step === 'totp') codeHeading.current?.focus();
  }, [step]);

  const signIn = async (totp?: string) => {
    if (!sent.current) return;
    const result = await login.mutateAsync({ ...sent.current, ...(totp ? { totp } : {}) });
    if (result.status === 'totp_required') {
      setStep('totp');
      return;
    }
    await sessionChanged();
    // `next` is a path of this portal, with its own query (`/set-password?token=…`).
    await navigate({ href: portalHref(returnPath(next), PORTAL_BASE[portal]) });
  };

  const submitCredentials = credentials.submit(async (values) => {
    sent.current = values;
    try {
      await signIn();
    } catch (error) {
      credentials.fail(error);
      problemRef.current?.focus();
    }
  });

  const submitCode = code.submit(async (values) => {
    try {
      await signIn(values.code);
    } catch (error) {
      code.fail(error, { totp: 'code' });
      code.setValue('code', '');
      problemRef.current?.focus();
    }
  });

  // Signed in already (another tab, or back to this page): say so instead of asking again.
  if (me.data && !login.isPending && step === 'credentials') {
    return (
      <div className="mk-notice mk-notice--info" data-testid="already-signed-in">
        <strong>{t('signIn.already', { email: me.data.account.email })}</strong>
        <Link to="/">{t('common.backHome')}</Link>
      </div>
    );
  }

  if (step === 'totp') {
    return (
      <form
        className="mk-form"
        noValidate
        onSubmit={submitCode}
        aria-busy={login.isPending}
        data-testid="totp-step"
      >
        <h2 ref={codeHeading} tabIndex={-1} className="mk-form__step-title">
          {t('signIn.totp.title')}
        </h2>
        <p className="mk-form__help">{t('signIn.totp.lead')}</p>
        <FormProblem ref={problemRef} problem={code.problem} />
        <TextField
          form={code}
          name="code"
          label={t('signIn.totp.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          required
        />
        <button
          className="mk-button mk-button--primary mk-button--block"
          type="submit"
          disabled={login.isPending}
        >
          {t('signIn.totp.submit')}
        </button>
        <button
          className="mk-button mk-button--secondary mk-button--block"
          type="button"
          onClick={() => {
            code.reset();
            setStep('credentials');
          }}
        >
          {t('signIn.totp.back')}
        </button>
      </form>
    );
  }

  return (
    <form className="mk-form" noValidate onSubmit={submitCredentials} aria-busy={login.isPending}>
      <FormProblem ref={problemRef} problem={credentials.problem} />
      <TextField
        form={credentials}
        name="email"
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        required
      />
      <TextField
        form={credentials}
        name="password"
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        required
        aside={
          <Link className="mk-form__aside-link" to={IDENTITY_ROUTES.forgotPassword}>
            {t('signIn.forgotPassword')}
          </Link>
        }
      />
      <button
        className="mk-button mk-button--primary mk-button--block"
        type="submit"
        disabled={login.isPending}
      >
        {t('signIn.submit')}
      </button>
      <p className="mk-form__footer">
        {t('signIn.noAccount')} <Link to={IDENTITY_ROUTES.signUp}>{t('signIn.signUp')}</Link>
      </p>
    </form>
  );
}
