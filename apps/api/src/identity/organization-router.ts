import { forbidden } from '@marketplace/domain';
import {
  accountsCreateInput,
  accountsDeleteInput,
  accountsListInput,
  accountsUpdateInput,
  organizationUpdateInput,
  outscaleAccountsLinkInput,
  outscaleAccountsListInput,
  outscaleAccountsUnlinkInput,
} from '@marketplace/validators';
import type { Context } from '../trpc.ts';
import { adminProcedure, router, sessionProcedure } from '../trpc.ts';
import { type AccountsDeps, createAccount, deleteAccount, listAccounts, updateAccount } from './accounts.ts';
import { linkAccount, listLinkedAccounts, unlinkAccount } from './linked-accounts.ts';
import { describeOrganization, organizationAdmins, updateOrganization } from './organization.ts';

const accountsDeps = (ctx: Context): AccountsDeps => ({
  outbox: ctx.services.outbox,
  jobs: ctx.services.jobs,
  provisionEim: ctx.services.identityJobs.provisionEim,
  deprovisionEim: ctx.services.identityJobs.deprovisionEim,
  portalUrl: ctx.services.config.publicUrl ?? '',
  now: ctx.services.now(),
});

export const organizationRouter = router({
  get: sessionProcedure.query(async ({ ctx }) => {
    const organization = ctx.session.organization;
    if (!organization)
      throw forbidden({
        en: 'You belong to no organization.',
        fr: "Vous n'appartenez à aucune organisation.",
      });
    return {
      ...describeOrganization(organization),
      /** Whom its members ask for what only an admin may do. */
      admins: await organizationAdmins(ctx.services.orm.em.fork(), organization.id),
    };
  }),
  update: adminProcedure
    .input(organizationUpdateInput)
    .mutation(({ ctx, input }) =>
      updateOrganization(ctx.services.orm.em.fork(), ctx.member.organization.id, input),
    ),
});

export const accountsRouter = router({
  /** A page of the organization's Marketplace accounts, oldest first. */
  list: adminProcedure
    .input(accountsListInput)
    .query(({ ctx, input }) =>
      listAccounts(ctx.services.orm.em.fork(), ctx.member.organization, input ?? {}),
    ),
  create: adminProcedure
    .input(accountsCreateInput)
    .mutation(({ ctx, input }) =>
      createAccount(
        ctx.services.orm.em.fork(),
        accountsDeps(ctx),
        ctx.member.organization,
        ctx.member.account,
        input,
      ),
    ),
  update: adminProcedure.input(accountsUpdateInput).mutation(async ({ ctx, input }) => {
    await updateAccount(
      ctx.services.orm.em.fork(),
      accountsDeps(ctx),
      ctx.member.organization,
      ctx.member.account,
      input,
    );
    return { ok: true as const };
  }),
  delete: adminProcedure.input(accountsDeleteInput).mutation(async ({ ctx, input }) => {
    await deleteAccount(
      ctx.services.orm.em.fork(),
      accountsDeps(ctx),
      ctx.member.organization,
      ctx.member.account,
      input.id,
    );
    return { ok: true as const };
  }),
});

export const outscaleAccountsRouter = router({
  /** The home OUTSCALE account and a page of the linked ones, oldest first. */
  list: adminProcedure
    .input(outscaleAccountsListInput)
    .query(({ ctx, input }) =>
      listLinkedAccounts(ctx.services.orm.em.fork(), ctx.member.organization, input ?? {}),
    ),
  link: adminProcedure
    .input(outscaleAccountsLinkInput)
    .mutation(({ ctx, input }) =>
      linkAccount(
        ctx.services.orm.em.fork(),
        { ...ctx.services, afterLink: ctx.services.linkSharing.afterLink },
        ctx.member.organization,
        input,
      ),
    ),
  unlink: adminProcedure.input(outscaleAccountsUnlinkInput).mutation(async ({ ctx, input }) => {
    await unlinkAccount(
      ctx.services.orm.em.fork(),
      ctx.member.organization,
      input.id,
      ctx.services.linkSharing.afterUnlink,
    );
    return { ok: true as const };
  }),
});
