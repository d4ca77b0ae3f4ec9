import './no-eval.ts';
// The public catalog: search, product and showcase pages, and the cost estimate.
import { LANGUAGES, OFFER_TYPES, PRODUCT_KINDS, REGIONS } from '@marketplace/domain';
import { z } from 'zod';
import { say } from './messages.ts';
import { id, line, wholeNumber } from './text.ts';

const filterList = <T extends z.ZodType>(item: T) => z.array(item).max(50).default([]);

export const catalogSearchInput = z.object({
  q: line().max(200).optional(),
  language: z.enum(LANGUAGES),
  filters: z
    .object({
      kinds: filterList(z.enum(PRODUCT_KINDS)),
      offerTypes: filterList(z.enum(OFFER_TYPES)),
      categories: filterList(line().max(50)),
      regions: filterList(z.enum(REGIONS)),
      sellerIds: filterList(z.uuid()),
    })
    .partial()
    .optional(),
  sort: z.enum(['relevance', 'name', 'newest']).optional(),
  cursor: line().max(200).optional(),
  limit: wholeNumber(1, 100).optional(),
});
export const catalogProductInput = z.object({ id: id(), language: z.enum(LANGUAGES).optional() });
export const catalogShowcaseInput = z.object({ id: id(), language: z.enum(LANGUAGES).optional() });

/** How many VMs an estimate (and a reservation) counts: the page and the server share these bounds. */
export const VM_COUNT = { min: 1, max: 1000 } as const;
export const LICENCES = { min: 1, max: 10_000 } as const;
export const vmCount = () => wholeNumber(VM_COUNT.min, VM_COUNT.max);
export const licenceCount = () => wholeNumber(LICENCES.min, LICENCES.max);
export const vmType = () => line().trim().min(1, say('vmType')).max(40, say('vmType'));
export const commitment = () => z.enum(['on_demand', 'one_year']);

export const catalogEstimateInput = z.object({
  productId: id(),
  offerId: id(),
  region: z.enum(REGIONS, say('chooseRegion')),
  vmType: vmType(),
  vmCount: vmCount(),
  commitment: commitment(),
  licences: licenceCount().optional(),
});

/**
 * A count typed in a text field ("12", " 3 "): digits only, then the number's rule. "2.5", "1,000" or
 * "abc" are refused with the range, not read as 2, 1 or nothing.
 */
export const typedCount = <T extends z.ZodType<number | undefined, number | undefined>>(schema: T) =>
  z
    .string()
    .transform((value) => {
      const text = value.trim();
      if (text === '') return undefined;
      return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
    })
    .pipe(schema);

/** The estimate as the buyer types it: the counts are text fields. */
export const estimateForm = catalogEstimateInput.omit({ productId: true }).extend({
  vmCount: typedCount(vmCount()),
  licences: typedCount(licenceCount().optional()),
});

/** What the estimate form holds as the buyer types (the counts are texts). */
export type EstimateFormValues = z.input<typeof estimateForm>;
