import { Select } from '../components/Select.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatMonthLong, type MonthRange, pickerMonths } from './months.ts';

/**
 * Two choices of month, from and to, among the last two years. Choosing a first month after the
 * last (or the reverse) moves the other one along, so the range is never backwards.
 */
export function MonthRangePicker({
  range,
  now,
  onChange,
}: {
  range: MonthRange;
  now: Date;
  onChange: (range: MonthRange) => void;
}) {
  const { t, language } = useI18n();
  const months = pickerMonths(now);
  // A range from the address older than the choices still shows as chosen.
  const choices = (value: string) => (months.includes(value) ? months : [...months, value]);
  const select = (which: 'from' | 'to', value: string) => {
    const next = { ...range, [which]: value };
    if (next.from > next.to) {
      if (which === 'from') next.to = value;
      else next.from = value;
    }
    onChange(next);
  };
  return (
    <fieldset className="mk-filter-row" data-testid="month-range">
      <legend className="mk-visually-hidden">{t('usage.range.legend')}</legend>
      {(['from', 'to'] as const).map((which) => (
        <Select
          key={which}
          name={which}
          label={t(which === 'from' ? 'usage.range.from' : 'usage.range.to')}
          value={range[which]}
          options={choices(range[which]).map((month) => ({
            id: month,
            label: formatMonthLong(month, language),
          }))}
          onChange={(month) => select(which, month)}
        />
      ))}
    </fieldset>
  );
}
