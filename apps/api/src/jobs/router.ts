import { forbidden } from '@marketplace/domain';
import { jobsGetInput } from '@marketplace/validators';
import { router, sessionProcedure } from '../trpc.ts';
import { jobStatus } from './status.ts';

const MEMBERS_ONLY = {
  en: 'Only members of an organization follow its jobs.',
  fr: "Seuls les membres d'une organisation suivent ses tâches.",
};

export const jobsRouter = router({
  /** State and attempts of one long job (sharing, OMI copy, EIM user) of the caller's organization. */
  get: sessionProcedure.input(jobsGetInput).query(({ ctx, input }) => {
    const organization = ctx.session.organization;
    if (!organization) throw forbidden(MEMBERS_ONLY);
    return jobStatus(ctx.services.orm.em.fork(), ctx.services.jobs, organization.id, input.id);
  }),
});
