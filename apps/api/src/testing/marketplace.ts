// Starts a whole marketplace for an integration test: a fresh database on the test PostgreSQL, the
// embedded SMTP inbox in a temporary DATA_DIR, a real HTTP server on a free port.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@marketplace/db/testing';
import type { Logger } from 'pino';
import { type Config, loadConfig } from '../config.ts';
import type { ServerOptions } from '../http/server.ts';
import { createLog } from '../log.ts';
import { type RunningMarketplace, startMarketplace } from '../marketplace.ts';

export type TestMarketplace = RunningMarketplace & { config: Config; stop(): Promise<void> };

export type TestMarketplaceOptions = {
  /** The logger to use (a test reading the log makes one with `createLog` and a stream). */
  log?: Logger;
  /** Other portal folders than the built ones, for tests that need pages whether or not they are built. */
  server?: ServerOptions;
};

export async function startTestMarketplace(
  env: Record<string, string> = {},
  { log = createLog(process.env.TEST_LOG_LEVEL ?? 'silent'), server = {} }: TestMarketplaceOptions = {},
): Promise<TestMarketplace> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'mp-api-test-'));
  const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, DATABASE_URL: database.url, ...env }, 'test');
  const marketplace = await startMarketplace(config, log, server);
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

/** Waits for the e-mail the jobs send (real SMTP into the dev inbox), and returns the newest match. */
export async function waitForMail(
  marketplace: TestMarketplace,
  to: string,
  subject: RegExp,
  { count = 1, timeoutMs = 15_000 } = {},
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (marketplace.services.devInbox?.list() ?? []).filter(
      (m) => m.to.includes(to) && subject.test(m.subject),
    );
    const [newest] = found;
    if (newest && found.length >= count) return newest;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${count} e-mail(s) to ${to} matching ${subject} within ${timeoutMs} ms`);
}

export function linkIn(text: string, path: string): { url: string; token: string } {
  const match = new RegExp(`https?://\\S+/${path}\\?token=([a-z2-7]+)`).exec(text);
  if (!match?.[1]) throw new Error(`no ${path} link in:\n${text}`);
  return { url: match[0], token: match[1] };
}
