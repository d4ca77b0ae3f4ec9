import {
  subscriptionsAccountsInput,
  subscriptionsCancelInput,
  subscriptionsCreateInput,
  subscriptionsForProductInput,
  subscriptionsGetInput,
  subscriptionsListInput,
} from '@marketplace/validators';
import { router, userProcedure } from '../trpc.ts';
import { cancelSubscription } from './cancel.ts';
import { subscriptionsForProduct } from './duplicates.ts';
import { getSubscription, listSubscriptions } from './my-subscriptions.ts';
import { subscribableAccounts, subscribe } from './subscribe.ts';

export const subscriptionsRouter = router({
  create: userProcedure.input(subscriptionsCreateInput).mutation(({ ctx, input }) =>
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
    .input(subscriptionsListInput)
    .query(({ ctx, input }) =>
      listSubscriptions(ctx.services.orm.em.fork(), ctx.member.organization, input ?? {}, ctx.services),
    ),
  /** A page of the organization's OUTSCALE accounts a subscription in this region may be shared with. */
  accounts: userProcedure
    .input(subscriptionsAccountsInput)
    .query(({ ctx, input }) =>
      subscribableAccounts(ctx.services.orm.em.fork(), ctx.member.organization, input.region, input),
    ),
  get: userProcedure
    .input(subscriptionsGetInput)
    .query(({ ctx, input }) =>
      getSubscription(ctx.services.orm.em.fork(), ctx.member.organization, input.id, ctx.services),
    ),
  /** Cancels one of the organization's subscriptions: at once, or at the end of its commitment. */
  cancel: userProcedure.input(subscriptionsCancelInput).mutation(({ ctx, input }) =>
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
    .input(subscriptionsForProductInput)
    .query(({ ctx, input }) =>
      subscriptionsForProduct(ctx.services.orm.em.fork(), ctx.member.organization, input.productId, input),
    ),
});
