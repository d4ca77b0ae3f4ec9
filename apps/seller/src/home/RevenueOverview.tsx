import { FigureSkeleton, formatMoney, Link, Section, useI18n, useTRPC } from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';

/** The dashboard's revenue tiles: this month, last month, active subscriptions, each a link to Revenue. */
export function RevenueOverview() {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const summary = useQuery(trpc.usage.revenueSummary.queryOptions());
  const figures = summary.data;
  return (
    <Section title={t('usage.revenue.dashboard')} testId="dashboard-revenue">
      <ul className="sp-counts" aria-busy={figures ? undefined : true}>
        <li data-figure="revenue-this-month">
          <Link to="/revenue">
            <strong>{figures ? formatMoney(figures.thisMonth, language) : <FigureSkeleton />}</strong>
            <span>{t('usage.revenue.thisMonth')}</span>
          </Link>
        </li>
        <li data-figure="revenue-last-month">
          <Link to="/revenue">
            <strong>{figures ? formatMoney(figures.lastMonth, language) : <FigureSkeleton />}</strong>
            <span>{t('usage.revenue.lastMonth')}</span>
          </Link>
        </li>
        <li data-figure="active-subscriptions">
          <Link to="/sales" search={{ state: 'active' }}>
            <strong>{figures ? String(figures.activeSubscriptions) : <FigureSkeleton />}</strong>
            <span>{t('usage.revenue.activeSubscriptions')}</span>
          </Link>
        </li>
      </ul>
      <p className="mk-actions">
        <Link className="mk-button mk-button--secondary" to="/revenue">
          {t('usage.revenue.open')}
        </Link>
      </p>
    </Section>
  );
}
