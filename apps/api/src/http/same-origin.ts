import type { FastifyInstance } from 'fastify';

/**
 * CSRF protection for cookie sessions (Lucia's guide): a state-changing request that a browser marks
 * with an Origin must come from the marketplace's own origin. Requests without Origin come from
 * non-browser clients, which a foreign page cannot drive with the person's cookie.
 */
export function registerSameOriginCheck(app: FastifyInstance, allowedOrigins: () => string[]): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const origin = request.headers.origin;
    if (origin === undefined) return;
    const host = request.headers.host;
    const own = host ? [`http://${host}`, `https://${host}`] : [];
    if (![...allowedOrigins(), ...own].includes(origin)) {
      return reply.code(403).send({
        error: { message: 'This request came from another site and was refused.', code: 'FORBIDDEN' },
      });
    }
  });
}
