import { categoryLabel } from '@marketplace/domain';
import {
  ContentPage,
  formatDate,
  Link,
  Loading,
  MessagePage,
  ResponsiveTable,
  Section,
  useI18n,
  useTRPC,
} from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';
import type { ProductPage as Product } from '../buying/api.ts';
import { AlreadySubscribed } from './AlreadySubscribed.tsx';
import { EstimatePanel } from './EstimatePanel.tsx';
import { OfferTerms } from './OfferTerms.tsx';
import { ProductLogo } from './ProductLogo.tsx';
import { RecommendedVms } from './RecommendedVms.tsx';
import { DocumentationAndLicence } from './Resources.tsx';

export function ProductPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const product = useQuery({ ...trpc.catalog.product.queryOptions({ id, language }), retry: false });
  if (product.isError) {
    return (
      <MessagePage
        testId="product-not-found"
        title={t('buy.product.notFound.title')}
        body={product.error.message}
      />
    );
  }
  if (!product.data) return <Loading />;
  return <ProductDetails product={product.data} />;
}

function ProductDetails({ product }: { product: Product }) {
  const { t, language } = useI18n();
  const omi = product.kind === 'omi';
  return (
    <ContentPage
      title={product.name}
      lead={
        <>
          {product.shortDescription}{' '}
          <span className="bp-product__seller">
            {t('buy.product.soldBy')}{' '}
            {product.seller.showcase ? (
              <Link to="/sellers/$id" params={{ id: product.seller.id }} data-testid="seller-link">
                {product.seller.name}
              </Link>
            ) : (
              product.seller.name
            )}
          </span>
        </>
      }
    >
      <div className="bp-product">
        <div className="bp-product__main">
          <div className="bp-product__head">
            <ProductLogo name={product.name} url={product.logoUrl} large />
            <ul className="bp-tags" aria-label={t('buy.card.offers')}>
              <li className="mk-badge">{t(`buy.kind.${product.kind}`)}</li>
              {product.regions.map((region) => (
                <li key={region} className="mk-badge">
                  {region}
                </li>
              ))}
            </ul>
            {product.categories.length > 0 && (
              <ul className="bp-tags" aria-label={t('buy.product.categories')} data-testid="categories">
                {product.categories.map((category) => (
                  <li key={category}>
                    <Link className="mk-chip" to="/catalog" search={{ category: [category] }}>
                      {categoryLabel(category, language)}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <p className="mk-actions">
              {omi ? (
                <Link
                  className="mk-button mk-button--primary"
                  to="/products/$id/subscribe"
                  params={{ id: product.id }}
                >
                  {t('buy.product.subscribe')}
                </Link>
              ) : (
                product.externalUrl && (
                  <a
                    className="mk-button mk-button--primary"
                    href={product.externalUrl}
                    rel="noopener noreferrer"
                  >
                    {t('buy.product.subscribeExternal')}
                  </a>
                )
              )}
            </p>
          </div>
          {omi && <AlreadySubscribed productId={product.id} />}

          <Section title={t('buy.product.about')}>
            <p className="bp-prose">{product.description}</p>
            {product.screenshotUrls.length > 0 && (
              <ul className="bp-screenshots">
                {product.screenshotUrls.map((url, index) => (
                  <li key={url}>
                    <a href={url}>
                      <img
                        src={url}
                        alt={t('buy.product.screenshot', { number: index + 1 })}
                        loading="lazy"
                      />
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Section>

          {product.offers.length > 0 && (
            <Section title={t('buy.product.offers')} testId="offers">
              {product.offers.map((offer) => (
                <div key={offer.id} className="bp-offer">
                  <h3 className="bp-offer__title">
                    {offer.title || t(`buy.offerType.${offer.type}`)}{' '}
                    <span className="mk-badge mk-badge--success">{t(`buy.offerType.${offer.type}`)}</span>
                  </h3>
                  {offer.description && <p className="bp-offer__description">{offer.description}</p>}
                  <OfferTerms offer={offer} />
                  <RecommendedVms vms={offer.recommendedVms} />
                </div>
              ))}
            </Section>
          )}

          {omi && product.offers.length > 0 && <EstimatePanel product={product} />}

          {omi && (
            <Section title={t('buy.product.versions')} testId="versions">
              <div className="mk-table-wrap">
                <ResponsiveTable>
                  <thead>
                    <tr>
                      <th scope="col">{t('buy.product.version')}</th>
                      <th scope="col">{t('buy.product.regions')}</th>
                      <th scope="col">{t('buy.product.published')}</th>
                      <th scope="col">{t('buy.product.notes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {product.versions.map((version) => (
                      <tr key={version.name}>
                        <th scope="row">{version.name}</th>
                        <td>{version.regions.join(', ')}</td>
                        <td>{version.publishedAt ? formatDate(version.publishedAt, language) : '—'}</td>
                        <td className="bp-prose">{version.releaseNotes}</td>
                      </tr>
                    ))}
                  </tbody>
                </ResponsiveTable>
              </div>
            </Section>
          )}
        </div>

        <aside className="bp-product__aside" aria-label={t('buy.product.resources')}>
          <div className="mk-card bp-facts">
            <h2>{t('buy.product.resources')}</h2>
            <dl>
              {product.operatingSystem && (
                <>
                  <dt>{t('buy.product.os')}</dt>
                  <dd>{product.operatingSystem}</dd>
                </>
              )}
              {product.architecture && (
                <>
                  <dt>{t('buy.product.architecture')}</dt>
                  <dd>{product.architecture}</dd>
                </>
              )}
              {product.recommendedVmTypes.length > 0 && (
                <>
                  <dt>{t('buy.product.vmTypes')}</dt>
                  <dd>{product.recommendedVmTypes.join(', ')}</dd>
                </>
              )}
              <dt>{t('buy.product.support')}</dt>
              <dd data-testid="support-contact">{product.supportContact}</dd>
              <DocumentationAndLicence
                documentationUrl={product.documentationUrl}
                licence={product.licence}
                productName={product.name}
              />
              {product.productCode && (
                <>
                  <dt>{t('buy.product.productCode')}</dt>
                  <dd>
                    <code>{product.productCode}</code>
                  </dd>
                </>
              )}
            </dl>
          </div>
        </aside>
      </div>
    </ContentPage>
  );
}
