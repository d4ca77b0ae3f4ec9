import type { Money } from '@marketplace/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatMoney } from '../money/money-input.ts';
import { Loading, Section } from '../pages/layout.tsx';
import { useTRPC } from '../trpc/context.ts';
import { MonthRangePicker } from './MonthRangePicker.tsx';
import { defaultRange, formatMonthLong, type MonthRange } from './months.ts';
import { formatVmHours, sum } from './series.ts';
import { UsageTableHead } from './UsageTableHead.tsx';

const euros = (amount: number): Money => ({ amount, currency: 'EUR' });

/** The operator's view of the metering: each seller's revenue per month, over a range of months. */
export function SellerTotals() {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const [now] = useState(() => new Date());
  const [range, setRange] = useState<MonthRange>(() => defaultRange(now));
  const totals = useQuery(
    trpc.operator.usage.totals.queryOptions(range, { placeholderData: keepPreviousData }),
  );
  const rows = totals.data?.rows ?? [];
  const from = formatMonthLong(range.from, language);
  const to = formatMonthLong(range.to, language);
  return (
    <Section title={t('usage.operator.title')} testId="operator-seller-totals">
      <p className="mk-muted">{t('usage.operator.lead')}</p>
      <div className="mk-toolbar">
        <MonthRangePicker range={range} now={now} onChange={setRange} />
      </div>
      {totals.isError ? (
        <p className="mk-notice mk-notice--error">{totals.error.message}</p>
      ) : !totals.data ? (
        <Loading shape="table" />
      ) : rows.length === 0 ? (
        <p className="mk-muted" data-testid="seller-totals-empty">
          {t('usage.operator.empty', { from, to })}
        </p>
      ) : (
        <div className="mk-table-wrap">
          <table className="mk-table" data-testid="seller-totals">
            <caption className="mk-visually-hidden">{t('usage.operator.title')}</caption>
            <UsageTableHead
              columns={[
                { label: t('usage.operator.seller') },
                { label: t('usage.month') },
                { label: t('usage.vmHours'), amount: true },
                { label: t('usage.revenue.amount'), amount: true },
              ]}
            />
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.sellerOrganizationId}-${row.month}`}>
                  <th scope="row">{row.sellerName}</th>
                  <td>{formatMonthLong(row.month, language)}</td>
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
                <th scope="row" colSpan={3}>
                  {t('usage.total')}
                </th>
                <td
                  className="mk-usage-amount"
                  data-label={t('usage.revenue.amount')}
                  data-testid="seller-totals-total"
                >
                  {formatMoney(euros(sum(rows, (r) => r.revenue.amount)), language)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Section>
  );
}
