import {
  formatMoney,
  formatMonthLong,
  formatUtcDay,
  formatVmHours,
  Link,
  type MonthRange,
  monthsOf,
  monthValues,
  RequireAccount,
  StatementLinks,
  sum,
  UsageReport,
  UsageTableHead,
  useI18n,
  useMonthRange,
  useTRPC,
} from '@marketplace/ui';
import { CHART_COLORS, MonthlyChart } from '@marketplace/ui/charts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Spend } from '../buying/api.ts';

export function SpendPage() {
  return <RequireAccount audience="member">{() => <SpendReport />}</RequireAccount>;
}

/** The organization's spend per product, OUTSCALE account and month, as a chart and a table. */
function SpendReport() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const months = useMonthRange('spend');
  const report = useQuery(trpc.usage.spend.queryOptions(months.range, { placeholderData: keepPreviousData }));
  return (
    <UsageReport
      side="spend"
      months={months}
      report={report}
      emptyBody={
        <>
          {t('usage.spend.empty.body')} <Link to="/subscriptions">{t('buy.nav.subscriptions')}</Link>
        </>
      }
    >
      {(data) => <SpendFigures report={data} range={months.range} />}
    </UsageReport>
  );
}

function SpendFigures({ report, range }: { report: Spend; range: MonthRange }) {
  const { t, language } = useI18n();
  const months = monthsOf(range);
  const rows = [...report.rows].sort(
    (a, b) =>
      b.month.localeCompare(a.month) ||
      (a.productName[language] || a.productName.en).localeCompare(
        b.productName[language] || b.productName.en,
      ) ||
      a.outscaleAccountId.localeCompare(b.outscaleAccountId),
  );
  const money = (cents: number) => formatMoney({ amount: cents, currency: 'EUR' }, language);
  return (
    <>
      <MonthlyChart
        title={t('usage.spend.chart')}
        testId="spend-chart"
        series={[
          { key: 'software', label: t('usage.spend.software'), color: CHART_COLORS[0] },
          { key: 'vm', label: t('usage.spend.vm'), color: CHART_COLORS[1] },
        ]}
        data={monthValues(months, report.rows, (row) => [
          ['software', row.software.amount],
          ['vm', row.vm.amount],
        ])}
      />
      <div className="mk-table-wrap">
        <table className="mk-table" data-testid="spend-table">
          <caption className="mk-visually-hidden">{t('usage.spend.table')}</caption>
          <UsageTableHead
            columns={[
              { label: t('usage.month') },
              { label: t('usage.spend.product') },
              { label: t('usage.spend.account') },
              { label: t('usage.vmHours'), amount: true },
              { label: t('usage.spend.software'), amount: true },
              { label: t('usage.spend.vm'), amount: true },
              { label: t('usage.total'), amount: true },
            ]}
          />
          <tbody>
            {rows.map((row) => (
              <tr
                key={`${row.month}-${row.offerId}-${row.outscaleAccountId}-${row.region}`}
                data-testid="spend-row"
                data-month={row.month}
              >
                <td>{formatMonthLong(row.month, language)}</td>
                <th scope="row">
                  {row.productName[language] || row.productName.en}
                  <span className="mk-usage-sub">
                    {row.offerName[language] || row.offerName.en} · {row.sellerName}
                  </span>
                </th>
                <td>
                  <code>{row.outscaleAccountId}</code>
                  <span className="mk-usage-sub">{row.region}</span>
                </td>
                <td className="mk-usage-amount" data-label={t('usage.vmHours')}>
                  {formatVmHours(row.vmHours, language)}
                </td>
                <td className="mk-usage-amount" data-label={t('usage.spend.software')}>
                  {formatMoney(row.software, language)}
                </td>
                <td className="mk-usage-amount" data-label={t('usage.spend.vm')}>
                  {formatMoney(row.vm, language)}
                </td>
                <td className="mk-usage-amount" data-label={t('usage.total')}>
                  {formatMoney(row.total, language)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('usage.total')}
              </th>
              <td className="mk-usage-amount" data-label={t('usage.vmHours')}>
                {formatVmHours(
                  sum(report.rows, (r) => r.vmHours),
                  language,
                )}
              </td>
              <td className="mk-usage-amount" data-label={t('usage.spend.software')}>
                {money(sum(report.rows, (r) => r.software.amount))}
              </td>
              <td className="mk-usage-amount" data-label={t('usage.spend.vm')}>
                {money(sum(report.rows, (r) => r.vm.amount))}
              </td>
              <td className="mk-usage-amount" data-label={t('usage.total')} data-testid="spend-total">
                {formatMoney(report.total, language)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {report.prices.length > 0 && (
        <p className="mk-muted" data-testid="spend-prices">
          {t('usage.spend.prices', {
            dates: report.prices
              .map((p) =>
                t('usage.spend.priceDate', { date: formatUtcDay(p.asOf, language), region: p.region }),
              )
              .join(', '),
          })}
        </p>
      )}
      <p className="mk-muted">{t('usage.binding')}</p>
      <StatementLinks side="spend" months={months} />
    </>
  );
}
