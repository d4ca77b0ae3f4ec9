import { useTRPC } from '@marketplace/ui';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import type { ProductPage } from '../buying/api.ts';
import { type EstimateChoice, estimateInput } from './estimate-choice.ts';

/** The server's estimate for the choice, kept on screen while the next one loads. */
export function useEstimate(product: ProductPage, choice: EstimateChoice) {
  const trpc = useTRPC();
  const input = estimateInput(product.id, product.offers, choice);
  return useQuery({
    ...trpc.catalog.estimate.queryOptions(input ?? skipToken),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
