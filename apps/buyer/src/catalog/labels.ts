import {
  categoryLabel,
  isRegion,
  OFFER_TYPES,
  type OfferType,
  PRODUCT_KINDS,
  type ProductKind,
} from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';
import type { FilterName } from './catalog-query.ts';

const isOfferType = (v: string): v is OfferType => (OFFER_TYPES as readonly string[]).includes(v);
const isKind = (v: string): v is ProductKind => (PRODUCT_KINDS as readonly string[]).includes(v);

/** Words for the values the catalog filters on, in the page's language. */
export function useFacetLabel(sellerNames: Map<string, string>) {
  const { t, language } = useI18n();
  return (name: FilterName, value: string): string => {
    if (name === 'kinds' && isKind(value)) return t(`buy.kind.${value}`);
    if (name === 'offerTypes' && isOfferType(value)) return t(`buy.offerType.${value}`);
    if (name === 'regions' && isRegion(value)) return value;
    // The marketplace's categories in the page's language; a value that is none (an old link) as is.
    if (name === 'categories') return categoryLabel(value, language);
    if (name === 'sellerIds') return sellerNames.get(value) ?? t('buy.facet.otherSeller');
    return value;
  };
}
