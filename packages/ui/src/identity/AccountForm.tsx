import { ROLES, type Role } from '@marketplace/domain';
import { accountForm } from '@marketplace/validators';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { CheckboxGroup } from '../form/Choices.tsx';
import { TextField } from '../form/Field.tsx';
import { FormProblem } from '../form/FormProblem.tsx';
import { useSchemaForm } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useTRPC } from '../trpc/context.ts';
import type { MarketplaceAccount } from './AccountsPage.tsx';
import { roleLabel } from './labels.ts';

type Values = { email: string; firstName: string; lastName: string; roles: Role[] };

/** Creates an account (an e-mail with a set-password link goes out), or edits one's names and roles. */
export function AccountForm({
  account,
  onDone,
}: {
  account?: MarketplaceAccount;
  onDone: (message: string | null) => void | Promise<void>;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const create = useMutation(trpc.accounts.create.mutationOptions());
  const update = useMutation(trpc.accounts.update.mutationOptions());
  const initial: Values = account
    ? {
        email: account.email,
        firstName: account.firstName,
        lastName: account.lastName,
        roles: [...account.roles],
      }
    : { email: '', firstName: '', lastName: '', roles: ['user'] };
  const form = useSchemaForm(accountForm, initial);
  const problemRef = useRef<HTMLDivElement>(null);
  const pending = create.isPending || update.isPending;

  const submit = form.submit(async ({ email, firstName, lastName, roles }) => {
    try {
      if (account) {
        await update.mutateAsync({ id: account.id, firstName, lastName, roles });
        await onDone(t('accounts.updated', { email: account.email }));
      } else {
        await create.mutateAsync({ email, firstName, lastName, roles });
        form.reset();
        await onDone(t('accounts.created', { email }));
      }
    } catch (error) {
      form.fail(error);
      problemRef.current?.focus();
    }
  });

  return (
    <form className="mk-form" noValidate onSubmit={submit} aria-busy={pending}>
      <FormProblem ref={problemRef} problem={form.problem} />
      <div className="mk-form__grid">
        <TextField form={form} name="firstName" label={t('accounts.firstName')} autoComplete="off" required />
        <TextField form={form} name="lastName" label={t('accounts.lastName')} autoComplete="off" required />
      </div>
      {!account && (
        <TextField
          form={form}
          name="email"
          label={t('accounts.email')}
          type="email"
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          required
        />
      )}
      <CheckboxGroup
        form={form}
        name="roles"
        legend={t('accounts.roles')}
        hint={t('accounts.roles.hint')}
        options={ROLES}
        labelOf={(role) => t(roleLabel(role))}
      />
      <div className="mk-actions">
        <button className="mk-button mk-button--primary" type="submit" disabled={pending}>
          {account ? t('common.save') : t('accounts.create.submit')}
        </button>
        {account && (
          <button className="mk-button mk-button--secondary" type="button" onClick={() => onDone(null)}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
