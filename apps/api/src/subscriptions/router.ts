import { REGIONS } from '@marketplace/domain';
import { z } from 'zod';
import { router, userProcedure } from '../trpc.ts';
import { listSubscriptions, subscribe } from './subscribe.ts';

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
        },
        ctx.member.organization,
        ctx.member.account,
        input,
      ),
    ),
  list: userProcedure.query(({ ctx }) =>
    listSubscriptions(ctx.services.orm.em.fork(), ctx.member.organization),
  ),
});
