// The pid file cases that need no PostgreSQL; the orphaned postmaster itself is stopped in
// apps/api/src/lifecycle.int.test.ts, on the real server process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { releaseOrphanedPostgres } from './orphaned-postgres.ts';

describe('freeing a data folder before PostgreSQL starts on it', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mp-orphan-'));
    await mkdir(join(dir, 'pg'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const pidFile = () => join(dir, 'pg', 'postmaster.pid');
  const writePidFile = (pid: number) =>
    writeFile(pidFile(), `${pid}\n${join(dir, 'pg')}\n1796165075\n45597\n`);

  it('does nothing without a pid file', async () => {
    await expect(releaseOrphanedPostgres(join(dir, 'pg'))).resolves.toBeUndefined();
  });

  it('removes a pid file whose pid another program now has, and leaves that program alone', async () => {
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await writePidFile(other.pid ?? 0);
      const notices: string[] = [];
      await releaseOrphanedPostgres(join(dir, 'pg'), { onLog: (m) => notices.push(m) });
      expect(existsSync(pidFile())).toBe(false);
      expect(other.exitCode).toBeNull();
      expect(notices.join('\n')).toContain(`process ${other.pid} is ${process.execPath} -e`);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('leaves the pid file of a process that is gone to PostgreSQL, which checks its shared memory', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.once('exit', r));
    await writePidFile(gone.pid ?? 0);
    await releaseOrphanedPostgres(join(dir, 'pg'));
    expect(existsSync(pidFile())).toBe(true);
  });
});
