import { FigureSkeleton, Link, Section, useI18n, useTRPC } from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';
import '../sales/sales.css';

/** The dashboard's sales: licence keys to allocate, new sales and cancellations, each a link to My sales. */
export function SalesOverview() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const summary = useQuery(trpc.sales.summary.queryOptions());
  const figures = summary.data;
  const days = figures?.days ?? 30;
  const count = (value: number | undefined) => (value === undefined ? <FigureSkeleton /> : String(value));
  return (
    <Section title={t('seller.dashboard.sales')} testId="dashboard-sales">
      <ul className="sp-counts" aria-busy={figures ? undefined : true}>
        <li data-figure="keys-to-allocate">
          <Link to="/sales" search={{ state: 'awaiting_key' }}>
            <strong>{count(figures?.keysToAllocate)}</strong>
            <span>{t('seller.dashboard.keysToAllocate')}</span>
          </Link>
        </li>
        <li data-figure="new-sales">
          <Link to="/sales">
            <strong>{count(figures?.newSales)}</strong>
            <span>{t('seller.dashboard.newSales', { days })}</span>
          </Link>
        </li>
        <li data-figure="cancellations">
          <Link to="/sales" search={{ state: 'ending' }}>
            <strong>{count(figures?.cancellations)}</strong>
            <span>{t('seller.dashboard.cancellations', { days })}</span>
          </Link>
        </li>
      </ul>
      <p className="mk-actions">
        {(figures?.keysToAllocate ?? 0) > 0 && (
          <Link className="mk-button mk-button--primary" to="/sales" search={{ state: 'awaiting_key' }}>
            {t('seller.dashboard.allocateKeys')}
          </Link>
        )}
        <Link className="mk-button mk-button--secondary" to="/sales">
          {t('seller.dashboard.allSales')}
        </Link>
      </p>
    </Section>
  );
}
