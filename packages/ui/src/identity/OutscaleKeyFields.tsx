import { REGIONS } from '@marketplace/domain';
import { SelectField } from '../form/Choices.tsx';
import { TextField } from '../form/Field.tsx';
import type { Form } from '../form/schema-form.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { WithCode } from '../pages/WithCode.tsx';

/** The marketplace's public address, which the account's API access rules must allow. */
export const MARKETPLACE_IP = '148.253.98.37/32';

type KeyValues = { region: string; accessKey: string; secretKey: string };

/** Where to find the keys, what the account must allow, and what becomes of the secret. */
export function OutscaleKeysHelp() {
  const { t } = useI18n();
  return (
    <div className="mk-notice mk-notice--info mk-keys-help" data-testid="keys-help">
      <strong>{t('keys.help.title')}</strong>
      <ul>
        <li>{t('keys.help.where')}</li>
        <li>
          <WithCode text={(ip) => t('keys.help.ip', { ip })} code={MARKETPLACE_IP} />
        </li>
        <li>{t('keys.help.encrypted')}</li>
      </ul>
    </div>
  );
}

/** The region and keys of an OUTSCALE account (sign-up, linked accounts). */
export function OutscaleKeyFields<V extends KeyValues>({ form }: { form: Form<V> }) {
  const { t } = useI18n();
  return (
    <>
      <SelectField
        form={form}
        name={'region' as Extract<keyof V, string>}
        label={t('keys.region')}
        hint={t('keys.region.hint')}
        options={REGIONS}
        labelOf={(region) => region}
      />
      <TextField
        form={form}
        name={'accessKey' as Extract<keyof V, string>}
        label={t('keys.accessKey')}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        required
      />
      <TextField
        form={form}
        name={'secretKey' as Extract<keyof V, string>}
        label={t('keys.secretKey')}
        hint={t('keys.secretKey.hint')}
        type="password"
        autoComplete="off"
        spellCheck={false}
        required
      />
    </>
  );
}
