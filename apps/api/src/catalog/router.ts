import { LANGUAGES, OFFER_TYPES, PRODUCT_KINDS, REGIONS } from '@marketplace/domain';
import { z } from 'zod';
import { line } from '../input.ts';
import { publicProcedure, router } from '../trpc.ts';
import { estimateOffer } from './estimate.ts';
import { productPage, showcasePage } from './product-page.ts';
import { search } from './search.ts';

const list = <T extends z.ZodType>(item: T) => z.array(item).max(50).default([]);

export const catalogRouter = router({
  /** The public catalog: full-text in both languages, accent-insensitive, typo-tolerant; facets; pages. */
  search: publicProcedure
    .input(
      z.object({
        q: line().max(200).optional(),
        language: z.enum(LANGUAGES),
        filters: z
          .object({
            kinds: list(z.enum(PRODUCT_KINDS)),
            offerTypes: list(z.enum(OFFER_TYPES)),
            categories: list(line().max(50)),
            regions: list(z.enum(REGIONS)),
            sellerIds: list(z.uuid()),
          })
          .partial()
          .optional(),
        sort: z.enum(['relevance', 'name', 'newest']).optional(),
        cursor: line().max(200).optional(),
        limit: z.number().int().min(1).max(100).optional(),
      }),
    )
    .query(({ ctx, input }) => search(ctx.services.orm.em.fork(), input)),
  product: publicProcedure
    .input(z.object({ id: z.uuid(), language: z.enum(LANGUAGES).optional() }))
    .query(({ ctx, input }) =>
      productPage(ctx.services.orm.em.fork(), input.id, input.language ?? ctx.language),
    ),
  /** The software rate plus OUTSCALE's VM rate, per hour, month and year; storage excluded. */
  estimate: publicProcedure
    .input(
      z.object({
        productId: z.uuid(),
        offerId: z.uuid(),
        region: z.enum(REGIONS),
        vmType: line().trim().min(1).max(40),
        vmCount: z.number().int().min(1).max(1000),
        commitment: z.enum(['on_demand', 'one_year']),
        licences: z.number().int().min(1).max(10_000).optional(),
      }),
    )
    .query(({ ctx, input }) => estimateOffer(ctx.services.orm.em.fork(), input)),
  showcase: publicProcedure
    .input(z.object({ id: z.uuid(), language: z.enum(LANGUAGES).optional() }))
    .query(({ ctx, input }) =>
      showcasePage(ctx.services.orm.em.fork(), input.id, input.language ?? ctx.language),
    ),
});
