// Test helper: each suite gets its own fresh database on a real PostgreSQL, removed afterwards.
// The server is DATABASE_URL's when set, otherwise one embedded PostgreSQL per test run, started by
// the global setup below (vitest `globalSetup`) in a temporary folder.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrate, type Orm, openOrm } from './orm.ts';

const ADMIN_URL_VARIABLE = 'MARKETPLACE_TEST_ADMIN_URL';

/** vitest globalSetup: starts the embedded PostgreSQL unless DATABASE_URL names one. */
export async function setupTestPostgres(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    process.env[ADMIN_URL_VARIABLE] = process.env.DATABASE_URL;
    return async () => {};
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'mp-test-pg-'));
  const server = await startEmbeddedPostgres({ dataDir, persistent: false });
  // Workers are started after global setup and inherit the environment.
  process.env[ADMIN_URL_VARIABLE] = server.adminUrl;
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

export type TestDatabase = { url: string; drop(): Promise<void> };

/** Creates an empty database on the test server; `drop` removes it (and its connections). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[ADMIN_URL_VARIABLE];
  if (!adminUrl) {
    throw new Error('No test PostgreSQL: add setupTestPostgres to vitest globalSetup, or set DATABASE_URL.');
  }
  const name = `mp_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(adminUrl, `drop database if exists "${name}" with (force)`),
  };
}

/** A fresh, migrated database with an ORM on it, for one suite. */
export async function createTestOrm(): Promise<{ orm: Orm; url: string; close(): Promise<void> }> {
  const database = await createTestDatabase();
  const orm = await openOrm({ url: database.url, poolMax: 4 });
  await migrate(orm);
  return {
    orm,
    url: database.url,
    close: async () => {
      await orm.close(true);
      await database.drop();
    },
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
