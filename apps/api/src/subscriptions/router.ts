import { REGIONS } from '@marketplace/domain';
import { z } from 'zod';
import { line } from '../input.ts';
import { pageFields, pageInput } from '../paging.ts';
import { router, userProcedure } from '../trpc.ts';
import { cancelSubscription } from './cancel.ts';
import { subscriptionsForProduct } from './duplicates.ts';
import { getSubscription, listSubscriptions } from './my-subscriptions.ts';
import { subscribableAccounts, subscribe } from './subscribe.ts';

export const subscriptionsRouter = router({
  create: userProcedure
    .input(
      z.object({
        productId: z.uuid(),
        offerId: z.uuid(),
        region: z.enum(REGIONS),
        outscaleAccountIds: z
          .array(z.string().regex(/^\d{12}$/))
          .min(1)
          .max(100),
        startDate: z.iso.date().optional(),
        reservation: z
          .object({
            vmType: line().trim().min(1).max(40),
            vmCount: z.number().int().min(1).max(1000),
            commitment: z.enum(['on_demand', 'one_year']),
            licences: z.number().int().min(1).max(10_000).optional(),
          })
          .optional(),
        licenceAccepted: z.boolean().optional(),
        licenceVersion: z.number().int().min(1).max(1_000_000).optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      subscribe(
        ctx.services.orm.em.fork(),
        {
          jobs: ctx.services.jobs,
          outbox: ctx.services.outbox,
          share: ctx.services.subscriptionJobs.share,
          now: ctx.services.now(),
          publicUrl: ctx.services.config.publicUrl ?? '',
        },
        ctx.member.organization,
        ctx.member.account,
        input,
      ),
    ),
  /** A page of the organization's subscriptions, newest first. */
  list: userProcedure
    .input(pageInput)
    .query(({ ctx, input }) =>
      listSubscriptions(ctx.services.orm.em.fork(), ctx.member.organization, input ?? {}, ctx.services),
    ),
  /** A page of the organization's OUTSCALE accounts a subscription in this region may be shared with. */
  accounts: userProcedure
    .input(z.object({ region: z.enum(REGIONS), ...pageFields }))
    .query(({ ctx, input }) =>
      subscribableAccounts(ctx.services.orm.em.fork(), ctx.member.organization, input.region, input),
    ),
  get: userProcedure
    .input(z.object({ id: z.uuid() }))
    .query(({ ctx, input }) =>
      getSubscription(ctx.services.orm.em.fork(), ctx.member.organization, input.id, ctx.services),
    ),
  /** Cancels one of the organization's subscriptions: at once, or at the end of its commitment. */
  cancel: userProcedure.input(z.object({ id: z.uuid() })).mutation(({ ctx, input }) =>
    cancelSubscription(
      ctx.services.orm.em.fork(),
      {
        jobs: ctx.services.jobs,
        share: ctx.services.subscriptionJobs.share,
        revoke: ctx.services.subscriptionJobs.revoke,
        outbox: ctx.services.outbox,
        now: ctx.services.now(),
        publicUrl: ctx.services.config.publicUrl ?? '',
      },
      ctx.member.organization,
      ctx.member.account,
      input.id,
    ),
  ),
  /** A page of the organization's subscriptions in force to one product: what its product page says. */
  forProduct: userProcedure
    .input(z.object({ productId: z.uuid(), ...pageFields }))
    .query(({ ctx, input }) =>
      subscriptionsForProduct(ctx.services.orm.em.fork(), ctx.member.organization, input.productId, input),
    ),
});
