// `pnpm start` runs this: the marketplace on the settings of the environment, embedded defaults for
// whatever is unset. SIGINT/SIGTERM, or the end of the bootstrap that started it, stop it gracefully; a
// second signal exits at once.
// `--web` serves HTTP and enqueues jobs only, `--worker` works the queues only (and answers its health);
// neither or both: one process does both, as `pnpm start` does.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { isLoopbackAddress } from './http/loopback.ts';
import { createLog } from './log.ts';
import { startMarketplace } from './marketplace.ts';
import { exitOnStartFailure, stopOnRequest } from './process-lifecycle.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const { values: flags } = parseArgs({ options: { web: { type: 'boolean' }, worker: { type: 'boolean' } } });
const roles =
  flags.web || flags.worker
    ? { web: flags.web === true, worker: flags.worker === true }
    : { web: true, worker: true };

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(undefined, version);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const log = createLog(config.logLevel);

const lifecycle = stopOnRequest(log);
const marketplace = await startMarketplace(config, log, { roles }).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  exitOnStartFailure(log, error);
});

const publicUrl = marketplace.services.config.publicUrl ?? marketplace.url;
const lines = [
  '',
  `  OUTSCALE Marketplace ${version} is running${roles.web ? '' : ' as a worker'}`,
  ...(roles.web
    ? [
        `  Buyer portal:   ${publicUrl}/`,
        `  Seller portal:  ${publicUrl}/seller/`,
        `  API:            ${publicUrl}/trpc`,
      ]
    : [`  Health:         ${marketplace.url}/trpc/health`]),
];
// Served only on a loopback HOST (mail/dev-inbox-routes.ts).
if (roles.web && marketplace.services.devInbox && isLoopbackAddress(config.host)) {
  lines.push(`  Dev inbox:      ${publicUrl}/_dev/mail`);
}
if (marketplace.services.cloud.simulator) {
  lines.push(`  OUTSCALE API:   simulator at ${marketplace.services.cloud.simulator.url}/api/v1`);
}
if (marketplace.services.directory.simulator) {
  lines.push(`  Sirene:         simulator at ${marketplace.services.directory.simulator.endpoint}`);
}
if (marketplace.demoLogins.length > 0) {
  lines.push('', '  Demo sign-ins:');
  for (const login of marketplace.demoLogins) {
    const where = login.portal === 'seller' ? `${publicUrl}/seller/` : `${publicUrl}/`;
    lines.push(`    ${login.role.padEnd(42)} ${login.email} / ${login.password}  (${where})`);
  }
}
lines.push('', '  Press Ctrl+C to stop.', '');
console.log(lines.join('\n'));

// An error nothing caught: say so, stop the parts (PostgreSQL included), and exit with failure.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    log.fatal({ err: error }, `${event}: stopping`);
    marketplace.close().finally(() => process.exit(1));
  });
}

lifecycle.started(() => marketplace.close());
