import type { ProductState } from '@marketplace/domain';
import { useI18n } from '@marketplace/ui';

const BADGE: Record<ProductState, string> = {
  draft: 'mk-badge--warning',
  published: 'mk-badge--success',
  unpublished: '',
};

export function ProductStateBadge({ state }: { state: ProductState }) {
  const { t } = useI18n();
  return (
    <span className={`mk-badge ${BADGE[state]}`} data-testid="product-state" data-state={state}>
      {t(`seller.productState.${state}`)}
    </span>
  );
}
