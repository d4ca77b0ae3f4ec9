import { KEY_STATUSES, LICENCE_KEY_TEXT_MAX, SALE_SORTS, SUBSCRIPTION_STATES } from '@marketplace/domain';
import { z } from 'zod';
import { paragraph } from '../input.ts';
import { pageFields } from '../paging.ts';
import { router, sellerProcedure } from '../trpc.ts';
import { allocateKey } from './allocate-key.ts';
import { keyHistory, listSales, salesSummary } from './my-sales.ts';

export const salesFilter = {
  productId: z.uuid().optional(),
  state: z.enum(SUBSCRIPTION_STATES).optional(),
  keyStatus: z.enum(KEY_STATUSES).optional(),
  sort: z.enum(SALE_SORTS).optional(),
};

const key = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    // Line breaks kept (a licence block); the spaces around it are not part of the key.
    text: paragraph().trim().min(1).max(LICENCE_KEY_TEXT_MAX),
  }),
  /** A file uploaded to POST /files?purpose=licence_key. */
  z.object({ kind: z.literal('file'), fileId: z.uuid() }),
]);

export const salesRouter = router({
  /** My sales: a page of the subscriptions to the organization's offers, newest first by default. */
  list: sellerProcedure
    .input(z.object({ ...pageFields, ...salesFilter }).optional())
    .query(({ ctx, input }) => listSales(ctx.services.orm.em.fork(), ctx.member.organization, input ?? {})),
  /** The dashboard's figures: keys to allocate, new sales and cancellations of the last 30 days. */
  summary: sellerProcedure.query(({ ctx }) =>
    salesSummary(ctx.services.orm.em.fork(), ctx.member.organization, ctx.services.now()),
  ),
  allocateKey: sellerProcedure.input(z.object({ subscriptionId: z.uuid(), key })).mutation(({ ctx, input }) =>
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
    .input(z.object({ subscriptionId: z.uuid() }))
    .query(({ ctx, input }) =>
      keyHistory(
        ctx.services.orm.em.fork(),
        ctx.services.secretKey,
        ctx.member.organization,
        input.subscriptionId,
      ),
    ),
});
