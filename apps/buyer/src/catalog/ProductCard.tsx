import { Link, useI18n } from '@marketplace/ui';
import type { CatalogItem } from '../buying/api.ts';
import { ProductLogo } from '../product/ProductLogo.tsx';

/** A product in the results: who sells it, how it is priced, and its latest version per region. */
export function ProductCard({ item }: { item: CatalogItem }) {
  const { t } = useI18n();
  return (
    <article className="bp-card" data-testid="product-card" data-product-id={item.id}>
      <ProductLogo name={item.name} url={item.logoUrl} />
      <div className="bp-card__body">
        <h3 className="bp-card__title">
          <Link to="/products/$id" params={{ id: item.id }}>
            {item.name}
          </Link>
        </h3>
        <p className="bp-card__seller">{t('buy.card.by', { seller: item.sellerName })}</p>
        <p className="bp-card__summary">{item.shortDescription}</p>
        <ul className="bp-tags" aria-label={t('buy.card.offers')}>
          <li className="mk-badge">{t(`buy.kind.${item.kind}`)}</li>
          {item.offerTypes.map((type) => (
            <li key={type} className="mk-badge mk-badge--success">
              {t(`buy.offerType.${type}`)}
            </li>
          ))}
        </ul>
        {item.latestVersions.length > 0 && (
          <p className="bp-card__versions">
            {item.latestVersions
              .map((v) => t('buy.card.version', { version: v.version, region: v.region }))
              .join(' · ')}
          </p>
        )}
      </div>
    </article>
  );
}
