import {
  formatMoney,
  formatMonthLong,
  formatVmHours,
  type MonthRange,
  monthsOf,
  monthValues,
  StatementLinks,
  sum,
  topKeys,
  UsageReport,
  UsageTableHead,
  useI18n,
  useMonthRange,
  useTRPC,
} from '@marketplace/ui';
import { CHART_COLORS, type ChartSeries, MonthlyChart } from '@marketplace/ui/charts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type Revenue, textIn } from '../selling/api.ts';
import { RequireSeller } from '../selling/RequireSeller.tsx';

export function RevenuePage() {
  return <RequireSeller>{() => <RevenueReport />}</RequireSeller>;
}

/** The organization's revenue per product, offer, buyer and month, as a chart and a table. */
function RevenueReport() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const months = useMonthRange('revenue');
  const report = useQuery(
    trpc.usage.revenue.queryOptions(months.range, { placeholderData: keepPreviousData }),
  );
  return (
    <UsageReport side="revenue" months={months} report={report} emptyBody={t('usage.revenue.empty.body')}>
      {(data) => <RevenueFigures report={data} range={months.range} />}
    </UsageReport>
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
          <UsageTableHead
            columns={[
              { label: t('usage.month') },
              { label: t('usage.revenue.product') },
              { label: t('usage.revenue.offer') },
              { label: t('usage.revenue.buyer') },
              { label: t('usage.vmHours'), amount: true },
              { label: t('usage.revenue.amount'), amount: true },
            ]}
          />
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
