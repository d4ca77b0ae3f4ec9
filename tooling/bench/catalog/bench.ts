// catalog.search under load, ours against bare: a fresh PostgreSQL (DATABASE_URL's server when set, an
// embedded one otherwise), migrated, with BENCH_PRODUCTS (100,000) generated bilingual products; then
// the marketplace as `pnpm start` runs it and a bare Fastify + pg route running the same repository
// search, each hammered by BENCH_CONNECTIONS (50) keep-alive clients for BENCH_DURATION (15) seconds
// (in BENCH_ROUNDS (1) alternating turns) after BENCH_WARMUP (5). Prints requests per second,
// p50/p95/p99 and the ratio; targets: ratio ≥ 0.8, p95 ≤ 15 ms. It reports: it exits 0 when a target is
// missed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { freePort, migrate, openOrm } from '@marketplace/db';
import { createTestDatabase, setupTestPostgres } from '@marketplace/db/testing';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadCatalog } from './load.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const SELLERS = Number(process.env.BENCH_SELLERS ?? 40);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const INPUT = {
  language: 'fr',
  q: process.env.BENCH_QUERY ?? 'sauvegarde',
  filters: { offerTypes: ['hourly', 'subscription'], regions: ['cloudgouv-eu-west-1'] },
};
const PATH = `/trpc/catalog.search?input=${encodeURIComponent(JSON.stringify(INPUT))}`;
const TARGET_RATIO = 0.8;
const TARGET_P95_MS = 15;

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

type Server = { name: string; url: string; stop(): Promise<void> };

const healthy = (url: string) =>
  fetch(`${url}/trpc/health`).then(
    (response) => response.ok,
    () => false,
  );

async function startServer(name: string, script: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', tsx, script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (!(await healthy(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start:\n${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { name, url, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

type Run = { latencies: number[]; seconds: number; failed: number };
type Figures = { answers: number; rps: number; p50: number; p95: number; p99: number; failed: number };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

async function hammer(server: Server, duration: number): Promise<Run> {
  const latencies: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      { url: `${server.url}${PATH}`, connections: CONNECTIONS, duration, timeout: 60 },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    // Our own exact percentiles (autocannon's histogram has no p95), from 200 answers only.
    run.on('response', (_client, statusCode: number, _bytes, responseTime: number) => {
      if (statusCode === 200) latencies.push(responseTime);
      else failed++;
    });
  });
  // Requests still queued in the server when the clients left would slow the next run down: wait for
  // them, one more request queues behind them.
  await answer(server);
  return { latencies, seconds: result.duration, failed: failed + result.errors + result.timeouts };
}

function figuresOf(runs: Run[]): Figures {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  return {
    answers: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    failed: runs.reduce((sum, r) => sum + r.failed, 0),
  };
}

/** One client, one request at a time: the time of a search without queueing. */
async function alone(server: Server, count: number): Promise<number> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await answer(server);
    latencies.push(performance.now() - started);
  }
  return percentile(
    latencies.sort((a, b) => a - b),
    0.5,
  );
}

async function answer(server: Server): Promise<{ total: number; items: unknown[] }> {
  const response = await fetch(`${server.url}${PATH}`);
  const body = (await response.json()) as { result?: { data?: { total: number; items: unknown[] } } };
  if (!response.ok || !body.result?.data) throw new Error(`${server.name}: ${JSON.stringify(body)}`);
  return body.result.data;
}

const stopPostgres = await setupTestPostgres();
const database = await createTestDatabase();
const dataDir = await mkdtemp(join(tmpdir(), 'mp-bench-catalog-'));
const servers: Server[] = [];
try {
  let started = performance.now();
  const orm = await openOrm({ url: database.url });
  await migrate(orm);
  await orm.close(true);
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  const loaded = await loadCatalog(pool, { products: PRODUCTS, sellers: SELLERS }).finally(() => pool.end());
  console.log(
    `catalog: ${loaded.products.toLocaleString('en')} products, ${loaded.offers.toLocaleString('en')} offers, ` +
      `${loaded.versions.toLocaleString('en')} versions, ${loaded.copies.toLocaleString('en')} image copies ` +
      `of ${loaded.sellers} sellers, migrated and loaded in ${seconds(started)}`,
  );

  started = performance.now();
  const ours = await startServer('marketplace (tRPC + MikroORM)', 'apps/api/src/main.ts', {
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
  });
  servers.push(ours);
  const bare = await startServer('bare (Fastify + pg)', 'tooling/bench/catalog/bare-server.ts', {
    DATABASE_URL: database.url,
  });
  servers.push(bare);
  console.log(`servers up in ${seconds(started)}`);

  // The first search is cold on both sides: ours then answers repeats from its cache (kept until the
  // catalog changes), bare runs the SQL every time. Both figures matter: the cold one is a new query's.
  const timed = async (server: Server) => {
    const at = performance.now();
    const result = await answer(server);
    return { result, ms: performance.now() - at };
  };
  const [oursCold, bareCold] = [await timed(ours), await timed(bare)];
  const [oursAnswer, bareAnswer] = [oursCold.result, bareCold.result];
  // Same products, total and facets (ours adds the sellers' names, which bare does not look up).
  const comparable = ({ sellers: _names, ...rest }: { sellers?: unknown } & Record<string, unknown>) => rest;
  if (!isDeepStrictEqual(comparable(oursAnswer), comparable(bareAnswer))) {
    console.log('warning: the two servers answered differently; the comparison is not like for like');
  }
  console.log(`GET ${PATH}\n  → ${oursAnswer.total.toLocaleString('en')} matching products, a page of 24`);
  console.log(
    `  first (cold) search: ours ${oursCold.ms.toFixed(1)} ms, bare ${bareCold.ms.toFixed(1)} ms` +
      ' (ours then serves this search from its cache until the catalog changes)',
  );

  const single = new Map<Server, number>();
  for (const server of [bare, ours]) {
    await hammer(server, WARMUP);
    single.set(server, await alone(server, SEQUENTIAL));
  }
  // The machine's load drifts (other work, caches): with several rounds, the servers take turns,
  // bare-ours then ours-bare. A turn must last several times one search under load to mean anything.
  const runs = new Map<Server, Run[]>([
    [bare, []],
    [ours, []],
  ]);
  const loads: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const server of round % 2 === 0 ? [bare, ours] : [ours, bare]) {
      loads.push(loadavg()[0] ?? 0);
      runs.get(server)?.push(await hammer(server, DURATION / ROUNDS));
    }
  }
  const figures = new Map([...runs].map(([server, r]) => [server, figuresOf(r)]));

  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(11);
  console.log(
    `\n${CONNECTIONS} connections, ${DURATION} s per server in ${ROUNDS} turns after ${WARMUP} s of warm-up` +
      ` (alone: median of ${SEQUENTIAL} requests one at a time); load average ${Math.min(...loads).toFixed(1)}` +
      `–${Math.max(...loads).toFixed(1)} at the turns' start:\n` +
      `  ${'server'.padEnd(30)}${'req/s'.padStart(8)}${'p50'.padStart(11)}${'p95'.padStart(11)}` +
      `${'p99'.padStart(11)}${'answers'.padStart(9)}${'failed'.padStart(8)}${'alone'.padStart(11)}`,
  );
  for (const [server, f] of figures) {
    console.log(
      `  ${server.name.padEnd(30)}${f.rps.toFixed(1).padStart(8)}${ms(f.p50)}${ms(f.p95)}${ms(f.p99)}` +
        `${String(f.answers).padStart(9)}${String(f.failed).padStart(8)}${ms(single.get(server) ?? Number.NaN)}`,
    );
  }
  if ([...figures.values()].some((f) => f.answers < 200)) {
    console.log('  (few answers in the window: each search takes long; the percentiles are rough)');
  }
  const o = figures.get(ours);
  const b = figures.get(bare);
  if (o && b) {
    const ratio = o.rps / b.rps;
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    console.log(
      `\n  ratio ours/bare req/s: ${ratio.toFixed(2)}   target ≥ ${TARGET_RATIO}: ${verdict(ratio >= TARGET_RATIO)}` +
        `\n  p95 ours:              ${o.p95.toFixed(1)} ms   target ≤ ${TARGET_P95_MS} ms: ${verdict(o.p95 <= TARGET_P95_MS)}`,
    );
  }
} finally {
  for (const server of servers.reverse()) await server.stop();
  await database.drop();
  await stopPostgres();
  await rm(dataDir, { recursive: true, force: true });
}
