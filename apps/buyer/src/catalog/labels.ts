import { isRegion, OFFER_TYPES, type OfferType, PRODUCT_KINDS, type ProductKind } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import { CATEGORY_SHORTCUTS, type CategoryShortcut } from '../landing/categories.ts';
import type { FilterName } from './catalog-query.ts';

const isOfferType = (v: string): v is OfferType => (OFFER_TYPES as readonly string[]).includes(v);
const isKind = (v: string): v is ProductKind => (PRODUCT_KINDS as readonly string[]).includes(v);
const isCategory = (v: string): v is CategoryShortcut =>
  (CATEGORY_SHORTCUTS as readonly string[]).includes(v);

/** Words for the values the catalog filters on, in the page's language. */
export function useFacetLabel(sellerNames: Map<string, string>) {
  const { t } = useI18n();
  return (name: FilterName, value: string): string => {
    if (name === 'kinds' && isKind(value)) return t(`buy.kind.${value}`);
    if (name === 'offerTypes' && isOfferType(value)) return t(`buy.offerType.${value}`);
    if (name === 'regions' && isRegion(value)) return value;
    if (name === 'categories' && isCategory(value)) return t(`buyer.category.${value}`);
    if (name === 'sellerIds') return sellerNames.get(value) ?? t('buy.facet.otherSeller');
    return value;
  };
}
