// The server as a real process, as `pnpm start` runs it (embedded PostgreSQL and SMTP in the test's
// DATA_DIR), for the tests of its start and stop. Every process started here is killed by `killAll`,
// whatever the test's outcome, and so is whatever PostgreSQL is left on the data folder.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const apiDir = resolve(import.meta.dirname, '../..');
export const rootDir = resolve(apiDir, '../..');

export type StartedProcess = {
  child: ChildProcess;
  /** Everything it wrote, stdout and stderr. */
  output(): string;
  stderr(): string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

const started = new Set<ChildProcess>();
const grandchildren = new Set<number>();

/** A process started by one started here, killed with them. */
export function killLater(pid: number): void {
  grandchildren.add(pid);
}

/** The environment of a start on the embedded parts of `dataDir`. */
export function serverEnv(dataDir: string, port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    DEMO_DATA: 'false',
  };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  return env;
}

/** `node <args>` in apps/api, its output kept. */
export function startNode(
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { ownProcessGroup?: boolean } = {},
): StartedProcess {
  // In a process group of its own, as a terminal starts a command: Ctrl+C signals the whole group.
  const child = spawn(process.execPath, args, {
    cwd: apiDir,
    env,
    stdio: 'pipe',
    detached: options.ownProcessGroup,
  });
  started.add(child);
  let output = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    stderr += chunk.toString();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  return { child, output: () => output, stderr: () => stderr, exit };
}

/** The server itself: `node --import tsx src/main.ts`. */
export function startServer(dataDir: string, port: number): StartedProcess {
  return startNode(['--import', 'tsx', 'src/main.ts'], serverEnv(dataDir, port));
}

/** Waits until `/trpc/health` answers, and returns its answer; throws if the process exits first. */
export async function waitForHealth(
  url: string,
  started: Pick<StartedProcess, 'child' | 'output'>,
  timeoutMs = 60_000,
): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null || started.child.signalCode !== null) {
      throw new Error(
        `exited early (${started.child.exitCode ?? started.child.signalCode}):\n${started.output()}`,
      );
    }
    try {
      const response = await fetch(`${url}/trpc/health`);
      if (response.ok) return ((await response.json()) as { result: { data: unknown } }).result.data;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`no health answer in ${timeoutMs / 1000} s:\n${started.output()}`);
}

/** The postmasters running on `dataDir`'s cluster, as `pid command` lines. */
export function postgresProcessesIn(dataDir: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', `postgres -D ${join(dataDir, 'pg')}( |$)`], { encoding: 'utf8' })
      .trim()
      .split('\n');
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** The pid the cluster's `postmaster.pid` names. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** The running server's pid, from the DATA_DIR/runtime.json it writes once its database is up. */
export function serverPid(dataDir: string): number | undefined {
  const file = join(dataDir, 'runtime.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { pid: number }).pid : undefined;
}

export function databaseUrlOf(dataDir: string): string {
  return (JSON.parse(readFileSync(join(dataDir, 'runtime.json'), 'utf8')) as { databaseUrl: string })
    .databaseUrl;
}

/** Whether `pid` runs (a zombie nobody reaped yet does not). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3));
  } catch {
    return false;
  }
}

export async function untilGone(pid: number, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isRunning(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Kills every process started here, the server `dataDir` names, and any PostgreSQL left on it. */
export async function killAll(dataDir: string): Promise<void> {
  const pids = [...started].map((child) => child.pid);
  pids.push(serverPid(dataDir), ...grandchildren);
  for (const pid of pids) {
    if (pid !== undefined && isRunning(pid)) process.kill(pid, 'SIGKILL');
  }
  started.clear();
  grandchildren.clear();
  for (const line of postgresProcessesIn(dataDir)) {
    const pid = Number(line.split(' ')[0]);
    process.kill(pid, 'SIGQUIT'); // PostgreSQL's immediate shutdown
    await untilGone(pid, 10_000);
  }
}
