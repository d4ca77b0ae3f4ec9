import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from './Field.tsx';
import { PasswordRules } from './PasswordRules.tsx';
import type { Form } from './schema-form.ts';

type Values = { password: string; confirmation: string };

/** A new password typed twice, with the policy's rules checked live under it. */
export function NewPasswordFields<V extends Values>({ form, label }: { form: Form<V>; label?: string }) {
  const { t } = useI18n();
  const rulesId = `${form.idOf('password' as Extract<keyof V, string>)}-rules`;
  return (
    <>
      <TextField
        form={form}
        name={'password' as Extract<keyof V, string>}
        label={label ?? t('password.new')}
        type="password"
        autoComplete="new-password"
        required
        aria-describedby={rulesId}
        after={<PasswordRules id={rulesId} password={form.values.password} />}
      />
      <TextField
        form={form}
        name={'confirmation' as Extract<keyof V, string>}
        label={t('password.confirmation')}
        type="password"
        autoComplete="new-password"
        required
      />
    </>
  );
}
