import { ContentPage, FiltersPanel, Loading, Select, useI18n, useTRPC } from '@marketplace/ui';
import { CATALOG_MAX_PAGES, CATALOG_QUERY_MAX } from '@marketplace/validators/search';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useEffect, useId, useState } from 'react';
import {
  activeFilterCount,
  type CatalogQuery,
  catalogInput,
  catalogSearchOf,
  EMPTY_QUERY,
  readCatalogQuery,
  SORTS,
  type Sort,
  searchPages,
} from './catalog-query.ts';
import { Facets } from './Facets.tsx';
import { ProductCard } from './ProductCard.tsx';

const route = getRouteApi('/catalog');

/** The public catalog: search, filters with counts, sort and pages, all carried by the address. */
export function CatalogPage() {
  const { t, language } = useI18n();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = readCatalogQuery(search);
  const trpc = useTRPC();
  const { q, sort } = query;
  const results = useInfiniteQuery({
    ...trpc.catalog.search.infiniteQueryOptions(catalogInput(query, language), searchPages),
    placeholderData: keepPreviousData,
  });
  // Each new search is a history entry (the back button returns to the previous filters); the page
  // stays, with its focus and scroll.
  const go = (next: CatalogQuery) => void navigate({ search: catalogSearchOf(next), resetScroll: false });
  // "Show more" is kept in the address (`page=3`): a reload or a shared link opens as many pages.
  const shown = results.data?.pages.length ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = results;
  useEffect(() => {
    if (shown > 0 && shown < search.page && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [shown, search.page, hasNextPage, isFetchingNextPage, fetchNextPage]);
  const showMore = () => {
    if (shown + 1 > CATALOG_MAX_PAGES) void fetchNextPage();
    else
      void navigate({ search: (prev) => ({ ...prev, page: shown + 1 }), replace: true, resetScroll: false });
  };
  const first = results.data?.pages[0];
  const items = results.data?.pages.flatMap((p) => p.items) ?? [];
  const sellerNames = new Map((first?.sellers ?? []).map((s) => [s.id, s.name]));

  return (
    <ContentPage title={t('buy.catalog.title')} lead={t('buy.catalog.lead')}>
      <SearchForm key={q} query={query} onSearch={go} />
      <div className="bp-catalog">
        <FiltersPanel activeCount={activeFilterCount(query)}>
          <Facets query={query} facets={first?.facets} sellerNames={sellerNames} onChange={go} />
        </FiltersPanel>
        <section className="bp-results" aria-labelledby="bp-results-title" aria-busy={results.isFetching}>
          <div className="bp-results__bar">
            <h2
              id="bp-results-title"
              className="bp-results__count"
              aria-live="polite"
              data-testid="result-count"
            >
              {first ? t('buy.catalog.count', { count: first.total }) : t('buy.catalog.searching')}
            </h2>
            <SortChoice
              value={sort ?? (q ? 'relevance' : 'newest')}
              onChange={(next) => go({ ...query, sort: next })}
            />
          </div>
          {results.isError ? (
            <p className="mk-notice mk-notice--error" role="alert">
              {results.error.message}
            </p>
          ) : !first ? (
            <Loading shape="cards" />
          ) : items.length === 0 ? (
            <div className="bp-empty" data-testid="no-results">
              <p>{t('buy.catalog.empty')}</p>
              {activeFilterCount(query) + (q ? 1 : 0) > 0 && (
                <button
                  type="button"
                  className="mk-button mk-button--secondary"
                  onClick={() => go(EMPTY_QUERY)}
                >
                  {t('buy.catalog.clear')}
                </button>
              )}
            </div>
          ) : (
            <>
              <ul className="bp-cards" data-testid="results">
                {items.map((item) => (
                  <li key={item.id}>
                    <ProductCard item={item} />
                  </li>
                ))}
              </ul>
              {results.hasNextPage && (
                <p className="bp-more">
                  <button
                    type="button"
                    className="mk-button mk-button--secondary"
                    disabled={results.isFetchingNextPage}
                    onClick={showMore}
                  >
                    {results.isFetchingNextPage ? t('buy.catalog.loadingMore') : t('buy.catalog.more')}
                  </button>
                </p>
              )}
            </>
          )}
        </section>
      </div>
    </ContentPage>
  );
}

function SearchForm({ query, onSearch }: { query: CatalogQuery; onSearch: (q: CatalogQuery) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(query.q);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...query, q: text, sort: null });
  };
  return (
    <search>
      <form className="bp-search" onSubmit={submit}>
        <label className="mk-visually-hidden" htmlFor={id}>
          {t('buyer.search.label')}
        </label>
        <input
          id={id}
          className="mk-input bp-search__input"
          type="search"
          name="q"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          placeholder={t('buyer.search.placeholder')}
          autoComplete="off"
          enterKeyHint="search"
          maxLength={CATALOG_QUERY_MAX}
        />
        <button className="mk-button mk-button--primary" type="submit">
          {t('buyer.search.submit')}
        </button>
      </form>
    </search>
  );
}

function SortChoice({ value, onChange }: { value: Sort; onChange: (sort: Sort) => void }) {
  const { t } = useI18n();
  return (
    <Select<Sort>
      className="bp-sort"
      label={t('buy.catalog.sort')}
      value={value}
      options={SORTS.map((sort) => ({ id: sort, label: t(`buy.sort.${sort}`) }))}
      onChange={onChange}
    />
  );
}
