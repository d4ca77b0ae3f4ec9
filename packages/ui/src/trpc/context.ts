// Only the router's *type* crosses into the pages: no server code is ever bundled.
import type { AppRouter } from '@marketplace/api/router';
import { createTRPCContext } from '@trpc/tanstack-react-query';

export type { AppRouter };

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
