import { imageVisibility } from '@marketplace/domain';
import { formatDate, useI18n } from '@marketplace/ui';
import type { MySubscription } from '../buying/api.ts';

/** Where the sharing of the OMIs with the chosen accounts stands. */
export function SharingStatus({ subscription }: { subscription: MySubscription }) {
  const { t, language } = useI18n();
  if (subscription.state === 'scheduled') {
    return (
      <p className="mk-badge mk-badge--warning bp-status" data-testid="sharing-state" data-state="scheduled">
        {t('buy.sharing.scheduled', { date: formatDate(subscription.activatesAt, language) })}
      </p>
    );
  }
  // Ended: its private OMIs' launch permissions are removed (public ones stay open to anyone).
  if (subscription.state === 'ended' && imageVisibility([subscription.offer.type]) === 'private') {
    return (
      <p className="mk-badge bp-status" data-testid="sharing-state" data-state="revoked">
        {t('buy.sharing.revoked')}
      </p>
    );
  }
  if (subscription.state === 'awaiting_key') {
    return (
      <p
        className="mk-badge mk-badge--warning bp-status"
        data-testid="sharing-state"
        data-state="awaiting_key"
      >
        {t('buy.sharing.awaitingKey')}
      </p>
    );
  }
  const job = subscription.sharing;
  if (!job) {
    return (
      <p className="mk-badge mk-badge--success bp-status" data-testid="sharing-state" data-state="public">
        {t('buy.sharing.public')}
      </p>
    );
  }
  const tone =
    job.state === 'done'
      ? 'success'
      : job.state === 'failed' || job.state === 'cancelled'
        ? 'danger'
        : 'warning';
  return (
    <p
      className={`mk-badge mk-badge--${tone} bp-status`}
      data-testid="sharing-state"
      data-state={job.state}
      role="status"
    >
      {t(`buy.sharing.${job.state}`, { attempts: job.attempts, limit: job.retryLimit + 1 })}
    </p>
  );
}
