import { operatorUsageTotalsInput, usageRevenueInput, usageSpendInput } from '@marketplace/validators';
import { operatorProcedure, router, sellerProcedure, userProcedure } from '../trpc.ts';
import { revenueReport, revenueSummary, sellerTotals, spendReport } from './reports.ts';

export const usageRouter = router({
  /** The buyer organization's spend per product, OUTSCALE account and month. */
  spend: userProcedure
    .input(usageSpendInput)
    .query(({ ctx, input }) =>
      spendReport(ctx.services.orm.em.fork(), ctx.member.organization, input, ctx.services.now()),
    ),
  /** The seller organization's revenue per product, offer, buyer and month. */
  revenue: sellerProcedure
    .input(usageRevenueInput)
    .query(({ ctx, input }) =>
      revenueReport(ctx.services.orm.em.fork(), ctx.member.organization, input, ctx.services.now()),
    ),
  /** The seller dashboard's tiles: this month, last month, active subscriptions. */
  revenueSummary: sellerProcedure.query(({ ctx }) =>
    revenueSummary(ctx.services.orm.em.fork(), ctx.member.organization, ctx.services.now()),
  ),
});

/** operator.usage.totals: revenue per seller and month, for the platform operator. */
export const operatorUsageRouter = router({
  totals: operatorProcedure
    .input(operatorUsageTotalsInput)
    .query(({ ctx, input }) => sellerTotals(ctx.services.orm.em.fork(), input, ctx.services.now())),
});
