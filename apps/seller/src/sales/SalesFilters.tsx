import { KEY_STATUSES, SALE_SORTS, SUBSCRIPTION_STATES } from '@marketplace/domain';
import { type Option, Select, useI18n, useTRPC } from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';
import { textIn } from '../selling/api.ts';
import type { SalesQuery } from './sales-query.ts';

/** How many of the newest products the product filter offers: the largest page products.list gives. */
const PRODUCT_CHOICES = 100;

/** Product, status, key status and order: each choice changes the address, and the list follows. */
export function SalesFilters({
  query,
  onChange,
}: {
  query: SalesQuery;
  onChange: (query: SalesQuery) => void;
}) {
  const { t, language } = useI18n();
  const trpc = useTRPC();
  const products = useQuery(trpc.products.list.queryOptions({ limit: PRODUCT_CHOICES }));
  const set = <K extends keyof SalesQuery>(key: K, value: string) => {
    const next = { ...query };
    if (value) next[key] = value as SalesQuery[K];
    else delete next[key];
    onChange(next);
  };
  const any = Boolean(query.productId || query.state || query.keyStatus);
  return (
    <fieldset className="mk-filter-row" data-testid="sales-filters">
      <legend className="mk-visually-hidden">{t('seller.sales.filters')}</legend>
      <Choice
        label={t('seller.sales.filter.product')}
        value={query.productId ?? ''}
        onChange={(v) => set('productId', v)}
        options={[
          { id: '', label: t('seller.sales.filter.all') },
          ...(products.data?.items ?? [])
            .filter((p) => p.state !== 'draft')
            .map((p) => ({ id: p.id, label: textIn(p.name, language) || p.id })),
        ]}
      />
      <Choice
        label={t('seller.sales.filter.state')}
        value={query.state ?? ''}
        onChange={(v) => set('state', v)}
        options={[
          { id: '', label: t('seller.sales.filter.all') },
          ...SUBSCRIPTION_STATES.map((state) => ({ id: state, label: t(`seller.sales.state.${state}`) })),
        ]}
      />
      <Choice
        label={t('seller.sales.filter.keyStatus')}
        value={query.keyStatus ?? ''}
        onChange={(v) => set('keyStatus', v)}
        options={[
          { id: '', label: t('seller.sales.filter.all') },
          ...KEY_STATUSES.map((status) => ({ id: status, label: t(`seller.sales.keyStatus.${status}`) })),
        ]}
      />
      <Choice
        label={t('seller.sales.sort')}
        value={query.sort ?? 'newest'}
        onChange={(v) => set('sort', v)}
        options={SALE_SORTS.map((sort) => ({ id: sort, label: t(`seller.sales.sort.${sort}`) }))}
      />
      {any && (
        <button
          type="button"
          className="mk-button mk-button--secondary mk-button--small"
          onClick={() => onChange(query.sort ? { sort: query.sort } : {})}
        >
          {t('seller.sales.clear')}
        </button>
      )}
    </fieldset>
  );
}

function Choice({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
}) {
  return <Select label={label} value={value} onChange={onChange} options={options} />;
}
