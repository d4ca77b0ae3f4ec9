import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { type DemoLogin, loadDemoData } from './demo/demo-data.ts';
import { buildServer, type ServerOptions } from './http/server.ts';
import { buildWorkerHealthServer } from './http/worker-health.ts';
import { type Services, startServices } from './services.ts';

export type RunningMarketplace = {
  url: string;
  /** The demo sign-ins, when DEMO_DATA loaded them. */
  demoLogins: DemoLogin[];
  services: Services;
  server: FastifyInstance;
  /** Stops accepting, finishes requests in flight, then stops every part (pool, SMTP, PostgreSQL). */
  close(): Promise<void>;
};

/**
 * What a process does. A web process serves the portals and the API and enqueues jobs; a worker works
 * the queues and runs the schedules (pg-boss spreads the jobs over every worker with SKIP LOCKED), and
 * serves only its health. Both, by default, in one process.
 */
export type Roles = { web: boolean; worker: boolean };

export type MarketplaceOptions = ServerOptions & { roles?: Roles };

/** Starts the whole marketplace: its parts, then the HTTP server. Used by main.ts and by tests. */
export async function startMarketplace(
  config: Config,
  log: Logger,
  options: MarketplaceOptions = {},
): Promise<RunningMarketplace> {
  const roles = options.roles ?? { web: true, worker: true };
  const services = await startServices(config, log, { worker: roles.worker });
  let server: FastifyInstance;
  let demoLogins: DemoLogin[] = [];
  try {
    if (roles.worker) await services.jobs.work(services.jobDefinitions);
    demoLogins = config.demoData && roles.web ? await loadDemoData(services) : [];
    server = roles.web ? await buildServer(services, options) : buildWorkerHealthServer(services);
    await server.listen({ port: config.port, host: config.host });
  } catch (error) {
    await services.stop();
    throw error;
  }
  const { port } = server.server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  // Links in e-mails need the public address; without PUBLIC_URL it is this server's own.
  services.config.publicUrl ??= `http://localhost:${port}`;

  let closing: Promise<void> | undefined;
  return {
    url,
    demoLogins,
    services,
    server,
    close: () => {
      closing ??= server.close().then(() => services.stop());
      return closing;
    },
  };
}
