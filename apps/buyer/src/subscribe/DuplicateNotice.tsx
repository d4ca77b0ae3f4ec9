import { identicalInForce, type Region } from '@marketplace/domain';
import { type ApiProblem, formatDate, Link, useI18n, useTRPC } from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';

/**
 * Says, while the buyer chooses, that the chosen offer, region and accounts are already subscribed (the
 * domain's rule, the one the server applies); and after a refused subscription (CONFLICT), links to the
 * subscription the server named.
 */
export function DuplicateNotice({
  productId,
  offerId,
  region,
  accounts,
  startsOn,
  problem,
}: {
  productId: string;
  offerId: string;
  region: Region;
  accounts: string[];
  /** The start date chosen (subscription offers), else today: an ending subscription ends before it. */
  startsOn: string;
  problem: ApiProblem | null;
}) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const mine = useQuery(trpc.subscriptions.forProduct.queryOptions({ productId }));
  const refused = problem?.code === 'CONFLICT' ? problem.details?.subscriptionId : undefined;
  if (refused) {
    return (
      <p data-testid="duplicate-link">
        <Link to="/subscriptions" search={{ subscription: refused }}>
          {t('buy.subscribe.duplicate.see')}
        </Link>
      </p>
    );
  }
  const existing = (mine.data?.items ?? []).map((s) => ({
    ...s,
    offerId: s.offer.id,
    endsAt: s.endsAt ? new Date(s.endsAt) : null,
    createdAt: new Date(s.createdAt),
  }));
  const duplicate =
    accounts.length > 0
      ? identicalInForce(existing, {
          offerId,
          region,
          outscaleAccountIds: accounts,
          activatesAt: new Date(`${startsOn}T00:00:00Z`),
        })
      : null;
  if (!duplicate) return null;
  return (
    <p className="mk-notice mk-notice--info" role="status" data-testid="duplicate-warning">
      {t('buy.subscribe.duplicate', { date: formatDate(duplicate.createdAt.toISOString(), language) })}{' '}
      <Link to="/subscriptions" search={{ subscription: duplicate.id }}>
        {t('buy.subscribe.duplicate.see')}
      </Link>
    </p>
  );
}
