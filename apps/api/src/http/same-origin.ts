import type { Text } from '@marketplace/domain';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyInstance } from 'fastify';
import { requestLanguage } from './language.ts';

const ANOTHER_SITE: Text = {
  en: 'This request came from another site and was refused.',
  fr: "Cette requête venait d'un autre site et a été refusée.",
};

/**
 * The origins the portals are served from: PUBLIC_URL's; without it, this server's own loopback
 * addresses on the port it listens on (`startMarketplace` then makes PUBLIC_URL
 * http://localhost:<port>). Never the request's Host header: a DNS-rebinding page sends its own name
 * as Host and as Origin alike.
 */
export function marketplaceOrigins(publicUrl: string | undefined, port: number): string[] {
  if (publicUrl) return [new URL(publicUrl).origin];
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
}

function listeningPort(app: FastifyInstance): number {
  const address = app.server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/**
 * CSRF protection for cookie sessions (Lucia's guide): a state-changing request that a browser marks
 * with an Origin must come from the marketplace's own origin. Requests without Origin come from
 * non-browser clients, which a foreign page cannot drive with the person's cookie. The refusal is in
 * the caller's language, shaped as the route's other errors, so the portals show its message.
 */
export function registerSameOriginCheck(app: FastifyInstance, publicUrl: string | undefined): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const origin = request.headers.origin;
    if (origin === undefined || marketplaceOrigins(publicUrl, listeningPort(app)).includes(origin)) return;
    const message = ANOTHER_SITE[requestLanguage(request.headers, request.url)];
    // Each caller gets its usual shape: tRPC's for /trpc, the plain routes' (files) otherwise.
    const error = request.url.startsWith('/trpc/')
      ? { message, code: TRPC_ERROR_CODES_BY_KEY.FORBIDDEN, data: { code: 'FORBIDDEN', httpStatus: 403 } }
      : { message, code: 'FORBIDDEN' };
    return reply.code(403).send({ error });
  });
}
