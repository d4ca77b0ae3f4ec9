import { Link, useI18n, useMe, useTRPC } from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';

/**
 * On a product page, for a buyer's user: the organization's subscriptions in force to this product, so
 * that nobody subscribes twice by mistake (subscribing again is for other accounts or another region).
 */
export function AlreadySubscribed({ productId }: { productId: string }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const me = useMe();
  const buyer =
    Boolean(me.data?.organization?.types.includes('buyer')) &&
    Boolean(me.data?.account.roles.includes('user'));
  const mine = useQuery({
    ...trpc.subscriptions.forProduct.queryOptions({ productId }),
    enabled: buyer,
  });
  const items = mine.data?.items ?? [];
  if (!buyer || items.length === 0) return null;
  return (
    <div className="mk-notice mk-notice--info bp-already" data-testid="already-subscribed">
      <p>
        <strong>{t('buy.already.title')}</strong>
      </p>
      <ul>
        {items.map((s) => (
          <li key={s.id} data-subscription-id={s.id}>
            {t('buy.already.item', {
              offer: s.offer.title[language] || t(`buy.offerType.${s.offer.type}`),
              region: s.region,
              accounts: s.outscaleAccountIds.join(', '),
            })}{' '}
            <span className="mk-badge">{t(`buy.state.${s.state}`)}</span>
          </li>
        ))}
      </ul>
      {mine.data?.nextCursor && <p>{t('buy.already.more')}</p>}
      <p>
        {t('buy.already.hint')} <Link to="/subscriptions">{t('buy.already.see')}</Link>
      </p>
    </div>
  );
}
