import {
  catalogEstimateInput,
  catalogProductInput,
  catalogSearchInput,
  catalogShowcaseInput,
} from '@marketplace/validators';
import { publicProcedure, router } from '../trpc.ts';
import { estimateOffer } from './estimate.ts';
import { productPage, showcasePage } from './product-page.ts';
import { search } from './search.ts';

export const catalogRouter = router({
  /** The public catalog: full-text in both languages, accent-insensitive, typo-tolerant; facets; pages. */
  search: publicProcedure
    .input(catalogSearchInput)
    .query(({ ctx, input }) => search(ctx.services.orm.em.fork(), input)),
  product: publicProcedure
    .input(catalogProductInput)
    .query(({ ctx, input }) =>
      productPage(ctx.services.orm.em.fork(), input.id, input.language ?? ctx.language),
    ),
  /** The software rate plus OUTSCALE's VM rate, per hour, month and year; storage excluded. */
  estimate: publicProcedure
    .input(catalogEstimateInput)
    .query(({ ctx, input }) => estimateOffer(ctx.services.orm.em.fork(), input)),
  showcase: publicProcedure
    .input(catalogShowcaseInput)
    .query(({ ctx, input }) =>
      showcasePage(ctx.services.orm.em.fork(), input.id, input.language ?? ctx.language),
    ),
});
