#!/usr/bin/env node
// First-load JavaScript of each portal, gzipped: the scripts and module preloads its built index.html
// asks for. Builds the portals first (turbo cache makes that cheap). Target: 150 KB per portal.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const build = spawnSync(
  'pnpm',
  [
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=@marketplace/buyer',
    '--filter=@marketplace/seller',
    '--output-logs=errors-only',
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

console.log('first-load JavaScript, gzipped (target 150 KB per portal):');
for (const [portal, base] of [
  ['buyer', '/'],
  ['seller', '/seller/'],
]) {
  const dist = join(ROOT, 'apps', portal, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]);
  let raw = 0;
  let gzipped = 0;
  for (const url of new Set(urls)) {
    const file = readFileSync(join(dist, url.startsWith(base) ? url.slice(base.length) : url));
    raw += file.length;
    gzipped += gzipSync(file, { level: 9 }).length;
  }
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`  ${portal.padEnd(6)} ${kb(gzipped)} gzipped (${kb(raw)} raw, ${new Set(urls).size} file(s))`);
}
