import type { ProductState } from '@marketplace/domain';
import {
  ContentPage,
  formatDate,
  Link,
  Loading,
  nextCursor,
  pagedItems,
  Section,
  ShowMore,
  useI18n,
  useTRPC,
} from '@marketplace/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { textIn } from '../selling/api.ts';
import { RequireSeller } from '../selling/RequireSeller.tsx';
import { ProductStateBadge } from './ProductStateBadge.tsx';

export function ProductsPage() {
  return <RequireSeller>{() => <Products />}</RequireSeller>;
}

/** "My products": name, kind, status, versions, product code and last update (no raw ID), the newest first, a page at a time. */
function Products() {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.products.list.infiniteQueryOptions({}, { getNextPageParam: nextCursor }),
  );
  const products = pagedItems(list.data);
  return (
    <ContentPage title={t('seller.products.title')} lead={t('seller.products.lead')}>
      <p>
        <Link className="mk-button mk-button--primary" to="/products/new">
          {t('seller.products.new')}
        </Link>
      </p>
      <Section title={t('seller.products.title')}>
        {!products ? (
          <Loading shape="table" />
        ) : products.length === 0 ? (
          <p className="mk-muted">{t('seller.products.empty')}</p>
        ) : (
          <div className="mk-table-wrap">
            <table className="mk-table" data-testid="products-table">
              <thead>
                <tr>
                  <th scope="col">{t('seller.products.column.name')}</th>
                  <th scope="col">{t('seller.products.column.kind')}</th>
                  <th scope="col">{t('seller.products.column.state')}</th>
                  <th scope="col">{t('seller.products.column.versions')}</th>
                  <th scope="col">{t('seller.products.column.productCode')}</th>
                  <th scope="col">{t('seller.products.column.updatedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {products.map((product) => (
                  <tr key={product.id} data-product-id={product.id}>
                    <th scope="row">
                      <Link to="/products/$id" params={{ id: product.id }}>
                        {textIn(product.name, language) || t('seller.products.untitled')}
                      </Link>
                    </th>
                    <td>{t(`seller.kind.${product.kind}`)}</td>
                    <td>
                      <ProductStateBadge state={product.state as ProductState} />
                    </td>
                    <td>
                      {product.kind === 'managed'
                        ? t('seller.products.noVersionManaged')
                        : product.versions.total === 0
                          ? t('seller.products.noVersion')
                          : t('seller.products.versionsCount', {
                              total: product.versions.total,
                              available: product.versions.available,
                            })}
                    </td>
                    <td>
                      {product.productCode ? (
                        <code className="sp-id">{product.productCode}</code>
                      ) : product.kind === 'managed' ? (
                        t('seller.products.codeManaged')
                      ) : (
                        t('seller.products.codeAtPublication')
                      )}
                    </td>
                    <td>{formatDate(product.updatedAt, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ShowMore list={list} />
          </div>
        )}
      </Section>
    </ContentPage>
  );
}
