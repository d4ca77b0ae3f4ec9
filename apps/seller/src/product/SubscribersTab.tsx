import { formatDate, Loading, useI18n, useTRPC } from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';
import { textIn } from '../selling/api.ts';

/** Who subscribed to the product: organization, offer, region, since when. */
export function SubscribersTab({ productId }: { productId: string }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const subscribers = useQuery(trpc.products.subscribers.queryOptions({ id: productId }));
  if (!subscribers.data) return <Loading />;
  if (subscribers.data.length === 0) return <p className="mk-muted">{t('seller.subscribers.none')}</p>;
  return (
    <div className="mk-table-wrap">
      <p>{t('seller.subscribers.lead')}</p>
      <table className="mk-table" data-testid="subscribers-table">
        <thead>
          <tr>
            <th scope="col">{t('seller.subscribers.column.organization')}</th>
            <th scope="col">{t('seller.subscribers.column.offer')}</th>
            <th scope="col">{t('seller.subscribers.column.region')}</th>
            <th scope="col">{t('seller.subscribers.column.state')}</th>
            <th scope="col">{t('seller.subscribers.column.since')}</th>
            <th scope="col">{t('seller.subscribers.column.subscribedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {subscribers.data.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.organization.name}</th>
              <td>{textIn(s.offer.title, language)}</td>
              <td>{s.region}</td>
              <td>{t(`seller.subscribers.state.${s.state}`)}</td>
              <td>{formatDate(s.since, language)}</td>
              <td>{formatDate(s.subscribedAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
