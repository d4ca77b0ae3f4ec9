import { salesAllocateKeyInput, salesKeyHistoryInput, salesListInput } from '@marketplace/validators';
import { router, sellerProcedure } from '../trpc.ts';
import { allocateKey } from './allocate-key.ts';
import { keyHistory, listSales, salesSummary } from './my-sales.ts';

export const salesRouter = router({
  /** My sales: a page of the subscriptions to the organization's offers, newest first by default. */
  list: sellerProcedure
    .input(salesListInput)
    .query(({ ctx, input }) => listSales(ctx.services.orm.em.fork(), ctx.member.organization, input ?? {})),
  /** The dashboard's figures: keys to allocate, new sales and cancellations of the last 30 days. */
  summary: sellerProcedure.query(({ ctx }) =>
    salesSummary(ctx.services.orm.em.fork(), ctx.member.organization, ctx.services.now()),
  ),
  allocateKey: sellerProcedure.input(salesAllocateKeyInput).mutation(({ ctx, input }) =>
    allocateKey(
      ctx.services.orm.em.fork(),
      {
        jobs: ctx.services.jobs,
        share: ctx.services.subscriptionJobs.share,
        revoke: ctx.services.subscriptionJobs.revoke,
        outbox: ctx.services.outbox,
        secretKey: ctx.services.secretKey,
        now: ctx.services.now(),
        publicUrl: ctx.services.config.publicUrl ?? '',
      },
      ctx.member,
      input,
    ),
  ),
  /** Every key version allocated to one sale, the current first. */
  keyHistory: sellerProcedure
    .input(salesKeyHistoryInput)
    .query(({ ctx, input }) =>
      keyHistory(
        ctx.services.orm.em.fork(),
        ctx.services.secretKey,
        ctx.member.organization,
        input.subscriptionId,
      ),
    ),
});
