import type { Region } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import type { ReactNode } from 'react';

/** The region to estimate or subscribe in, among the product's. */
export function RegionSelect({
  id,
  regions,
  value,
  onChange,
  after,
}: {
  id: string;
  regions: readonly Region[];
  value: Region;
  onChange: (region: Region) => void;
  /** Under the select: the field's errors. */
  after?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="mk-field">
      <label className="mk-label" htmlFor={id}>
        {t('buy.estimate.region')}
      </label>
      <select
        id={id}
        className="mk-select"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as Region)}
      >
        {regions.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {after}
    </div>
  );
}
