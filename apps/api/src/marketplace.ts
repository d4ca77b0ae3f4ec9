import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { type DemoLogin, loadDemoData } from './demo/demo-data.ts';
import { buildServer, type ServerOptions } from './http/server.ts';
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

/** Starts the whole marketplace: its parts, then the HTTP server. Used by main.ts and by tests. */
export async function startMarketplace(
  config: Config,
  log: Logger,
  options: ServerOptions = {},
): Promise<RunningMarketplace> {
  const services = await startServices(config, log);
  let server: FastifyInstance;
  let demoLogins: DemoLogin[] = [];
  try {
    // Every process works the queues too; more processes spread the jobs (pg-boss, SKIP LOCKED).
    await services.jobs.work(services.jobDefinitions);
    demoLogins = config.demoData ? await loadDemoData(services) : [];
    server = await buildServer(services, options);
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
