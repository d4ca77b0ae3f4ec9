import { healthRouter } from './health/router.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  health: healthRouter.health,
});

export type AppRouter = typeof appRouter;
