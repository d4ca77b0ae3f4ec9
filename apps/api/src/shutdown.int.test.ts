// Runs the server as `pnpm start` does (embedded PostgreSQL and SMTP) and stops it with a signal.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@marketplace/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiDir, postgresProcessesIn, waitForHealth } from './testing/server-process.ts';

describe('the server as `pnpm start` runs it', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mp-shutdown-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  // The second start reuses the first one's DATA_DIR: its database, with the demo data, is still there.
  it.each([
    ['SIGTERM', 'true'],
    ['SIGINT', 'false'],
  ] as const)(
    'stops on %s, closes everything and leaves no PostgreSQL behind (DEMO_DATA=%s)',
    async (signal, demo) => {
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        DEMO_DATA: demo,
      };
      delete env.DATABASE_URL;
      delete env.SMTP_URL;
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        cwd: apiDir,
        env,
        stdio: 'pipe',
      });
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });

      const health = await waitForHealth(`http://127.0.0.1:${port}`, { child, output: () => output });
      expect(health).toMatchObject({ ok: true, db: { state: 'up' } });
      expect(output).toContain(`Buyer portal:   http://localhost:${port}/`);
      expect(postgresProcessesIn(dataDir)).toHaveLength(1);
      const login = await fetch(`http://127.0.0.1:${port}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'buyer@acme-industries.example', password: 'Demo-password-2026!' }),
      });
      expect(login.status, await login.clone().text()).toBe(200);

      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill(signal);
      const code = await exited;
      expect(code, output).toBe(0);
      expect(postgresProcessesIn(dataDir)).toEqual([]);
      await expect(fetch(`http://127.0.0.1:${port}/trpc/health`)).rejects.toThrow();
    },
  );
});
