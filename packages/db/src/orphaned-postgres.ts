// A server killed with SIGKILL cannot stop the embedded PostgreSQL it started: the postmaster lives on,
// re-parented to init, and keeps the data folder locked by its `postmaster.pid`, so the next start
// failed. Before starting a cluster, the one left running on this folder is stopped, after checking
// from the pid file and the process table that it is a postmaster of this very folder and that no live
// marketplace process still runs it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The data folder is held by a process that must not be stopped from here; the message says which. */
export class DataFolderHeldError extends Error {
  override name = 'DataFolderHeldError';
}

type ProcessInfo = { pid: number; parentPid: number; command: string; gone: boolean };

export type ReleaseOptions = {
  onLog?: (message: string) => void;
  /** How long a fast shutdown (SIGINT) may take, then as long again after an immediate one (SIGQUIT). */
  stopTimeoutMs?: number;
};

/**
 * Makes `databaseDir` free for a new postmaster: stops the orphaned postmaster its pid file names, or
 * removes a pid file whose pid now belongs to another program. Throws a
 * DataFolderHeldError, naming the process, when a live process other than an orphan holds the folder.
 */
export async function releaseOrphanedPostgres(
  databaseDir: string,
  options: ReleaseOptions = {},
): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  const lines = await readFile(pidFile, 'utf8').then(
    (text) => text.split('\n'),
    () => undefined,
  );
  if (!lines) return;
  const log = options.onLog ?? (() => {});
  const pid = Number(lines[0]);
  const postmaster = Number.isInteger(pid) && pid > 0 ? processInfo(pid) : undefined;
  // No such process: PostgreSQL reuses a stale pid file itself, after checking its shared memory is free.
  if (!postmaster || postmaster.gone) return;
  if (!isPostgres(postmaster.command)) {
    // The pid was reused by another program: PostgreSQL would refuse to start over the file.
    log(`removing the stale ${pidFile} (process ${pid} is ${postmaster.command}, not PostgreSQL)`);
    await rm(pidFile, { force: true });
    return;
  }
  if (!isPostmasterOf(postmaster.command, databaseDir, lines[1])) {
    throw new DataFolderHeldError(
      `The pid file ${pidFile} names PostgreSQL process ${pid} (${postmaster.command}), which runs another ` +
        `data folder. Check that no PostgreSQL uses ${databaseDir}, then remove ${pidFile} and start again.`,
    );
  }
  const parent = processInfo(postmaster.parentPid);
  if (parent && !parent.gone && isNode(parent.command)) {
    throw new DataFolderHeldError(
      `The data folder ${databaseDir} is in use by PostgreSQL (pid ${pid}), started by process ${parent.pid} ` +
        `(${parent.command}): another marketplace server or \`pnpm ops\` runs on this DATA_DIR. ` +
        `Stop it (kill ${parent.pid}) or start with another DATA_DIR.`,
    );
  }
  log(`stopping the PostgreSQL (pid ${pid}) a killed server left running on ${databaseDir}`);
  const timeout = options.stopTimeoutMs ?? 15_000;
  // SIGINT is PostgreSQL's fast shutdown (clean, no recovery needed); SIGQUIT its immediate one.
  for (const signal of ['SIGINT', 'SIGQUIT'] as const) {
    try {
      process.kill(pid, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') break;
      throw new DataFolderHeldError(
        `The data folder ${databaseDir} is held by PostgreSQL (pid ${pid}, ${postmaster.command}), which this ` +
          `user may not stop (${(error as Error).message}). Stop it as its owner: kill -INT ${pid}`,
      );
    }
    if (await exited(pid, timeout)) break;
  }
  if (!(await exited(pid, 0))) {
    throw new DataFolderHeldError(
      `The data folder ${databaseDir} is held by PostgreSQL (pid ${pid}, ${postmaster.command}), which did not ` +
        `stop within ${(2 * timeout) / 1000} s of SIGINT and SIGQUIT. Stop it (kill -KILL ${pid}) and start again.`,
    );
  }
  // An immediate shutdown may leave the file behind; its process is gone now.
  await rm(pidFile, { force: true });
  log(`stopped the PostgreSQL (pid ${pid}) left running on ${databaseDir}`);
}

/** Resolves once `pid` no longer runs. */
export async function untilExited(pid: number): Promise<void> {
  await exited(pid, Number.POSITIVE_INFINITY);
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = processInfo(pid);
    if (!info || info.gone) return true;
    if (Date.now() >= deadline) return false;
    await sleep(50);
  }
}

/** The process table's entry for `pid`: /proc on Linux, `ps` elsewhere; undefined when there is none. */
function processInfo(pid: number): ProcessInfo | undefined {
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      return { pid, parentPid: Number(ppid), command, gone: state === 'Z' || state === 'X' };
    } catch {
      return undefined;
    }
  }
  try {
    const out = execFileSync('ps', ['-o', 'ppid=,stat=,command=', '-p', String(pid)], { encoding: 'utf8' });
    const match = /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(out.trim());
    if (!match) return undefined;
    return {
      pid,
      parentPid: Number(match[1]),
      command: match[3] ?? '',
      gone: match[2]?.startsWith('Z') ?? false,
    };
  } catch {
    return undefined; // ps exits 1 when there is no such process
  }
}

function isPostgres(command: string): boolean {
  return basename(command.split(' ')[0] ?? '').startsWith('postgres');
}

/** `postgres … -D <this folder> …`, the folder as given on the command line or as the pid file has it. */
function isPostmasterOf(command: string, databaseDir: string, pidFileDir: string | undefined): boolean {
  const words = command.split(' ');
  const given = words.indexOf('-D') >= 0 ? words[words.indexOf('-D') + 1] : undefined;
  // The command line's folder may be relative to the postmaster's own working directory.
  return [given, pidFileDir].some((dir) => dir !== undefined && dir !== '' && samePath(dir, databaseDir));
}

function samePath(a: string, b: string): boolean {
  const real = (path: string) => {
    try {
      return realpathSync(path);
    } catch {
      return resolve(path);
    }
  };
  return real(a) === real(b);
}

function isNode(command: string): boolean {
  return /^node/.test(basename(command.split(' ')[0] ?? ''));
}
