import { useTRPC } from '@marketplace/ui';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import type { ProductPage } from '../buying/api.ts';
import { type EstimateChoice, estimateInput } from './estimate-choice.ts';

/**
 * The server's estimate for the choice. While the next one loads, the previous total stays on screen
 * marked stale (`isPlaceholderData`); while the choice is refused (`asked` false), there is none at all.
 */
export function useEstimate(product: ProductPage, choice: EstimateChoice) {
  const trpc = useTRPC();
  const input = estimateInput(product.id, product.offers, choice);
  const query = useQuery({
    ...trpc.catalog.estimate.queryOptions(input ?? skipToken),
    placeholderData: keepPreviousData,
    retry: false,
  });
  return input === null
    ? { ...query, asked: false as const, data: undefined, isPlaceholderData: false }
    : { ...query, asked: true as const };
}
