// Starts a whole marketplace for an integration test: a fresh database on the test PostgreSQL, the
// embedded SMTP inbox in a temporary DATA_DIR, a real HTTP server on a free port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@marketplace/db/testing';
import { pino } from 'pino';
import { type Config, loadConfig } from '../config.ts';
import { type RunningMarketplace, startMarketplace } from '../marketplace.ts';

export type TestMarketplace = RunningMarketplace & { config: Config; stop(): Promise<void> };

export async function startTestMarketplace(env: Record<string, string> = {}): Promise<TestMarketplace> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'mp-api-test-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, DATABASE_URL: database.url, ...env }, 'test');
  const marketplace = await startMarketplace(config, pino({ level: 'silent' }));
  return {
    ...marketplace,
    config,
    stop: async () => {
      await marketplace.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
