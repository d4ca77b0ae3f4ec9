// `pnpm ops` as an operator runs it, on the embedded parts of a DATA_DIR with no server running.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const apiDir = resolve(import.meta.dirname, '..');

describe('pnpm ops', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'mp-ops-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  const ops = (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    delete env.SMTP_URL;
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/ops.ts', ...args], {
      cwd: apiDir,
      env,
      encoding: 'utf8',
      timeout: 90_000,
    });
  };

  it('creates an operator and e-mails the set-password link before exiting', async () => {
    const result = ops('operator:create', '--email', 'Ops@Outscale.example');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Operator ops@outscale.example created');
    const mails = readdirSync(join(dataDir, 'mail')).filter((f) => f.endsWith('.eml'));
    expect(mails).toHaveLength(1);
    const mail = await simpleParser(readFileSync(join(dataDir, 'mail', mails[0] ?? '')));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('ops@outscale.example');
    expect(mail.text).toMatch(/\/seller\/set-password\?token=[a-z2-7]{32}/);
  });

  it('fails with a clear message and a non-zero status', () => {
    const unknown = ops('organization:validate', '--id', '00000000-0000-0000-0000-000000000000');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('This organization was not found.');
    const usage = ops('nonsense');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('pnpm ops operator:create --email E');
  });
});
