import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Me } from './useMe.ts';

/** While the operator has not validated the organization, every page says what that means. */
export function OrganizationBanner({ me }: { me: Me | null | undefined }) {
  const { t } = useI18n();
  const organization = me?.organization;
  if (!organization || organization.state === 'validated') return null;
  if (organization.state === 'pending_validation') {
    return (
      <div
        className="mk-banner mk-banner--warning"
        data-testid="organization-banner"
        data-state="pending_validation"
      >
        <div className="mk-container">
          <strong>{t('banner.pending.title', { name: organization.name })}</strong>{' '}
          <span>{t('banner.pending.body')}</span>
        </div>
      </div>
    );
  }
  return (
    <div className="mk-banner mk-banner--danger" data-testid="organization-banner" data-state="rejected">
      <div className="mk-container">
        <strong>{t('banner.rejected.title', { name: organization.name })}</strong>{' '}
        {organization.rejectionReason && (
          <span>{t('banner.rejected.reason', { reason: organization.rejectionReason })}</span>
        )}{' '}
        <span>{t('banner.rejected.body')}</span>
      </div>
    </div>
  );
}
