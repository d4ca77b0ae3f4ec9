import { calendarDay, formatMoney, ResponsiveTable, useI18n } from '@marketplace/ui';
import type { Estimate } from '../buying/api.ts';

/**
 * The estimate's lines and total per hour, month and year, with what it leaves out and its source.
 * `stale`: the figures of the previous choice, shown dimmed and marked while the new ones load.
 */
export function EstimateResult({ estimate, stale = false }: { estimate: Estimate; stale?: boolean }) {
  const { t, language } = useI18n();
  const money = (m: Estimate['total']['perHour']) => formatMoney(m, language);
  return (
    <div
      className={`bp-estimate__result${stale ? ' bp-estimate__result--stale' : ''}`}
      data-testid="estimate"
      data-stale={stale ? 'true' : undefined}
      aria-busy={stale || undefined}
    >
      {stale && (
        <p className="mk-muted" data-testid="estimate-updating">
          {t('buy.estimate.updating')}
        </p>
      )}
      <div className="mk-table-wrap">
        <ResponsiveTable>
          <caption className="mk-visually-hidden">{t('buy.estimate.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('buy.estimate.line')}</th>
              <th scope="col">{t('buy.estimate.perHour')}</th>
              <th scope="col">{t('buy.estimate.perMonth')}</th>
              <th scope="col">{t('buy.estimate.perYear')}</th>
            </tr>
          </thead>
          <tbody>
            {estimate.lines.map((line) => (
              <tr key={line.kind}>
                <th scope="row">{line.label[language]}</th>
                <td>{money(line.perHour)}</td>
                <td>{money(line.perMonth)}</td>
                <td>{money(line.perYear)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="bp-estimate__total">
              <th scope="row">{t('buy.estimate.total')}</th>
              <td data-testid="estimate-total-hour">{money(estimate.total.perHour)}</td>
              <td data-testid="estimate-total-month">{money(estimate.total.perMonth)}</td>
              <td>{money(estimate.total.perYear)}</td>
            </tr>
          </tfoot>
        </ResponsiveTable>
      </div>
      <p className="mk-muted bp-estimate__note">
        {t('buy.estimate.storageExcluded')}{' '}
        <span data-testid="estimate-source">
          {t('buy.estimate.source', {
            source: estimate.priceTable.source,
            date: calendarDay(estimate.priceTable.asOf),
          })}
        </span>
      </p>
    </div>
  );
}
