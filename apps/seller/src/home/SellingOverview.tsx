import { PRODUCT_STATES } from '@marketplace/domain';
import { formatDate, Link, Section, Skeleton, useI18n, useTRPC } from '@marketplace/ui';
import { useQueries, useQuery } from '@tanstack/react-query';
import { copyInProgress, PUBLICATION_REFRESH_MS, productInProgress, textIn } from '../selling/api.ts';
import { CopyProgress } from '../versions/CopyProgress.tsx';
import { RevenueOverview } from './RevenueOverview.tsx';
import { SalesOverview } from './SalesOverview.tsx';

/** How many of the newest products the dashboard counts: the largest page products.list gives. */
const DASHBOARD_PRODUCTS = 100;

/** The dashboard's selling part: the showcase, the products by status, and the copies in progress. */
export function SellingOverview() {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const showcase = useQuery(trpc.showcase.get.queryOptions());
  // The newest products, as many as a page holds: the dashboard counts them and follows their copies.
  const products = useQuery(trpc.products.list.queryOptions({ limit: DASHBOARD_PRODUCTS }));
  const newest = products.data?.items;
  const published = (newest ?? []).filter((p) => p.kind === 'omi' && p.state !== 'draft');
  const details = useQueries({
    queries: published.map((p) =>
      trpc.products.get.queryOptions(
        { id: p.id },
        {
          refetchInterval: (query) => (productInProgress(query.state.data) ? PUBLICATION_REFRESH_MS : false),
        },
      ),
    ),
  });
  const jobs = details.flatMap((query) => {
    const product = query.data;
    if (!product) return [];
    return product.versions.flatMap((version) =>
      version.copies
        .filter(copyInProgress)
        .map((copy) => ({ product, version, copy, key: `${version.id}-${copy.region}` })),
    );
  });
  const count = (state: string) => (newest ?? []).filter((p) => p.state === state).length;

  return (
    <div className="sp-dashboard" data-testid="seller-dashboard">
      <Section title={t('seller.dashboard.showcase')} testId="dashboard-showcase">
        <div>
          {showcase.data === null ? (
            t('seller.dashboard.showcase.none')
          ) : showcase.data?.publishedAt ? (
            t('seller.dashboard.showcase.published', {
              date: formatDate(showcase.data.publishedAt, language),
            })
          ) : showcase.data ? (
            t('seller.dashboard.showcase.draft')
          ) : (
            <Skeleton shape="text" lines={1} />
          )}
        </div>
        <p>
          <Link className="mk-button mk-button--secondary" to="/showcase">
            {t('seller.dashboard.editShowcase')}
          </Link>
        </p>
      </Section>
      <RevenueOverview />
      <SalesOverview />
      <Section title={t('seller.dashboard.products')} testId="dashboard-products">
        <ul className="sp-counts">
          {PRODUCT_STATES.map((state) => (
            <li key={state} data-state={state}>
              <strong>{count(state)}</strong>
              <span>{t(`seller.productState.${state}`)}</span>
            </li>
          ))}
        </ul>
        {products.data?.nextCursor && (
          <p className="mk-muted" data-testid="dashboard-newest-only">
            {t('seller.dashboard.newestOnly', { count: DASHBOARD_PRODUCTS })}
          </p>
        )}
        <p className="mk-actions">
          <Link className="mk-button mk-button--primary" to="/products/new">
            {t('seller.dashboard.newProduct')}
          </Link>
          <Link className="mk-button mk-button--secondary" to="/products">
            {t('seller.dashboard.allProducts')}
          </Link>
        </p>
      </Section>
      <Section title={t('seller.dashboard.jobs')} testId="dashboard-jobs">
        {jobs.length === 0 ? (
          <p className="mk-muted">{t('seller.dashboard.noJobs')}</p>
        ) : (
          <ul className="sp-jobs">
            {jobs.map(({ product, version, copy, key }) => (
              <li key={key}>
                <Link to="/products/$id" params={{ id: product.id }} search={{ tab: 'versions' }}>
                  {t('seller.dashboard.job', {
                    product: textIn(product.name, language),
                    version: version.name,
                  })}
                </Link>
                <CopyProgress copy={copy} />
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
