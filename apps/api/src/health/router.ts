import { checkDatabase } from '@marketplace/db';
import { publicProcedure, router } from '../trpc.ts';

export const healthRouter = router({
  /** `{ ok, version, db }`: whether the marketplace can serve, for load balancers and the portals. */
  health: publicProcedure.query(async ({ ctx }) => {
    const db = await checkDatabase(ctx.services.orm);
    return { ok: db.state === 'up', version: ctx.services.config.version, db };
  }),
});
