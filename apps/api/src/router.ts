import { healthRouter } from './health/router.ts';
import { authRouter } from './identity/auth-router.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  health: healthRouter.health,
  auth: authRouter,
});

export type AppRouter = typeof appRouter;
