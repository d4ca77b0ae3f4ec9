import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ContentPage, Loading, Section } from '../pages/layout.tsx';
import { MonthRangePicker } from './MonthRangePicker.tsx';
import { formatMonthLong, type MonthRange, readMonthRange, usageCsvHref } from './months.ts';

type Report = { rows: readonly unknown[] };
type ReportQuery<R extends Report> = {
  isError: boolean;
  error: { message: string } | null;
  data: R | undefined;
};

/** The range a usage page shows, kept in the address (`/spend?from=…&to=…`), and how to change it. */
export function useMonthRange(side: 'spend' | 'revenue') {
  const search = useSearch({ strict: false });
  const navigate = useNavigate();
  const [now] = useState(() => new Date());
  const range = readMonthRange(search, now);
  // The same page with another range: no new history entry, the focus and the scroll stay.
  const change = (next: MonthRange) =>
    void navigate({ to: `/${side}`, search: next, replace: true, resetScroll: false });
  return { range, now, change };
}

/**
 * The frame of the Spend and Revenue pages: the month range, the CSV download, the loading, error and
 * empty states; `children` draws a report that has rows.
 */
export function UsageReport<R extends Report>({
  side,
  months,
  report,
  emptyBody,
  children,
}: {
  side: 'spend' | 'revenue';
  months: ReturnType<typeof useMonthRange>;
  report: ReportQuery<R>;
  emptyBody: ReactNode;
  children: (report: R) => ReactNode;
}) {
  const { t, language } = useI18n();
  const { range, now, change } = months;
  return (
    <ContentPage title={t(`usage.${side}.title`)} lead={t(`usage.${side}.lead`)}>
      <Section title={t(`usage.${side}.table`)} testId={side}>
        <div className="mk-toolbar">
          <MonthRangePicker range={range} now={now} onChange={change} />
          <a
            className="mk-button mk-button--secondary"
            href={usageCsvHref(side, range, language)}
            download
            data-testid={`${side}-export`}
          >
            {t('usage.downloadCsv')}
          </a>
        </div>
        {report.isError ? (
          <p className="mk-notice mk-notice--error">{report.error?.message}</p>
        ) : !report.data ? (
          <Loading shape="table" />
        ) : report.data.rows.length === 0 ? (
          <div data-testid={`${side}-empty`}>
            <p>
              {t('usage.empty.range', {
                from: formatMonthLong(range.from, language),
                to: formatMonthLong(range.to, language),
              })}
            </p>
            <p className="mk-muted">{emptyBody}</p>
          </div>
        ) : (
          children(report.data)
        )}
      </Section>
    </ContentPage>
  );
}
