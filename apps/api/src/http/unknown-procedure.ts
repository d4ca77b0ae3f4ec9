// A call of a procedure that does not exist: tRPC's own answer says so in English ("No procedure found
// on path …"), so the server answers first, in the caller's language, with tRPC's shape and code.
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyInstance } from 'fastify';
import { requestLanguage } from './language.ts';
import { NOTHING_HERE } from './not-found.ts';

/** The procedure paths a `/trpc/…` address names (a batch names several), as tRPC reads them. */
export function procedurePaths(url: string): string[] | null {
  const address = new URL(url, 'http://marketplace.invalid');
  if (!address.pathname.startsWith('/trpc/')) return null;
  let paths = address.pathname.slice('/trpc/'.length);
  try {
    paths = decodeURIComponent(paths);
  } catch {
    // Left as it is: then it names no procedure.
  }
  return address.searchParams.get('batch') === '1' ? paths.split(',') : [paths];
}

export function registerUnknownProcedure(app: FastifyInstance, procedures: readonly string[]): void {
  const known = new Set(procedures);
  app.addHook('onRequest', async (request, reply) => {
    const paths = procedurePaths(request.url);
    if (!paths || paths.every((path) => known.has(path))) return;
    const message = NOTHING_HERE[requestLanguage(request.headers, request.url)];
    const error = (path: string) => ({
      error: {
        message,
        code: TRPC_ERROR_CODES_BY_KEY.NOT_FOUND,
        data: { code: 'NOT_FOUND', httpStatus: 404, path },
      },
    });
    const batch = new URL(request.url, 'http://marketplace.invalid').searchParams.get('batch') === '1';
    return reply.code(404).send(batch ? paths.map(error) : error(paths[0] ?? ''));
  });
}
