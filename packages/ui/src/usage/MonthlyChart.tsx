import type { Money } from '@marketplace/domain';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatMoney } from '../money/money-input.ts';
import { formatMonthLong, formatMonthShort } from './months.ts';

/** One stacked part of each month's bar: software and VMs, or a product. */
export type ChartSeries = { key: string; label: string; color: string };
/** Cents per series key, for one month. */
export type MonthValues = { month: string; values: Record<string, number> };

/** Distinct on white and from each other (each at least 3:1 against the page, WCAG 1.4.11). */
export const CHART_COLORS = ['#1540a8', '#0e7c72', '#b45309', '#7c3aed', '#be185d', '#4b5563'] as const;

const euros = (cents: number): Money => ({ amount: Math.round(cents), currency: 'EUR' });

/**
 * Amounts per month as stacked bars (recharts), with its title, a spoken summary, and the same figures
 * as a table for those who do not see the chart (and anyone who wants the exact amounts).
 */
export function MonthlyChart({
  title,
  series,
  data,
  testId,
}: {
  title: string;
  series: ChartSeries[];
  data: MonthValues[];
  testId?: string;
}) {
  const { t, language } = useI18n();
  const titleId = useId();
  const first = data[0]?.month;
  const last = data.at(-1)?.month;
  const points = data.map((d) => ({
    month: formatMonthShort(d.month, language),
    ...Object.fromEntries(series.map((s) => [s.key, (d.values[s.key] ?? 0) / 100])),
  }));
  const money = (value: unknown) => formatMoney(euros(Number(value) * 100), language);
  const total = (d: MonthValues) => series.reduce((sum, s) => sum + (d.values[s.key] ?? 0), 0);
  return (
    <figure className="mk-usage-chart" aria-labelledby={titleId} data-testid={testId}>
      <figcaption id={titleId} className="mk-usage-chart__title">
        {title}
      </figcaption>
      <div
        className="mk-usage-chart__plot"
        role="img"
        aria-label={
          first && last
            ? t('usage.chart.summary', {
                title,
                from: formatMonthLong(first, language),
                to: formatMonthLong(last, language),
              })
            : title
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={points}
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tickLine={false} />
            <YAxis tickFormatter={money} width={88} />
            <Tooltip formatter={(value) => money(value)} />
            <Legend />
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId="month"
                fill={s.color}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="mk-usage-chart__data">
        <summary>{t('usage.chart.table')}</summary>
        <div className="mk-table-wrap">
          <table className="mk-table" data-testid={testId ? `${testId}-table` : undefined}>
            <caption className="mk-visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('usage.month')}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="mk-usage-amount">
                    {s.label}
                  </th>
                ))}
                <th scope="col" className="mk-usage-amount">
                  {t('usage.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((d) => (
                <tr key={d.month} data-month={d.month}>
                  <th scope="row">{formatMonthLong(d.month, language)}</th>
                  {series.map((s) => (
                    <td key={s.key} className="mk-usage-amount" data-label={s.label}>
                      {formatMoney(euros(d.values[s.key] ?? 0), language)}
                    </td>
                  ))}
                  <td className="mk-usage-amount" data-label={t('usage.total')}>
                    {formatMoney(euros(total(d)), language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
