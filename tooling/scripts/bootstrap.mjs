#!/usr/bin/env node
// `npm start` / `pnpm start` and `npm test` / `pnpm test` land here, so that the two commands of the
// README work on a machine with only Node and npm: install pnpm 10.34.9 when missing, install the
// dependencies from the lockfile, then build what is needed and run.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forwardStopSignals, run as runIn, runServer } from './foreground.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const PNPM_VERSION = '10.34.9';
const PORTALS = ['--filter=@marketplace/buyer', '--filter=@marketplace/seller'];

const command = process.argv[2];
if (command !== 'start' && command !== 'test') {
  console.error('usage: bootstrap.mjs start|test');
  process.exit(2);
}

forwardStopSignals();
const pnpm = ensurePnpm();
await installDependencies();

if (command === 'start') {
  if (!portalsAreFresh())
    await run(pnpm, ['exec', 'turbo', 'run', 'build', ...PORTALS, '--output-logs=errors-only']);
  // The server runs in the foreground; the bootstrap's signals reach it for a graceful stop.
  await runServer(ROOT, { ...process.env, DEMO_DATA: process.env.DEMO_DATA ?? 'true' });
} else {
  // Unit and integration tests of every package, then the portals as `start` builds them, then the
  // browser scenarios against the server as `start` runs it. Each run also writes a JSON report, summed
  // up at the end in one line.
  const report = ['--reporter=default', '--reporter=json', '--outputFile.json=test-results.json'];
  for (const file of reportFiles()) rmSync(file);
  // Two packages at a time: the small suites run beside the API's, which mostly waits.
  await run(pnpm, ['exec', 'turbo', 'run', 'test', '--concurrency=2', '--output-logs=full', '--', ...report]);
  await run(pnpm, ['exec', 'turbo', 'run', 'build', ...PORTALS, '--output-logs=errors-only']);
  await run(pnpm, ['--filter', '@marketplace/e2e', 'run', 'test:e2e', ...report]);
  printSummary();
}

/** One closing line for every test run: `N passed, N failed`. */
function printSummary() {
  let passed = 0;
  let failed = 0;
  for (const file of reportFiles()) {
    const results = JSON.parse(readFileSync(file, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
  }
  console.log(`\n${passed} passed, ${failed} failed`);
}

function reportFiles() {
  return ['apps', 'packages', 'tooling']
    .flatMap((group) =>
      readdirSync(join(ROOT, group)).map((name) => join(ROOT, group, name, 'test-results.json')),
    )
    .filter((file) => existsSync(file));
}

/** Whether both portals were built after the last change to any source they are built from (as make does). */
function portalsAreFresh() {
  const newest = (path) => {
    if (!existsSync(path)) return 0;
    const info = statSync(path);
    if (!info.isDirectory()) return info.mtimeMs;
    return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  const sources = ['apps/buyer', 'apps/seller', 'packages/ui', 'packages/domain'].flatMap((dir) =>
    ['src', 'index.html', 'vite.config.ts', 'package.json'].map((part) => join(ROOT, dir, part)),
  );
  const latestSource = Math.max(...sources.map(newest), newest(join(ROOT, 'pnpm-lock.yaml')));
  return ['buyer', 'seller'].every(
    (portal) => newest(join(ROOT, 'apps', portal, 'dist', 'index.html')) > latestSource,
  );
}

/** `pnpm install` from the lockfile, skipped when nothing it reads changed since the last one (warm start). */
async function installDependencies() {
  const stampFile = join(ROOT, 'node_modules', '.bootstrap-stamp');
  const inputs = ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json'];
  for (const group of ['apps', 'packages', 'tooling']) {
    for (const name of readdirSync(join(ROOT, group))) inputs.push(join(group, name, 'package.json'));
  }
  const hash = createHash('sha256');
  for (const input of inputs.sort()) {
    if (existsSync(join(ROOT, input))) hash.update(`${input}\0`).update(readFileSync(join(ROOT, input)));
  }
  const stamp = hash.digest('hex');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  await run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only']);
  writeFileSync(stampFile, stamp);
}

function ensurePnpm() {
  // Started by pnpm itself (`pnpm start`): it is there.
  if (
    /pnpm/.test(process.env.npm_execpath ?? '') &&
    process.env.npm_config_user_agent?.startsWith('pnpm/10.')
  ) {
    return ['pnpm'];
  }
  const found = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: false });
  if (found.status === 0 && found.stdout.trim().startsWith('10.')) return ['pnpm'];
  console.log(`Installing pnpm ${PNPM_VERSION} with npm…`);
  const installed = spawnSync('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' });
  if (installed.status === 0 && spawnSync('pnpm', ['--version']).status === 0) return ['pnpm'];
  // No right to install globally: run the pinned pnpm through npx instead.
  console.log(`Using pnpm ${PNPM_VERSION} through npx.`);
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

function run(pnpmCommand, args) {
  return runIn(pnpmCommand, args, { cwd: ROOT });
}
