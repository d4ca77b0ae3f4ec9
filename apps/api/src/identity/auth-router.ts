import {
  authChangePasswordInput,
  authLoginInput,
  authRequestPasswordResetInput,
  authResetPasswordInput,
  authSetPasswordInput,
  authSignupInput,
  authTotpDisableInput,
  authTotpEnableInput,
} from '@marketplace/validators';
import { publicProcedure, router, sessionProcedure } from '../trpc.ts';
import { login } from './login.ts';
import { describeMe } from './me.ts';
import { changePassword, requestPasswordReset, setPasswordWithLink } from './passwords.ts';
import { endSession } from './sessions.ts';
import { signup } from './signup.ts';
import { disableTotp, enableTotp, setupTotp } from './totp.ts';

const portalUrl = (publicUrl: string | undefined, which: 'buyer' | 'seller') =>
  `${publicUrl ?? ''}${which === 'seller' ? '/seller' : ''}`;

export const authRouter = router({
  signup: publicProcedure.input(authSignupInput).mutation(({ ctx, input }) =>
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
    .input(authLoginInput)
    .mutation(({ ctx, input }) =>
      login(ctx.services.orm.em.fork(), input, ctx, ctx.services.secretKey, ctx.services.now()),
    ),

  logout: sessionProcedure.mutation(async ({ ctx }) => {
    await endSession(ctx.services.orm.em.fork(), ctx.session.sessionId, ctx.cookies);
    return { ok: true as const };
  }),

  me: publicProcedure.query(async ({ ctx }) => describeMe(ctx.services.orm.em.fork(), await ctx.auth())),

  setPassword: publicProcedure.input(authSetPasswordInput).mutation(async ({ ctx, input }) => {
    await setPasswordWithLink(ctx.services.orm.em.fork(), input.token, input.password, ctx.services.now());
    return { ok: true as const };
  }),

  resetPassword: publicProcedure.input(authResetPasswordInput).mutation(async ({ ctx, input }) => {
    await setPasswordWithLink(ctx.services.orm.em.fork(), input.token, input.password, ctx.services.now());
    return { ok: true as const };
  }),

  requestPasswordReset: publicProcedure
    .input(authRequestPasswordResetInput)
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

  changePassword: sessionProcedure.input(authChangePasswordInput).mutation(async ({ ctx, input }) => {
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
    enable: sessionProcedure.input(authTotpEnableInput).mutation(async ({ ctx, input }) => {
      await enableTotp(
        ctx.services.orm.em.fork(),
        ctx.session.account.id,
        input.code,
        ctx.services.secretKey,
        ctx.services.now(),
      );
      return { ok: true as const };
    }),
    disable: sessionProcedure.input(authTotpDisableInput).mutation(async ({ ctx, input }) => {
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
