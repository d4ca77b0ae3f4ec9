import { LANGUAGES, OFFER_TYPES, PRODUCT_KINDS, REGIONS } from '@marketplace/domain';
import { z } from 'zod';
import { publicProcedure, router } from '../trpc.ts';
import { productPage, showcasePage } from './product-page.ts';
import { search } from './search.ts';

const list = <T extends z.ZodType>(item: T) => z.array(item).max(50).default([]);

export const catalogRouter = router({
  /** The public catalog: full-text in both languages, accent-insensitive, typo-tolerant; facets; pages. */
  search: publicProcedure
    .input(
      z.object({
        q: z.string().max(200).optional(),
        language: z.enum(LANGUAGES),
        filters: z
          .object({
            kinds: list(z.enum(PRODUCT_KINDS)),
            offerTypes: list(z.enum(OFFER_TYPES)),
            categories: list(z.string().max(50)),
            regions: list(z.enum(REGIONS)),
            sellerIds: list(z.uuid()),
          })
          .partial()
          .optional(),
        sort: z.enum(['relevance', 'name', 'newest']).optional(),
        cursor: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(100).optional(),
      }),
    )
    .query(({ ctx, input }) => search(ctx.services.orm.em.fork(), input)),
  product: publicProcedure
    .input(z.object({ id: z.uuid(), language: z.enum(LANGUAGES).optional() }))
    .query(({ ctx, input }) =>
      productPage(ctx.services.orm.em.fork(), input.id, input.language ?? ctx.language),
    ),
  showcase: publicProcedure
    .input(z.object({ id: z.uuid(), language: z.enum(LANGUAGES).optional() }))
    .query(({ ctx, input }) =>
      showcasePage(ctx.services.orm.em.fork(), input.id, input.language ?? ctx.language),
    ),
});
