import { PASSWORD_RULES, unmetPasswordRules } from '@marketplace/domain';
import { useI18n } from '../i18n/I18nProvider.tsx';

/**
 * The password policy, each rule marked met or not as the person types. Not colour alone: each rule
 * has ✓ or ✗ and its state in words for screen readers.
 */
export function PasswordRules({ id, password }: { id: string; password: string }) {
  const { t } = useI18n();
  const unmet = new Set(unmetPasswordRules(password));
  return (
    <div id={id} className="mk-password-rules" data-testid="password-rules">
      <p className="mk-password-rules__title">{t('password.rules.title')}</p>
      <ul>
        {PASSWORD_RULES.map((rule) => {
          const met = !unmet.has(rule);
          return (
            <li key={rule} data-rule={rule} data-met={met} className={met ? 'is-met' : undefined}>
              <span className="mk-password-rules__mark" aria-hidden="true">
                {met ? '✓' : '✗'}
              </span>
              <span>{t(`password.rule.${rule}`)}</span>
              <span className="mk-visually-hidden">
                {met ? t('password.rules.met') : t('password.rules.unmet')}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
