import type { Language, Text } from '@marketplace/domain';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyInstance } from 'fastify';
import { requestLanguage } from './language.ts';

/** Calls one tRPC batch request may carry: a batch must not multiply what one request may cost. */
export const MAX_BATCH_CALLS = 10;

/**
 * Sign-in, passwords and two-factor codes cost a password hash or a guess each: they come one per
 * request, so that every attempt meets the throttle on its own.
 */
const UNBATCHED = (path: string) => path.startsWith('auth.');

const TOO_MANY_CALLS: Text = {
  en: `A batch may hold at most ${MAX_BATCH_CALLS} calls: send the others in another request.`,
  fr: `Un lot peut contenir au plus ${MAX_BATCH_CALLS} appels : envoyez les autres dans une autre requête.`,
};
const NOT_BATCHABLE: Text = {
  en: 'Sign-in, password and two-factor calls cannot be batched: send each one in its own request.',
  fr: 'Les appels de connexion, de mot de passe et de double authentification ne peuvent pas être groupés : envoyez chacun dans sa propre requête.',
};

/** Refuses an oversized batch, or one holding an `auth.*` call, before anything in it runs. */
export function registerBatchLimit(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const refusal = batchRefusal(request.url);
    if (!refusal) return;
    const language: Language = requestLanguage(request.headers);
    return reply.code(400).send({
      error: {
        message: refusal[language],
        code: TRPC_ERROR_CODES_BY_KEY.BAD_REQUEST,
        data: { code: 'BAD_REQUEST', httpStatus: 400 },
      },
    });
  });
}

/** Why this request address is refused, or null. The paths are read as tRPC reads them. */
export function batchRefusal(url: string): Text | null {
  const address = new URL(url, 'http://marketplace.invalid');
  if (!address.pathname.startsWith('/trpc/') || address.searchParams.get('batch') !== '1') return null;
  const paths = decodeFully(address.pathname.slice('/trpc/'.length)).split(',');
  if (paths.some((path) => UNBATCHED(path.trim()))) return NOT_BATCHABLE;
  if (paths.length > MAX_BATCH_CALLS) return TOO_MANY_CALLS;
  return null;
}

/** Fastify decodes the path once and tRPC once more: decode until nothing changes, to see what tRPC sees. */
function decodeFully(text: string): string {
  let current = text;
  for (let i = 0; i < 5; i++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}
