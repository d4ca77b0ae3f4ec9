import { ContentPage, Link, Loading, MessagePage, Section, useI18n, useTRPC } from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';
import { ProductLogo } from '../product/ProductLogo.tsx';

/** A seller's storefront: who they are, how to reach them, and their products in the catalog. */
export function SellerShowcasePage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const showcase = useQuery({ ...trpc.catalog.showcase.queryOptions({ id, language }), retry: false });
  if (showcase.isError) {
    return (
      <MessagePage
        testId="showcase-not-found"
        title={t('buy.showcase.notFound')}
        body={showcase.error.message}
      />
    );
  }
  if (!showcase.data) return <Loading />;
  const s = showcase.data;
  return (
    <ContentPage title={s.companyName} lead={s.shortDescription}>
      <div className="bp-product">
        <div className="bp-product__main">
          <Section title={t('buy.showcase.about')}>
            <div className="bp-product__head">
              <ProductLogo name={s.companyName} url={s.logoUrl} large />
            </div>
            <p className="bp-prose">{s.description}</p>
          </Section>
          <Section title={t('buy.showcase.products')} testId="showcase-products">
            {s.products.length === 0 ? (
              <p className="mk-muted">{t('buy.showcase.noProducts')}</p>
            ) : (
              <ul className="bp-cards">
                {s.products.map((product) => (
                  <li key={product.id}>
                    <article className="bp-card">
                      <ProductLogo name={product.name} url={null} />
                      <div className="bp-card__body">
                        <h3 className="bp-card__title">
                          <Link to="/products/$id" params={{ id: product.id }}>
                            {product.name}
                          </Link>
                        </h3>
                        <p className="bp-card__summary">{product.shortDescription}</p>
                        <span className="mk-badge">{t(`buy.kind.${product.kind}`)}</span>
                      </div>
                    </article>
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </div>
        <aside className="bp-product__aside" aria-label={t('buy.showcase.contact')}>
          <div className="mk-card bp-facts">
            <h2>{t('buy.showcase.contact')}</h2>
            <dl>
              <dt>{t('buy.showcase.email')}</dt>
              <dd>
                <a href={`mailto:${s.contactEmail}`}>{s.contactEmail}</a>
              </dd>
              <dt>{t('buy.product.support')}</dt>
              <dd>{s.supportContact}</dd>
              {s.website && (
                <>
                  <dt>{t('buy.showcase.website')}</dt>
                  <dd>
                    <a href={s.website} rel="noopener noreferrer">
                      {s.website.replace(/^https?:\/\//, '')}
                    </a>
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
