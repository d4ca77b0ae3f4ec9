import { formatMoney, ResponsiveTable, useI18n } from '@marketplace/ui';
import type { ProductOffer } from '../buying/api.ts';

/** An offer's terms as a buyer reads them: rates per VM type, the licence page, the subscription. */
export function OfferTerms({ offer }: { offer: ProductOffer }) {
  const { t, language } = useI18n();
  switch (offer.type) {
    case 'hourly':
      return (
        <div className="mk-table-wrap">
          <ResponsiveTable className="bp-rates">
            <caption className="mk-visually-hidden">
              {t('buy.offer.ratesCaption', { offer: offer.title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('buy.offer.vmType')}</th>
                <th scope="col">{t('buy.offer.onDemand')}</th>
                <th scope="col">{t('buy.offer.oneYear')}</th>
              </tr>
            </thead>
            <tbody>
              {('prices' in offer ? offer.prices : []).map((price) => (
                <tr key={price.vmType}>
                  <th scope="row">
                    <code>{price.vmType}</code>
                  </th>
                  <td>{t('buy.offer.perHour', { price: formatMoney(price.onDemandPerHour, language) })}</td>
                  <td>
                    {price.oneYearPerHour
                      ? t('buy.offer.perHour', { price: formatMoney(price.oneYearPerHour, language) })
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </ResponsiveTable>
        </div>
      );
    case 'free':
      return <p>{t('buy.offer.freeTerms')}</p>;
    case 'byol':
      return (
        <p>
          {t('buy.offer.byolTerms')}{' '}
          {'licenceUrl' in offer && (
            <a href={offer.licenceUrl} rel="noopener noreferrer" target="_blank">
              {t('buy.offer.byolLink')}
            </a>
          )}
        </p>
      );
    case 'subscription':
      return 'price' in offer ? (
        <p>
          {t('buy.offer.subscriptionTerms', {
            price: formatMoney(offer.price, language),
            months: offer.commitmentMonths,
            frequency: t(`buy.billing.${offer.billingFrequency}`),
          })}
        </p>
      ) : null;
    default:
      return null;
  }
}
