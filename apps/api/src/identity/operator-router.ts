import {
  operatorImageFindingsListInput,
  operatorOrganizationsListInput,
  operatorOrganizationsRejectInput,
  operatorOrganizationsValidateInput,
} from '@marketplace/validators';
import { listImageFindings } from '../publication/ownership-findings.ts';
import { operatorProcedure, router } from '../trpc.ts';
import { operatorUsageRouter } from '../usage/router.ts';
import { decideOrganization, listOrganizations } from './operator.ts';

export const operatorRouter = router({
  usage: operatorUsageRouter,
  organizations: router({
    list: operatorProcedure
      .input(operatorOrganizationsListInput)
      .query(({ ctx, input }) => listOrganizations(ctx.services.orm.em.fork(), input?.state, input ?? {})),
    validate: operatorProcedure.input(operatorOrganizationsValidateInput).mutation(async ({ ctx, input }) => {
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
    reject: operatorProcedure.input(operatorOrganizationsRejectInput).mutation(async ({ ctx, input }) => {
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
      .input(operatorImageFindingsListInput)
      .query(({ ctx, input }) => listImageFindings(ctx.services.orm.em.fork(), input ?? {})),
  }),
});
