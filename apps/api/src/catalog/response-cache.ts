// The public catalog search, cached as HTTP responses: a repeated search (same address, so same query,
// filters, language and page) is answered with the bytes already sent, before tRPC parses anything,
// while the catalog's generation is unchanged. Only successful answers are kept; the search is public,
// so the answer does not depend on who asks.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SearchCache } from './search-cache.ts';

const SEARCH = '/trpc/catalog.search?';

export function registerCatalogResponseCache(
  app: FastifyInstance,
  catalog: { cache: SearchCache; generation: () => Promise<string> },
): void {
  const generations = new WeakMap<FastifyRequest, string>();

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' || !request.url.startsWith(SEARCH)) return;
    const generation = await catalog.generation();
    const hit = catalog.cache.get<string>(request.url, generation);
    if (hit !== undefined) {
      return reply.header('content-type', 'application/json').header('x-catalog-cache', 'hit').send(hit);
    }
    generations.set(request, generation);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const generation = generations.get(request);
    // tRPC answers with a web Response (its status and headers inside): a search's answer is small,
    // read it whole, keep it when it succeeded, and send it as the text it is.
    if (generation === undefined || !(payload instanceof Response) || payload.status !== 200) return payload;
    const body = await payload.text();
    catalog.cache.set(request.url, generation, body);
    payload.headers.forEach((value, name) => {
      if (name !== 'set-cookie' && name !== 'content-length') reply.header(name, value);
    });
    return body;
  });
}
