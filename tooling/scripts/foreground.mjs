// The bootstrap's steps (install, build, the server, the tests) run one at a time in the foreground. A
// stop signal sent to the bootstrap's pid alone (`kill <pid>`, not only Ctrl+C to the terminal's whole
// group) is passed on to the step running, and the bootstrap ends with it instead of going on to the
// next step: stopping `npm start` by its pid stops everything, whether it is installing, building or
// serving.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { basename, join } from 'node:path';

let running; // the child process of the step running now
let stopSignal; // the first stop signal received

export function forwardStopSignals() {
  const stop = (signal) => {
    stopSignal ??= signal;
    if (running) running.kill(signal);
    else process.exit(128 + constants.signals[signal]);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
  // Run by npm or pnpm (`npm start`): when the package manager is killed, even by SIGKILL, the bootstrap
  // stops as on SIGTERM rather than keep a server nobody can stop by `npm start`'s pid any more.
  if (process.env.npm_lifecycle_event) {
    const watched = packageManagerAndShells();
    const watch = setInterval(() => {
      if (watched.every(isAlive)) return;
      clearInterval(watch);
      stop('SIGTERM');
    }, 1000).unref();
  }
}

/**
 * The bootstrap's parent, and up to the package manager when that parent is the shell npm and pnpm run
 * scripts with (`sh -c`): the processes whose end means nobody runs `npm start` any more. Not further up:
 * `nohup npm start &` must outlive the terminal's shell.
 */
function packageManagerAndShells() {
  const chain = [process.ppid];
  for (let last = processOf(process.ppid); last && /^(sh|bash|dash|zsh)$/.test(last.name); ) {
    if (last.parentPid <= 1 || chain.length > 4) break;
    chain.push(last.parentPid);
    last = processOf(last.parentPid);
  }
  return chain;
}

/** The name and parent of a process, from /proc on Linux or `ps` elsewhere. */
function processOf(pid) {
  try {
    if (existsSync('/proc/self/stat')) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      return { name, parentPid: Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) };
    }
    const out = execFileSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], { encoding: 'utf8' });
    const [parentPid, ...name] = out.trim().split(/\s+/);
    return { name: basename(name.join(' ')), parentPid: Number(parentPid) };
  } catch {
    return undefined;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Runs one step to its end; when it fails, or a stop was asked, the bootstrap exits with its status. */
export function run([bin, ...prefix], args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(bin, [...prefix, ...args], { stdio: 'inherit', ...options });
    running = child;
    child.on('error', (error) => {
      console.error(error.message);
      process.exit(1);
    });
    child.on('exit', (code, signal) => {
      running = undefined;
      const status = code ?? 128 + (constants.signals[signal] ?? 0);
      if (status !== 0 || stopSignal) process.exit(status);
      resolve();
    });
  });
}

/**
 * The server, as `start` runs it. The IPC channel is how it learns that the bootstrap is gone, even
 * killed by SIGKILL: it then stops gracefully, its PostgreSQL with it (apps/api/src/process-lifecycle.ts).
 */
export function runServer(root, env) {
  return run([process.execPath], ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(root, 'apps/api'),
    env,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
}
