import { ORGANIZATION_STATES } from '@marketplace/domain';
import { z } from 'zod';
import { paragraph } from '../input.ts';
import { pageFields, pageInput } from '../paging.ts';
import { listImageFindings } from '../publication/ownership-findings.ts';
import { operatorProcedure, router } from '../trpc.ts';
import { operatorUsageRouter } from '../usage/router.ts';
import { decideOrganization, listOrganizations } from './operator.ts';

const id = z.uuid();

export const operatorRouter = router({
  usage: operatorUsageRouter,
  organizations: router({
    list: operatorProcedure
      .input(z.object({ state: z.enum(ORGANIZATION_STATES).optional(), ...pageFields }).optional())
      .query(({ ctx, input }) => listOrganizations(ctx.services.orm.em.fork(), input?.state, input ?? {})),
    validate: operatorProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
      await decideOrganization(
        ctx.services.orm.em.fork(),
        ctx.services.outbox,
        input.id,
        { to: 'validated' },
        ctx.services.config.publicUrl ?? '',
        ctx.services.now(),
      );
      return { ok: true as const };
    }),
    reject: operatorProcedure
      .input(z.object({ id, reason: paragraph().trim().min(5).max(2000) }))
      .mutation(async ({ ctx, input }) => {
        await decideOrganization(
          ctx.services.orm.em.fork(),
          ctx.services.outbox,
          input.id,
          { to: 'rejected', reason: input.reason },
          ctx.services.config.publicUrl ?? '',
          ctx.services.now(),
        );
        return { ok: true as const };
      }),
  }),
  /** Versions whose source OMI is not proved their seller's own (the ownership audit). */
  imageFindings: router({
    list: operatorProcedure
      .input(pageInput)
      .query(({ ctx, input }) => listImageFindings(ctx.services.orm.em.fork(), input ?? {})),
  }),
});
