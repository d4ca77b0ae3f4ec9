import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { answerNotFound } from './not-found.ts';

export type Portal = { prefix: '/' | '/seller/'; distDir: string };

/** The server's own addresses (the API, files, downloads, the dev inbox): a 404 there is JSON, never a page. */
const SERVER_PATHS = ['/trpc', '/_dev', '/files', '/usage'];

/**
 * Serves each built portal under its prefix, and its index.html for any other GET below it, so that
 * the pages' own routes work on reload. Hashed assets are cached for a year, index.html never.
 */
export async function registerPortals(app: FastifyInstance, portals: Portal[]): Promise<void> {
  for (const [i, portal] of portals.entries()) {
    if (!existsSync(join(portal.distDir, 'index.html'))) {
      app.log.warn({ portal: portal.prefix, distDir: portal.distDir }, 'portal not built: run `pnpm build`');
      continue;
    }
    await app.register(fastifyStatic, {
      root: portal.distDir,
      prefix: portal.prefix,
      decorateReply: i === 0,
      wildcard: false,
      index: false,
      setHeaders(res, path) {
        res.header(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  // Longest prefix first, so /seller/... is not answered by the buyer portal.
  const ordered = [...portals].sort((a, b) => b.prefix.length - a.prefix.length);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
    const portal = ordered.find((p) => path.startsWith(p.prefix) || `${path}/` === p.prefix);
    if (request.method !== 'GET' || isApi || !portal || !existsSync(join(portal.distDir, 'index.html'))) {
      return answerNotFound(request, reply);
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html', portal.distDir);
  });
}
