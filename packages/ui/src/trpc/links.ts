import { httpBatchLink, httpLink, splitLink, type TRPCLink } from '@trpc/client';
import type { AppRouter } from './context.ts';

/** As the server's batch limit (apps/api/src/http/batch-limit.ts). */
const MAX_BATCH_CALLS = 10;

type LinkOptions = {
  url: string;
  headers: () => Record<string, string>;
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
};

/**
 * How the pages reach the API: calls made together go in one batch of at most 10, except sign-in,
 * password and two-factor calls (`auth.*`), which the server takes one per request.
 */
export function apiLinks(options: LinkOptions): TRPCLink<AppRouter>[] {
  return [
    splitLink({
      condition: (op) => op.path.startsWith('auth.'),
      true: httpLink(options),
      false: httpBatchLink({ ...options, maxItems: MAX_BATCH_CALLS }),
    }),
  ];
}
