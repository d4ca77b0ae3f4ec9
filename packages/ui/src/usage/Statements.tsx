import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatMonthLong, statementHref } from './months.ts';

/** One PDF statement link per month, newest first. */
export function StatementLinks({ side, months }: { side: 'spend' | 'revenue'; months: string[] }) {
  const { t, language } = useI18n();
  return (
    <section className="mk-usage-statements" aria-labelledby={`${side}-statements`}>
      <h3 id={`${side}-statements`}>{t('usage.statements')}</h3>
      <ul data-testid="statements">
        {[...months].reverse().map((month) => (
          <li key={month}>
            <a href={statementHref(side, month, language)} download data-month={month}>
              {t('usage.statement', { month: formatMonthLong(month, language) })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
