// The bootstrap's steps (install, build, the server, the tests) run one at a time in the foreground. A
// stop signal sent to the bootstrap's pid alone (`kill <pid>`, not only Ctrl+C to the terminal's whole
// group) is passed on to the step running, and the bootstrap ends with it instead of going on to the
// next step: stopping `npm start` by its pid stops everything, whether it is installing, building or
// serving.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';

let running; // the child process of the step running now
let stopSignal; // the first stop signal received

export function forwardStopSignals() {
  const stop = (signal) => {
    stopSignal ??= signal;
    if (running) running.kill(signal);
    else process.exit(128 + constants.signals[signal]);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
  // Run by npm or pnpm (`npm start`): when that parent is killed, even by SIGKILL, the bootstrap is
  // re-parented; it stops as on SIGTERM rather than keep a server nobody can stop by `npm start`'s pid.
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    setInterval(() => process.ppid !== parent && stop('SIGTERM'), 1000).unref();
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
