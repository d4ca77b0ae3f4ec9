import { KEY_STATUSES, SALE_SORTS, SUBSCRIPTION_STATES } from '@marketplace/domain';
import { useI18n, useTRPC } from '@marketplace/ui';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId } from 'react';
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
      >
        <option value="">{t('seller.sales.filter.all')}</option>
        {(products.data?.items ?? [])
          .filter((p) => p.state !== 'draft')
          .map((p) => (
            <option key={p.id} value={p.id}>
              {textIn(p.name, language) || p.id}
            </option>
          ))}
      </Choice>
      <Choice
        label={t('seller.sales.filter.state')}
        value={query.state ?? ''}
        onChange={(v) => set('state', v)}
      >
        <option value="">{t('seller.sales.filter.all')}</option>
        {SUBSCRIPTION_STATES.map((state) => (
          <option key={state} value={state}>
            {t(`seller.sales.state.${state}`)}
          </option>
        ))}
      </Choice>
      <Choice
        label={t('seller.sales.filter.keyStatus')}
        value={query.keyStatus ?? ''}
        onChange={(v) => set('keyStatus', v)}
      >
        <option value="">{t('seller.sales.filter.all')}</option>
        {KEY_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`seller.sales.keyStatus.${status}`)}
          </option>
        ))}
      </Choice>
      <Choice label={t('seller.sales.sort')} value={query.sort ?? 'newest'} onChange={(v) => set('sort', v)}>
        {SALE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`seller.sales.sort.${sort}`)}
          </option>
        ))}
      </Choice>
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
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="mk-field">
      <label className="mk-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="mk-input mk-select"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {children}
      </select>
    </div>
  );
}
