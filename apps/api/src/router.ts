import { catalogRouter } from './catalog/router.ts';
import { healthRouter } from './health/router.ts';
import { authRouter } from './identity/auth-router.ts';
import { operatorRouter } from './identity/operator-router.ts';
import {
  accountsRouter,
  organizationRouter,
  outscaleAccountsRouter,
} from './identity/organization-router.ts';
import { jobsRouter } from './jobs/router.ts';
import { productsRouter, showcaseRouter } from './publication/router.ts';
import { salesRouter } from './sales/router.ts';
import { subscriptionsRouter } from './subscriptions/router.ts';
import { router } from './trpc.ts';
import { usageRouter } from './usage/router.ts';

export const appRouter = router({
  health: healthRouter.health,
  auth: authRouter,
  organization: organizationRouter,
  accounts: accountsRouter,
  outscaleAccounts: outscaleAccountsRouter,
  operator: operatorRouter,
  showcase: showcaseRouter,
  products: productsRouter,
  catalog: catalogRouter,
  subscriptions: subscriptionsRouter,
  sales: salesRouter,
  jobs: jobsRouter,
  usage: usageRouter,
});

export type AppRouter = typeof appRouter;
