import { money } from '@marketplace/domain';
import { z } from 'zod';
import { operatorProcedure, router, sellerProcedure, userProcedure } from '../trpc.ts';
import type { RevenueReport, RevenueSummary, SellerTotals, SpendReport } from './shapes.ts';

/** A month, `YYYY-MM`. */
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const monthRange = z.object({ from: month, to: month });

// The contract of the usage procedures; the metering issue's work fills them in.
export const usageRouter = router({
  /** The buyer organization's spend per product, OUTSCALE account and month. */
  spend: userProcedure
    .input(monthRange)
    .query(({ input }): SpendReport => ({ ...input, rows: [], total: money(0), prices: [] })),
  /** The seller organization's revenue per product, offer, buyer and month. */
  revenue: sellerProcedure
    .input(monthRange)
    .query(({ input }): RevenueReport => ({ ...input, rows: [], total: money(0) })),
  /** The seller dashboard's tiles. */
  revenueSummary: sellerProcedure.query(
    (): RevenueSummary => ({ thisMonth: money(0), lastMonth: money(0), activeSubscriptions: 0 }),
  ),
});

/** operator.usage.totals: revenue per seller and month, for the platform operator. */
export const operatorUsageRouter = router({
  totals: operatorProcedure.input(monthRange).query(({ input }): SellerTotals => ({ ...input, rows: [] })),
});
