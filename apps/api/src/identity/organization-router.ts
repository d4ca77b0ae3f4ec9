import { forbidden, LANGUAGES, REGIONS } from '@marketplace/domain';
import { z } from 'zod';
import { email, line, outscaleKey } from '../input.ts';
import { pageInput } from '../paging.ts';
import type { Context } from '../trpc.ts';
import { adminProcedure, router, sessionProcedure } from '../trpc.ts';
import { type AccountsDeps, createAccount, deleteAccount, listAccounts, updateAccount } from './accounts.ts';
import { linkAccount, listLinkedAccounts, unlinkAccount } from './linked-accounts.ts';
import { describeOrganization, organizationAdmins, updateOrganization } from './organization.ts';

const roles = z
  .array(z.enum(['admin', 'user']))
  .min(1)
  .max(2);
const name = line().trim().min(1).max(100);
const id = z.uuid();

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
    .input(
      z.object({
        name: line().trim().min(2).max(200).optional(),
        language: z.enum(LANGUAGES).optional(),
        /** Add a type (a buyer starts selling); a type is never removed. */
        types: z
          .array(z.enum(['buyer', 'seller']))
          .min(1)
          .max(2)
          .optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      updateOrganization(ctx.services.orm.em.fork(), ctx.member.organization.id, input),
    ),
});

export const accountsRouter = router({
  /** A page of the organization's Marketplace accounts, oldest first. */
  list: adminProcedure
    .input(pageInput)
    .query(({ ctx, input }) =>
      listAccounts(ctx.services.orm.em.fork(), ctx.member.organization, input ?? {}),
    ),
  create: adminProcedure
    .input(z.object({ email: email(), firstName: name, lastName: name, roles }))
    .mutation(({ ctx, input }) =>
      createAccount(
        ctx.services.orm.em.fork(),
        accountsDeps(ctx),
        ctx.member.organization,
        ctx.member.account,
        input,
      ),
    ),
  update: adminProcedure
    .input(z.object({ id, firstName: name.optional(), lastName: name.optional(), roles: roles.optional() }))
    .mutation(async ({ ctx, input }) => {
      await updateAccount(
        ctx.services.orm.em.fork(),
        accountsDeps(ctx),
        ctx.member.organization,
        ctx.member.account,
        input,
      );
      return { ok: true as const };
    }),
  delete: adminProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
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
    .input(pageInput)
    .query(({ ctx, input }) =>
      listLinkedAccounts(ctx.services.orm.em.fork(), ctx.member.organization, input ?? {}),
    ),
  link: adminProcedure
    .input(
      z.object({
        region: z.enum(REGIONS),
        accessKey: outscaleKey(16, 64),
        secretKey: outscaleKey(16, 128),
        label: line().trim().max(100).optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      linkAccount(
        ctx.services.orm.em.fork(),
        { ...ctx.services, afterLink: ctx.services.linkSharing.afterLink },
        ctx.member.organization,
        input,
      ),
    ),
  unlink: adminProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    await unlinkAccount(
      ctx.services.orm.em.fork(),
      ctx.member.organization,
      input.id,
      ctx.services.linkSharing.afterUnlink,
    );
    return { ok: true as const };
  }),
});
