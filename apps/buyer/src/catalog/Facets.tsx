import { useI18n } from '@marketplace/ui';
import type { SearchResult } from '../buying/api.ts';
import { type CatalogQuery, type FilterName, PARAMS, toggleFilter } from './catalog-query.ts';
import { useFacetLabel } from './labels.ts';

const ORDER: FilterName[] = ['kinds', 'offerTypes', 'categories', 'regions', 'sellerIds'];

/** One group of checkboxes per filter, each value with the number of products it would show. */
export function Facets({
  query,
  facets,
  sellerNames,
  onChange,
}: {
  query: CatalogQuery;
  facets: SearchResult['facets'] | undefined;
  sellerNames: Map<string, string>;
  onChange: (query: CatalogQuery) => void;
}) {
  const { t } = useI18n();
  const labelOf = useFacetLabel(sellerNames);
  return (
    <aside className="bp-facets" aria-label={t('buy.catalog.filters')}>
      {ORDER.map((name) => {
        const selected = query[name] as string[];
        const counts = facets?.[name] ?? [];
        // A chosen value stays listed (with 0) so it can be unticked.
        const values = [
          ...counts,
          ...selected.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 })),
        ];
        if (values.length === 0) return null;
        return (
          <fieldset key={name} className="bp-facet" data-testid={`facet-${PARAMS[name]}`}>
            <legend className="bp-facet__title">{t(`buy.facet.${name}`)}</legend>
            <ul className="bp-facet__list">
              {values.map(({ value, count }) => (
                <li key={value}>
                  <label className="bp-facet__choice">
                    <input
                      type="checkbox"
                      checked={selected.includes(value)}
                      onChange={() => onChange(toggleFilter(query, name, value))}
                    />
                    <span className="bp-facet__label">{labelOf(name, value)}</span>
                    <span className="bp-facet__count">{count}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </aside>
  );
}
