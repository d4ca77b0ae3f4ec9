#!/usr/bin/env node
// `npm start` / `pnpm start` and `npm test` / `pnpm test` land here, so that the two commands of the
// README work on a machine with only Node and npm: install pnpm 10.34.9 when missing, install the
// dependencies from the lockfile, then build what is needed and run.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PNPM_VERSION = '10.34.9';
const PORTALS = ['--filter=@marketplace/buyer', '--filter=@marketplace/seller'];

const command = process.argv[2];
if (command !== 'start' && command !== 'test') {
  console.error('usage: bootstrap.mjs start|test');
  process.exit(2);
}

const pnpm = ensurePnpm();
run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only']);

if (command === 'start') {
  run(pnpm, ['exec', 'turbo', 'run', 'build', ...PORTALS, '--output-logs=errors-only']);
  // The server runs in the foreground; signals reach it for a graceful stop.
  const env = { ...process.env, DEMO_DATA: process.env.DEMO_DATA ?? 'true' };
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(ROOT, 'apps/api'),
    env,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
} else {
  // Unit and integration tests of every package, then the portals as `start` builds them, then the
  // browser scenarios against the server as `start` runs it.
  run(pnpm, ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--output-logs=full']);
  run(pnpm, ['exec', 'turbo', 'run', 'build', ...PORTALS, '--output-logs=errors-only']);
  run(pnpm, ['--filter', '@marketplace/e2e', 'run', 'test:e2e']);
}

function ensurePnpm() {
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: false });
  if (found.status === 0 && found.stdout.trim().startsWith('10.')) return ['pnpm'];
  console.log(`Installing pnpm ${PNPM_VERSION} with npm…`);
  const installed = spawnSync('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' });
  if (installed.status === 0 && spawnSync('pnpm', ['--version']).status === 0) return ['pnpm'];
  // No right to install globally: run the pinned pnpm through npx instead.
  console.log(`Using pnpm ${PNPM_VERSION} through npx.`);
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function run([bin, ...prefix], args) {
  const result = spawnSync(bin, [...prefix, ...args], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    if (result.error) console.error(result.error.message);
    process.exit(result.status ?? 1);
  }
}
