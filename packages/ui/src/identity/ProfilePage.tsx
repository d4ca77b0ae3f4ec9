import { useI18n } from '../i18n/I18nProvider.tsx';
import { ContentPage, Section } from '../pages/layout.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { roleLabel } from './labels.ts';
import { RequireAccount } from './RequireAccount.tsx';
import { TwoFactorSection } from './TwoFactorSection.tsx';
import { displayName } from './useMe.ts';

/** The signed-in person's own settings: who they are, their password, their second factor. */
export function ProfilePage() {
  const { t } = useI18n();
  return (
    <RequireAccount audience="signedIn">
      {(me) => (
        <ContentPage title={t('profile.title')} lead={t('profile.lead')}>
          <Section title={t('profile.account')}>
            <dl className="mk-details">
              <div>
                <dt>{t('profile.name')}</dt>
                <dd>{displayName(me)}</dd>
              </div>
              <div>
                <dt>{t('profile.email')}</dt>
                <dd>{me.account.email}</dd>
              </div>
              <div>
                <dt>{t('profile.roles')}</dt>
                <dd>
                  {me.account.operator
                    ? t('role.operator')
                    : me.account.roles.map((role) => t(roleLabel(role))).join(', ')}
                </dd>
              </div>
            </dl>
          </Section>
          <Section title={t('profile.password')} lead={t('profile.password.lead')} testId="change-password">
            <ChangePasswordForm />
          </Section>
          <Section title={t('totp.title')} lead={t('totp.lead')} testId="two-factor">
            <TwoFactorSection enabled={me.account.totpEnabled} />
          </Section>
        </ContentPage>
      )}
    </RequireAccount>
  );
}
