import { ContentPage, Loading, Section, useI18n, useTRPC } from '@marketplace/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { RequireSeller } from '../selling/RequireSeller.tsx';
import type { Sale } from './api.ts';
import { KeyDialog } from './KeyDialog.tsx';
import { SalesFilters } from './SalesFilters.tsx';
import { SalesTable } from './SalesTable.tsx';
import {
  csvHref,
  SALES_PAGE_SIZE as PAGE_SIZE,
  readSalesQuery,
  type SalesQuery,
  salesSearch,
} from './sales-query.ts';
import './sales.css';

const route = getRouteApi('/sales');

export function SalesPage() {
  return <RequireSeller>{() => <Sales />}</RequireSeller>;
}

/** "My sales": every subscription to the organization's offers, filtered, sorted, a page at a time. */
function Sales() {
  const { t, language } = useI18n();
  const navigate = route.useNavigate();
  const filter = readSalesQuery(route.useSearch());
  const search = salesSearch(filter);
  const [allocated, setAllocated] = useState<{ buyer: string; version: number } | null>(null);
  // The same page with another filter: no new history entry, the focus and the scroll stay.
  const change = (next: SalesQuery) =>
    void navigate({ search: { ...next, sort: next.sort ?? undefined }, replace: true, resetScroll: false });
  return (
    <ContentPage title={t('seller.sales.title')} lead={t('seller.sales.lead')}>
      <div role="status">
        {allocated && (
          <p className="mk-notice mk-notice--success" data-testid="key-allocated">
            {t('seller.key.saved', { buyer: allocated.buyer, version: allocated.version })}
          </p>
        )}
      </div>
      <Section title={t('seller.sales.title')} testId="sales">
        <div className="mk-toolbar">
          <SalesFilters query={filter} onChange={change} />
          <a
            className="mk-button mk-button--secondary"
            href={csvHref(filter, language)}
            download
            data-testid="sales-export"
          >
            {t('seller.sales.export')}
          </a>
        </div>
        {/* A new filter starts again from the first page. */}
        <SalesPages
          key={search}
          filter={filter}
          filtered={search !== '' && search !== 'sort=oldest'}
          onAllocated={setAllocated}
        />
      </Section>
    </ContentPage>
  );
}

function SalesPages({
  filter,
  filtered,
  onAllocated,
}: {
  filter: SalesQuery;
  filtered: boolean;
  onAllocated: (done: { buyer: string; version: number }) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  // The cursors of the pages after the first, as they were reached: "Previous" goes back one.
  const [cursors, setCursors] = useState<string[]>([]);
  const [keyFor, setKeyFor] = useState<Sale | null>(null);
  const cursor = cursors.at(-1);
  const page = useQuery(
    trpc.sales.list.queryOptions(
      { ...filter, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
      { placeholderData: keepPreviousData },
    ),
  );
  if (page.isError) return <p className="mk-notice mk-notice--error">{page.error.message}</p>;
  if (!page.data) return <Loading />;
  const sales = page.data.items;
  const next = page.data.nextCursor;
  return (
    <>
      {sales.length === 0 ? (
        <p className="mk-muted" data-testid="no-sales">
          {filtered ? t('seller.sales.emptyFiltered') : t('seller.sales.empty')}
        </p>
      ) : (
        <SalesTable sales={sales} onKey={setKeyFor} />
      )}
      {(cursors.length > 0 || next) && (
        <nav className="sp-sales-pages" aria-label={t('seller.sales.pages')}>
          <button
            type="button"
            className="mk-button mk-button--secondary mk-button--small"
            disabled={cursors.length === 0}
            onClick={() => setCursors((list) => list.slice(0, -1))}
          >
            {t('seller.sales.previous')}
          </button>
          <span aria-live="polite">{t('seller.sales.page', { number: cursors.length + 1 })}</span>
          <button
            type="button"
            className="mk-button mk-button--secondary mk-button--small"
            disabled={!next || page.isPlaceholderData}
            onClick={() => next && setCursors((list) => [...list, next])}
          >
            {t('seller.sales.next')}
          </button>
        </nav>
      )}
      <KeyDialog
        sale={keyFor}
        onClose={() => setKeyFor(null)}
        onAllocated={(sale, version) => {
          setKeyFor(null);
          onAllocated({ buyer: sale.buyer.name, version });
        }}
      />
    </>
  );
}
