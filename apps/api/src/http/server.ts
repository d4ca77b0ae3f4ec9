import { join } from 'node:path';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { registerCatalogResponseCache } from '../catalog/response-cache.ts';
import { ROOT_DIR } from '../config.ts';
import { registerFileRoutes } from '../files/routes.ts';
import { cookieJar } from '../identity/sessions.ts';
import { registerDevInboxRoutes } from '../mail/dev-inbox-routes.ts';
import { type AppRouter, appRouter } from '../router.ts';
import { registerSalesRoutes } from '../sales/csv-route.ts';
import type { Services } from '../services.ts';
import { createInnerContext } from '../trpc.ts';
import { registerUsageRoutes } from '../usage/downloads.ts';
import { registerBatchLimit } from './batch-limit.ts';
import { requestLanguage } from './language.ts';
import { registerSameOriginCheck } from './same-origin.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerPortals } from './spa.ts';
import { registerUnknownProcedure } from './unknown-procedure.ts';

export type ServerOptions = {
  /** Folders of the built portals; defaults to apps/buyer/dist and apps/seller/dist. */
  buyerDist?: string;
  sellerDist?: string;
};

export async function buildServer(services: Services, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    // Our pino and Fastify's may differ in minor version; the logger API used is the same.
    loggerInstance: services.log as FastifyBaseLogger,
    // Closing keeps in-flight requests, drops idle keep-alive sockets so shutdown is prompt.
    forceCloseConnections: 'idle',
    bodyLimit: 1024 * 1024,
    trustProxy: services.config.trustProxy,
    routerOptions: { maxParamLength: 5000 },
  });

  // PUBLIC_URL as set; startMarketplace fills an unset one in only once listening.
  const publicUrl = services.config.publicUrl;
  await registerSecurityHeaders(app, { tls: publicUrl?.startsWith('https://') ?? false });
  registerSameOriginCheck(app, publicUrl);

  registerBatchLimit(app);
  registerUnknownProcedure(app, Object.keys(appRouter._def.procedures));
  registerCatalogResponseCache(app, services.catalog);

  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) =>
        createInnerContext(services, {
          language: requestLanguage(req.headers),
          requestId: String(req.id),
          ipAddress: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          cookies: cookieJar(
            req.headers.cookie,
            (value) => {
              const previous = res.getHeader('set-cookie');
              const list = Array.isArray(previous) ? previous : previous ? [String(previous)] : [];
              res.header('set-cookie', [...list, value]);
            },
            (services.config.publicUrl ?? '').startsWith('https://'),
          ),
        }),
      onError({ error, path, ctx }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          services.log.error(
            { err: error.cause ?? error, path, requestId: ctx?.requestId },
            'procedure failed',
          );
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  await registerFileRoutes(app, services);
  registerSalesRoutes(app, services);
  registerUsageRoutes(app, services);

  if (services.devInbox) registerDevInboxRoutes(app, services.devInbox, services.config.host);

  await registerPortals(app, [
    { prefix: '/', distDir: options.buyerDist ?? join(ROOT_DIR, 'apps/buyer/dist') },
    { prefix: '/seller/', distDir: options.sellerDist ?? join(ROOT_DIR, 'apps/seller/dist') },
  ]);

  return app;
}
