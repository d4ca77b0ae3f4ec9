#!/usr/bin/env node
// Time from `pnpm start` to a ready marketplace (health ok, database up), cold (a fresh DATA_DIR: the
// embedded PostgreSQL is initialised, migrations run) and warm (the same DATA_DIR again). Prints the
// figures; targets: 20 s cold, 5 s warm.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startOnce(dataDir) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('pnpm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', DEMO_DATA: 'true' },
    stdio: 'ignore',
    detached: true,
  });
  let ready = 0;
  while (performance.now() - started < 120_000) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/trpc/health`);
      const body = await response.json();
      if (body.result?.data?.ok) {
        ready = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
  if (!ready) throw new Error('the marketplace was not ready within 120 s');
  return ready;
}

const cold = [];
const warm = [];
for (let run = 0; run < RUNS; run++) {
  const dataDir = await mkdtemp(join(tmpdir(), 'mp-bench-startup-'));
  try {
    cold.push(await startOnce(dataDir));
    warm.push(await startOnce(dataDir));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`startup (pnpm start → health ok), ${RUNS} runs each, median [min–max]:`);
console.log(
  `  cold (fresh DATA_DIR): ${seconds(median(cold))} [${seconds(Math.min(...cold))}–${seconds(Math.max(...cold))}]  target 20 s`,
);
console.log(
  `  warm (same DATA_DIR):  ${seconds(median(warm))} [${seconds(Math.min(...warm))}–${seconds(Math.max(...warm))}]  target 5 s`,
);
