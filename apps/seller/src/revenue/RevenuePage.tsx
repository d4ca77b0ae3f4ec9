import {
  ContentPage,
  formatMoney,
  formatMonthLong,
  formatVmHours,
  Loading,
  type MonthRange,
  MonthRangePicker,
  monthsOf,
  monthValues,
  readMonthRange,
  Section,
  StatementLinks,
  sum,
  topKeys,
  usageCsvHref,
  useI18n,
  useRoute,
  useTRPC,
} from '@marketplace/ui';
import { CHART_COLORS, type ChartSeries, MonthlyChart } from '@marketplace/ui/charts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Revenue, textIn } from '../selling/api.ts';
import { RequireSeller } from '../selling/RequireSeller.tsx';

export function RevenuePage() {
  return <RequireSeller>{() => <RevenueReport />}</RequireSeller>;
}

/** The organization's revenue per product, offer, buyer and month, as a chart and a table. */
function RevenueReport() {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const { query, navigate } = useRoute();
  const [now] = useState(() => new Date());
  const range = readMonthRange(query, now);
  const change = (next: MonthRange) =>
    navigate(`/revenue?from=${next.from}&to=${next.to}`, { replace: true, keepFocus: true });
  const revenue = useQuery(trpc.usage.revenue.queryOptions(range, { placeholderData: keepPreviousData }));
  return (
    <ContentPage title={t('usage.revenue.title')} lead={t('usage.revenue.lead')}>
      <Section title={t('usage.revenue.table')} testId="revenue">
        <div className="mk-usage-tools">
          <MonthRangePicker range={range} now={now} onChange={change} />
          <a
            className="mk-button mk-button--secondary"
            href={usageCsvHref('revenue', range, language)}
            download
            data-testid="revenue-export"
          >
            {t('usage.downloadCsv')}
          </a>
        </div>
        {revenue.isError ? (
          <p className="mk-notice mk-notice--error">{revenue.error.message}</p>
        ) : !revenue.data ? (
          <Loading />
        ) : revenue.data.rows.length === 0 ? (
          <div data-testid="revenue-empty">
            <p>
              {t('usage.empty.range', {
                from: formatMonthLong(range.from, language),
                to: formatMonthLong(range.to, language),
              })}
            </p>
            <p className="mk-muted">{t('usage.revenue.empty.body')}</p>
          </div>
        ) : (
          <RevenueFigures report={revenue.data} range={range} />
        )}
      </Section>
    </ContentPage>
  );
}

/** The chart stacks the five products earning most; any others share one part. */
const CHART_PRODUCTS = CHART_COLORS.length;
const OTHERS = 'others';

function RevenueFigures({ report, range }: { report: Revenue; range: MonthRange }) {
  const { t, language } = useI18n();
  const months = monthsOf(range);
  const name = (row: Revenue['rows'][number]) => textIn(row.productName, language) || row.productId;
  const { keys, others } = topKeys(
    report.rows,
    (r) => r.productId,
    (r) => r.revenue.amount,
    CHART_PRODUCTS,
  );
  const names = new Map(report.rows.map((r) => [r.productId, name(r)]));
  const series: ChartSeries[] = [
    ...keys.map((key, i) => ({
      key,
      label: names.get(key) ?? key,
      color: CHART_COLORS[i] ?? CHART_COLORS[0],
    })),
    ...(others ? [{ key: OTHERS, label: t('usage.revenue.otherProducts'), color: CHART_COLORS[5] }] : []),
  ];
  const rows = [...report.rows].sort(
    (a, b) =>
      b.month.localeCompare(a.month) ||
      name(a).localeCompare(name(b)) ||
      a.buyerName.localeCompare(b.buyerName),
  );
  return (
    <>
      <MonthlyChart
        title={t('usage.revenue.chart')}
        testId="revenue-chart"
        series={series}
        data={monthValues(months, report.rows, (row) => [
          [keys.includes(row.productId) ? row.productId : OTHERS, row.revenue.amount],
        ])}
      />
      <div className="mk-table-wrap">
        <table className="mk-table" data-testid="revenue-table">
          <caption className="mk-visually-hidden">{t('usage.revenue.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('usage.month')}</th>
              <th scope="col">{t('usage.revenue.product')}</th>
              <th scope="col">{t('usage.revenue.offer')}</th>
              <th scope="col">{t('usage.revenue.buyer')}</th>
              <th scope="col" className="mk-usage-amount">
                {t('usage.vmHours')}
              </th>
              <th scope="col" className="mk-usage-amount">
                {t('usage.revenue.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={`${row.month}-${row.offerId}-${row.buyerOrganizationId}`}
                data-testid="revenue-row"
                data-month={row.month}
              >
                <td>{formatMonthLong(row.month, language)}</td>
                <th scope="row">{name(row)}</th>
                <td>{textIn(row.offerName, language)}</td>
                <td>{row.buyerName}</td>
                <td className="mk-usage-amount" data-label={t('usage.vmHours')}>
                  {formatVmHours(row.vmHours, language)}
                </td>
                <td className="mk-usage-amount" data-label={t('usage.revenue.amount')}>
                  {formatMoney(row.revenue, language)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('usage.total')}
              </th>
              <td className="mk-usage-amount" data-label={t('usage.vmHours')}>
                {formatVmHours(
                  sum(report.rows, (r) => r.vmHours),
                  language,
                )}
              </td>
              <td
                className="mk-usage-amount"
                data-label={t('usage.revenue.amount')}
                data-testid="revenue-total"
              >
                {formatMoney(report.total, language)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="mk-muted">{t('usage.binding')}</p>
      <StatementLinks side="revenue" months={months} />
    </>
  );
}
