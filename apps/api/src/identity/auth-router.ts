import { LANGUAGES, ORGANIZATION_TYPES, REGIONS } from '@marketplace/domain';
import { z } from 'zod';
import { email as emailAddress, line, outscaleKey } from '../input.ts';
import { publicProcedure, router, sessionProcedure } from '../trpc.ts';
import { login } from './login.ts';
import { describeMe } from './me.ts';
import { changePassword, requestPasswordReset, setPasswordWithLink } from './passwords.ts';
import { endSession } from './sessions.ts';
import { signup } from './signup.ts';
import { disableTotp, enableTotp, setupTotp } from './totp.ts';

const email = emailAddress();
const token = line().min(16).max(128);
const totpCode = line().trim().min(6).max(8);
// Passwords are any characters the person chose: never stored or shown, only hashed.
const portal = z.enum(['buyer', 'seller']).default('buyer');

const portalUrl = (publicUrl: string | undefined, which: 'buyer' | 'seller') =>
  `${publicUrl ?? ''}${which === 'seller' ? '/seller' : ''}`;

export const authRouter = router({
  signup: publicProcedure
    .input(
      z.object({
        organizationName: line().trim().min(2).max(200),
        types: z.array(z.enum(ORGANIZATION_TYPES)).min(1).max(2),
        region: z.enum(REGIONS),
        accessKey: outscaleKey(16, 64),
        secretKey: outscaleKey(16, 128),
        language: z.enum(LANGUAGES),
        portal,
      }),
    )
    .mutation(({ ctx, input }) =>
      signup(
        ctx.services.orm.em.fork(),
        {
          cloud: ctx.services.cloud,
          outbox: ctx.services.outbox,
          jobs: ctx.services.jobs,
          provisionEim: ctx.services.identityJobs.provisionEim,
          secretKey: ctx.services.secretKey,
          publicUrl: ctx.services.config.publicUrl ?? '',
        },
        input,
        ctx.services.now(),
      ),
    ),

  login: publicProcedure
    .input(z.object({ email, password: z.string().min(1).max(1024), totp: totpCode.optional() }))
    .mutation(({ ctx, input }) =>
      login(ctx.services.orm.em.fork(), input, ctx, ctx.services.secretKey, ctx.services.now()),
    ),

  logout: sessionProcedure.mutation(async ({ ctx }) => {
    await endSession(ctx.services.orm.em.fork(), ctx.session.sessionId, ctx.cookies);
    return { ok: true as const };
  }),

  me: publicProcedure.query(async ({ ctx }) => describeMe(ctx.services.orm.em.fork(), await ctx.auth())),

  setPassword: publicProcedure
    .input(z.object({ token, password: z.string().max(1024) }))
    .mutation(async ({ ctx, input }) => {
      await setPasswordWithLink(ctx.services.orm.em.fork(), input.token, input.password, ctx.services.now());
      return { ok: true as const };
    }),

  resetPassword: publicProcedure
    .input(z.object({ token, password: z.string().max(1024) }))
    .mutation(async ({ ctx, input }) => {
      await setPasswordWithLink(ctx.services.orm.em.fork(), input.token, input.password, ctx.services.now());
      return { ok: true as const };
    }),

  requestPasswordReset: publicProcedure
    .input(z.object({ email: line().max(320), portal }))
    .mutation(async ({ ctx, input }) => {
      await requestPasswordReset(
        ctx.services.jobs,
        ctx.services.identityJobs.passwordReset,
        input.email,
        portalUrl(ctx.services.config.publicUrl, input.portal),
        ctx.services.now(),
        ctx.language,
      );
      return { ok: true as const };
    }),

  changePassword: sessionProcedure
    .input(z.object({ currentPassword: z.string().max(1024), newPassword: z.string().max(1024) }))
    .mutation(async ({ ctx, input }) => {
      await changePassword(
        ctx.services.orm.em.fork(),
        ctx.session.account.id,
        ctx.session.sessionId,
        input,
        ctx.services.now(),
      );
      return { ok: true as const };
    }),

  totp: router({
    setup: sessionProcedure.mutation(({ ctx }) =>
      setupTotp(ctx.services.orm.em.fork(), ctx.session.account.id, ctx.services.secretKey),
    ),
    enable: sessionProcedure.input(z.object({ code: totpCode })).mutation(async ({ ctx, input }) => {
      await enableTotp(
        ctx.services.orm.em.fork(),
        ctx.session.account.id,
        input.code,
        ctx.services.secretKey,
        ctx.services.now(),
      );
      return { ok: true as const };
    }),
    disable: sessionProcedure.input(z.object({ code: totpCode })).mutation(async ({ ctx, input }) => {
      await disableTotp(
        ctx.services.orm.em.fork(),
        ctx.session.account.id,
        input.code,
        ctx.services.secretKey,
        ctx.services.now(),
      );
      return { ok: true as const };
    }),
  }),
});
