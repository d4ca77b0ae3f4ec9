import { formatDate, Loading, nextCursor, pagedItems, ShowMore, useI18n, useTRPC } from '@marketplace/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { textIn } from '../selling/api.ts';

/**
 * Who subscribed to the product: organization, offer, region, when they subscribed and since when they
 * could use it (the activation date come and, for subscription offers, the key allocated); the newest first, a page at a time. */
export function SubscribersTab({ productId }: { productId: string }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.products.subscribers.infiniteQueryOptions({ id: productId }, { getNextPageParam: nextCursor }),
  );
  const subscribers = pagedItems(list.data);
  if (!subscribers) return <Loading shape="table" />;
  if (subscribers.length === 0) return <p className="mk-muted">{t('seller.subscribers.none')}</p>;
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
            <th scope="col">{t('seller.subscribers.column.subscribedAt')}</th>
            <th scope="col">{t('seller.subscribers.column.activeSince')}</th>
          </tr>
        </thead>
        <tbody>
          {subscribers.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.organization.name}</th>
              <td>{textIn(s.offer.title, language)}</td>
              <td>{s.region}</td>
              <td>{t(`seller.subscribers.state.${s.state}`)}</td>
              <td>{formatDate(s.subscribedAt, language)}</td>
              <td>
                {s.activeSince
                  ? formatDate(s.activeSince, language)
                  : s.state === 'scheduled'
                    ? t('seller.subscribers.startsOn', { date: formatDate(s.since, language) })
                    : t('seller.subscribers.notActive')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore list={list} />
    </div>
  );
}
