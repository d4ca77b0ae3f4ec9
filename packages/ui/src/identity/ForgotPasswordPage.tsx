import { forgotPasswordForm } from '@marketplace/validators';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { TextField } from '../form/Field.tsx';
import { FormProblem } from '../form/FormProblem.tsx';
import { useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CardPage } from '../pages/layout.tsx';
import { useTRPC } from '../trpc/context.ts';
import { IDENTITY_ROUTES, usePortal } from './portal.tsx';

/** "Forgot password?": the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useI18n();
  const portal = usePortal();
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const form = useSchemaForm(forgotPasswordForm, { email: '' });
  const [sent, setSent] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (sent) doneRef.current?.focus();
  }, [sent]);

  const submit = form.submit(async (values) => {
    try {
      await request.mutateAsync({ email: values.email, portal });
      setSent(true);
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  return (
    <CardPage title={t('forgot.title')} lead={sent ? undefined : t('forgot.lead')}>
      {sent ? (
        <div className="mk-notice mk-notice--success" data-testid="reset-requested">
          <h2 ref={doneRef} tabIndex={-1}>
            {t('forgot.sent.title')}
          </h2>
          <p>{t('forgot.sent.body')}</p>
        </div>
      ) : (
        <form className="mk-form" noValidate onSubmit={submit} aria-busy={request.isPending}>
          <FormProblem ref={problemRef} problem={form.problem} />
          <TextField
            form={form}
            name="email"
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            required
          />
          <button
            className="mk-button mk-button--primary mk-button--block"
            type="submit"
            disabled={request.isPending}
          >
            {t('forgot.submit')}
          </button>
        </form>
      )}
      <p className="mk-form__footer">
        <Link to={IDENTITY_ROUTES.signIn}>{t('forgot.backToSignIn')}</Link>
      </p>
    </CardPage>
  );
}
