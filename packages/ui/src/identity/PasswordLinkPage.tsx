import { authSetPasswordInput, newPasswordForm } from '@marketplace/validators';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { FormProblem } from '../form/FormProblem.tsx';
import { NewPasswordFields } from '../form/NewPasswordFields.tsx';
import { useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CardPage } from '../pages/layout.tsx';
import { useTRPC } from '../trpc/context.ts';
import { IDENTITY_ROUTES } from './portal.tsx';

/**
 * Where the e-mailed links land: `set-password` (a new account, 24 hours) and `reset-password`
 * ("Forgot password?", 5 minutes). Both take the token from the address and a new password.
 */
export function PasswordLinkPage({ purpose }: { purpose: 'set' | 'reset' }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const { token = '' } = useSearch({ strict: false });
  const setPassword = useMutation(trpc.auth.setPassword.mutationOptions());
  const resetPassword = useMutation(trpc.auth.resetPassword.mutationOptions());
  const mutation = purpose === 'set' ? setPassword : resetPassword;
  const form = useSchemaForm(newPasswordForm, { password: '', confirmation: '' });
  const [done, setDone] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const title = purpose === 'set' ? t('passwordLink.set.title') : t('passwordLink.reset.title');

  // A link without a token the server could take: said at once, before a password is typed.
  if (!authSetPasswordInput.shape.token.safeParse(token).success) {
    return (
      <CardPage title={title}>
        <InvalidLink message={t('passwordLink.missingToken')} />
      </CardPage>
    );
  }

  if (done) {
    return (
      <CardPage title={title}>
        <div className="mk-notice mk-notice--success" data-testid="password-set">
          <h2 ref={doneRef} tabIndex={-1}>
            {t('passwordLink.done.title')}
          </h2>
          <p>{t('passwordLink.done.body')}</p>
        </div>
        <p>
          <Link className="mk-button mk-button--primary mk-button--block" to={IDENTITY_ROUTES.signIn}>
            {t('passwordLink.done.signIn')}
          </Link>
        </p>
      </CardPage>
    );
  }

  const submit = form.submit(async (values) => {
    try {
      await mutation.mutateAsync({ token, password: values.password });
      setDone(true);
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  // An expired or used link is not a field error: say it, and offer a new link.
  const linkRefused =
    form.problem?.code === 'BAD_REQUEST' && Object.keys(form.problem.fieldErrors).length === 0;
  return (
    <CardPage
      title={title}
      lead={purpose === 'set' ? t('passwordLink.set.lead') : t('passwordLink.reset.lead')}
    >
      <form className="mk-form" noValidate onSubmit={submit} aria-busy={mutation.isPending}>
        <FormProblem ref={problemRef} problem={form.problem} />
        {linkRefused && (
          <p data-testid="ask-new-link">
            <Link to={IDENTITY_ROUTES.forgotPassword}>{t('signIn.forgotPassword')}</Link>
          </p>
        )}
        <NewPasswordFields form={form} />
        <button
          className="mk-button mk-button--primary mk-button--block"
          type="submit"
          disabled={mutation.isPending}
        >
          {t('passwordLink.submit')}
        </button>
      </form>
    </CardPage>
  );
}

function InvalidLink({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <div className="mk-notice mk-notice--error" role="alert">
      <strong>{message}</strong>
      <Link to={IDENTITY_ROUTES.forgotPassword}>{t('signIn.forgotPassword')}</Link>
    </div>
  );
}
