// A worker serves no pages and no API: only its health, at the path load balancers and process
// managers already probe on a web process (`GET /trpc/health`, the same JSON), so either role is
// watched the same way. Everything else is a 404.
import { checkDatabase } from '@marketplace/db';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { answerNotFound } from './not-found.ts';

export function buildWorkerHealthServer(services: Services): FastifyInstance {
  const app = Fastify({ loggerInstance: services.log as FastifyBaseLogger, forceCloseConnections: true });
  app.get('/trpc/health', async () => {
    const db = await checkDatabase(services.orm);
    return {
      result: { data: { ok: db.state === 'up', version: services.config.version, role: 'worker', db } },
    };
  });
  app.setNotFoundHandler(answerNotFound);
  return app;
}
