import { changePasswordForm } from '@marketplace/validators';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { TextField } from '../form/Field.tsx';
import { FormProblem } from '../form/FormProblem.tsx';
import { NewPasswordFields } from '../form/NewPasswordFields.tsx';
import { useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useTRPC } from '../trpc/context.ts';

/** Changing the password signs the account out everywhere else; the page says so before and after. */
export function ChangePasswordForm() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const change = useMutation(trpc.auth.changePassword.mutationOptions());
  const form = useSchemaForm(changePasswordForm, { currentPassword: '', password: '', confirmation: '' });
  const [changed, setChanged] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);

  const submit = form.submit(async (values) => {
    setChanged(false);
    try {
      await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.password });
      form.reset();
      setChanged(true);
    } catch (error) {
      form.fail(error, { newPassword: 'password' });
      problemRef.current?.focus();
    }
  });

  return (
    <form className="mk-form mk-form--narrow" noValidate onSubmit={submit} aria-busy={change.isPending}>
      <FormProblem ref={problemRef} problem={form.problem} />
      <div role="status">
        {changed && (
          <p className="mk-notice mk-notice--success" data-testid="password-changed">
            {t('profile.password.changed')}
          </p>
        )}
      </div>
      <TextField
        form={form}
        name="currentPassword"
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        required
      />
      <NewPasswordFields form={form} />
      <button className="mk-button mk-button--primary" type="submit" disabled={change.isPending}>
        {t('profile.password.submit')}
      </button>
    </form>
  );
}
