import { useI18n } from '@marketplace/ui';
import { textIn } from '../selling/api.ts';
import { day, type Sale } from './api.ts';

const STATE_BADGE: Record<Sale['state'], string> = {
  awaiting_key: 'warning',
  scheduled: 'warning',
  awaiting_contract_holder: 'warning',
  active: 'success',
  ending: 'danger',
  ended: 'danger',
};

/**
 * The second date of a sale, only when it says something the subscription date does not: since when the
 * buyer could use it (a later start, a key allocated later), or when it starts.
 */
function ActivationDate({ sale }: { sale: Sale }) {
  const { t, language } = useI18n();
  const subscribed = day(sale.createdAt, language);
  const date = day(sale.activeSince ?? sale.activatesAt, language);
  if (date === subscribed) return null;
  return (
    <span>
      {sale.activeSince ? t('seller.sales.activeSince', { date }) : t('seller.sales.startsOn', { date })}
    </span>
  );
}

/** One row per sale: what was bought, by whom, where, when, its status and its licence key. */
export function SalesTable({ sales, onKey }: { sales: Sale[]; onKey: (sale: Sale) => void }) {
  const { t, language } = useI18n();
  return (
    <div className="mk-table-wrap">
      <table className="mk-table sp-sales-table" data-testid="sales-table">
        <thead>
          <tr>
            <th scope="col">{t('seller.sales.column.product')}</th>
            <th scope="col">{t('seller.sales.column.buyer')}</th>
            <th scope="col">{t('seller.sales.column.region')}</th>
            <th scope="col">{t('seller.sales.column.accounts')}</th>
            <th scope="col">{t('seller.sales.column.dates')}</th>
            <th scope="col">{t('seller.sales.column.state')}</th>
            <th scope="col">{t('seller.sales.column.key')}</th>
          </tr>
        </thead>
        <tbody>
          {sales.map((sale) => {
            const product = textIn(sale.product.name, language);
            const action =
              sale.keyStatus === 'allocated' ? t('seller.sales.replaceKey') : t('seller.sales.addKey');
            return (
              <tr key={sale.id} data-sale-id={sale.id} data-key-status={sale.keyStatus}>
                <th scope="row">
                  {product}
                  <span className="sp-sales-offer">
                    {textIn(sale.offer.title, language) || t(`seller.offerType.${sale.offer.type}`)}
                  </span>
                </th>
                <td>{sale.buyer.name}</td>
                <td>{sale.region}</td>
                <td>
                  {sale.outscaleAccountIds.map((account) => (
                    <code key={account} className="sp-id">
                      {account}
                    </code>
                  ))}
                </td>
                <td className="sp-sales-dates">
                  <span>{t('seller.sales.subscribedOn', { date: day(sale.createdAt, language) })}</span>
                  <ActivationDate sale={sale} />
                  {sale.endsAt && (
                    <span>{t('seller.sales.endsOn', { date: day(sale.endsAt, language) })}</span>
                  )}
                </td>
                <td>
                  <span className={`mk-badge mk-badge--${STATE_BADGE[sale.state]}`} data-testid="sale-state">
                    {t(`seller.sales.state.${sale.state}`)}
                  </span>
                </td>
                <td>
                  <span
                    className={`mk-badge${sale.keyStatus === 'awaiting' ? ' mk-badge--warning' : ''}`}
                    data-testid="sale-key-status"
                  >
                    {t(`seller.sales.keyStatus.${sale.keyStatus}`)}
                    {sale.key && ` · ${t('seller.sales.keyVersion', { version: sale.key.version })}`}
                  </span>
                  {sale.keyStatus !== 'not_needed' && sale.state !== 'ended' && (
                    <button
                      type="button"
                      className={`mk-button mk-button--small ${sale.keyStatus === 'awaiting' ? 'mk-button--primary' : 'mk-button--secondary'}`}
                      aria-label={t('seller.sales.keyActionFor', { action, buyer: sale.buyer.name, product })}
                      onClick={() => onKey(sale)}
                    >
                      {action}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
