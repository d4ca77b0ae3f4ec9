import type { Region } from '@marketplace/domain';
import { Select, useI18n } from '@marketplace/ui';
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
    <div className="bp-region-select">
      <Select<Region>
        id={id}
        label={t('buy.estimate.region')}
        value={value}
        options={regions.map((r) => ({ id: r, label: r }))}
        onChange={onChange}
      />
      {after}
    </div>
  );
}
