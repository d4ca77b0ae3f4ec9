import { ORGANIZATION_TYPES, type OrganizationType, type Region } from '@marketplace/domain';
import { signUpForm } from '@marketplace/validators';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { CheckboxGroup } from '../form/Choices.tsx';
import { FieldErrorList, TextField } from '../form/Field.tsx';
import { FormProblem } from '../form/FormProblem.tsx';
import { useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { CardPage } from '../pages/layout.tsx';
import { useTRPC } from '../trpc/context.ts';
import { typeLabel } from './labels.ts';
import { OutscaleKeyFields, OutscaleKeysHelp } from './OutscaleKeyFields.tsx';
import { IDENTITY_ROUTES, usePortal } from './portal.tsx';

type SignUpValues = {
  organizationName: string;
  types: OrganizationType[];
  region: Region;
  accessKey: string;
  secretKey: string;
  termsAccepted: boolean;
};

/** Creating an organization and its first admin, proved by the OUTSCALE account's keys. */
export function SignUpPage() {
  const { t, language } = useI18n();
  const portal = usePortal();
  const trpc = useTRPC();
  const signup = useMutation(trpc.auth.signup.mutationOptions());
  const form = useSchemaForm(signUpForm, {
    organizationName: '',
    types: [portal],
    region: 'cloudgouv-eu-west-1',
    accessKey: '',
    secretKey: '',
    termsAccepted: false,
  } satisfies SignUpValues);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (sentTo) doneRef.current?.focus();
  }, [sentTo]);

  const submit = form.submit(async ({ termsAccepted: _accepted, ...values }) => {
    try {
      const result = await signup.mutateAsync({ ...values, language, portal });
      setSentTo(result.emailSentTo);
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  if (sentTo) {
    return (
      <CardPage title={t('signUp.title')}>
        <div className="mk-notice mk-notice--success" data-testid="signup-done">
          <h2 ref={doneRef} tabIndex={-1}>
            {t('signUp.done.title')}
          </h2>
          <p>{t('signUp.done.body', { email: sentTo })}</p>
          <p>{t('signUp.done.validation')}</p>
        </div>
        <p className="mk-form__footer">
          <Link to={IDENTITY_ROUTES.signIn}>{t('signUp.done.signIn')}</Link>
        </p>
      </CardPage>
    );
  }

  const termsErrors = form.errorsOf('termsAccepted');
  return (
    <CardPage title={t('signUp.title')} lead={t('signUp.lead')} wide>
      <form className="mk-form" noValidate onSubmit={submit} aria-busy={signup.isPending}>
        <FormProblem ref={problemRef} problem={form.problem} testId="signup-problem" />
        <TextField
          form={form}
          name="organizationName"
          label={t('signUp.organizationName')}
          autoComplete="organization"
          required
        />
        <CheckboxGroup
          form={form}
          name="types"
          legend={t('signUp.types')}
          hint={t('signUp.types.hint')}
          options={ORGANIZATION_TYPES}
          labelOf={(type) => t(typeLabel(type))}
        />
        <OutscaleKeysHelp />
        <OutscaleKeyFields form={form} />
        <div className="mk-field">
          <label className="mk-choice">
            <input
              ref={form.register('termsAccepted')}
              type="checkbox"
              name="termsAccepted"
              checked={form.values.termsAccepted}
              onChange={(event) => form.setValue('termsAccepted', event.currentTarget.checked)}
              aria-invalid={termsErrors.length > 0 || undefined}
              aria-describedby={termsErrors.length > 0 ? form.errorIdOf('termsAccepted') : undefined}
            />
            <span>{t('signUp.terms')}</span>
          </label>
          <FieldErrorList id={form.errorIdOf('termsAccepted')} errors={termsErrors} />
        </div>
        <button
          className="mk-button mk-button--primary mk-button--block"
          type="submit"
          disabled={signup.isPending}
        >
          {signup.isPending ? t('signUp.submitting') : t('signUp.submit')}
        </button>
        <p className="mk-form__footer">
          {t('signUp.haveAccount')} <Link to={IDENTITY_ROUTES.signIn}>{t('signUp.signIn')}</Link>
        </p>
      </form>
    </CardPage>
  );
}
