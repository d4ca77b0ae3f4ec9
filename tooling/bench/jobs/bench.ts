// Share jobs under a burst of subscriptions: a fresh PostgreSQL database (DATABASE_URL's server when set,
// an embedded one otherwise), one OUTSCALE simulator, and the marketplace as production runs it
// (`apps/api/src/main.ts` child processes: one `--web` and BENCH_WORKERS (1) `--worker`). A seller
// publishes BENCH_PRODUCTS (4) hourly OMI products; BENCH_BUYERS (20) buyers subscribe BENCH_PER_BUYER
// (24) times each, each subscription for two OUTSCALE accounts of its own (an identical subscription
// is refused), all at once, twice:
// - live: the workers running; prints p50/p95/max of the time from a subscription to its OMIs shared
//   (its share job done), read from the queue's job table;
// - backlog: the workers stopped while the buyers subscribe, then started again; prints how fast they
//   drain the share jobs (from the workers answering health to the last job done): the jobs' own
//   throughput, which the live burst cannot show when subscribing is slower than sharing.
// Then checks in the simulator that every subscription's accounts may launch its image.
// Target: ≥ 20 share jobs per second. It reports: it exits 0 when the target is missed.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openOrm } from '@marketplace/db';
import { createTestDatabase, setupTestPostgres } from '@marketplace/db/testing';
import {
  createBuyers,
  launchPermissions,
  type MarketplaceProcess,
  publishHourlyProducts,
  shareJobs,
  signIn,
  startMarketplaceProcess,
  subscribeAll,
} from '../../../apps/api/src/testing/subscription-load.ts';
import { startSimulator } from '../../../packages/outscale/src/index.ts';

const BUYERS = Number(process.env.BENCH_BUYERS ?? 20);
const PER_BUYER = Number(process.env.BENCH_PER_BUYER ?? 24);
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 4);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const TARGET_PER_SECOND = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const stopPostgres = await setupTestPostgres();
const database = await createTestDatabase();
const simulator = await startSimulator({ imageCopyDelayMs: 200 });
const dirs: string[] = [];
const processes: MarketplaceProcess[] = [];
const orm = await openOrm({ url: database.url, poolMax: 4 });
try {
  const SECRET_KEY = randomBytes(32).toString('base64');
  const env = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mp-bench-jobs-'));
    dirs.push(dir);
    return {
      DATABASE_URL: database.url,
      OUTSCALE_ENDPOINT: simulator.endpointTemplate,
      SECRET_KEY,
      DEMO_DATA: 'false',
      DATA_DIR: dir,
    };
  };
  const web = await startMarketplaceProcess(['--web'], await env());
  processes.push(web);
  let workers: MarketplaceProcess[] = [];
  const startWorkers = async () => {
    workers = await Promise.all(
      Array.from({ length: WORKERS }, async () => startMarketplaceProcess(['--worker'], await env())),
    );
    processes.push(...workers);
  };
  await startWorkers();

  const products = await publishHourlyProducts(
    orm,
    simulator,
    web.url,
    PRODUCTS,
    Buffer.from(SECRET_KEY, 'base64'),
  );
  // Two accounts per subscription, two rounds of PER_BUYER subscriptions.
  const buyers = await signIn([web.url], await createBuyers(orm, BUYERS, { linked: 4 * PER_BUYER - 1 }));
  const allDone = async (ids: string[]) => {
    const deadline = Date.now() + 600_000;
    for (;;) {
      const jobs = await shareJobs(orm, ids);
      const done = jobs.filter((j) => j.state === 'completed');
      if (done.length === ids.length || Date.now() > deadline) return done;
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  // Live: subscriptions and sharing at once.
  let started = performance.now();
  const live = await subscribeAll(buyers, products, PER_BUYER, { accountsEach: 2 });
  const liveSentMs = performance.now() - started;
  const liveDone = await allDone(live.map((x) => x.id));
  const waits = liveDone.map((j) => j.waited_ms ?? Number.NaN).sort((a, b) => a - b);

  // Backlog: the share jobs pile up with no worker, then the workers drain them.
  for (const worker of workers) await worker.stop();
  started = performance.now();
  const backlog = await subscribeAll(buyers, products, PER_BUYER, { accountsEach: 2, first: PER_BUYER });
  const backlogSentMs = performance.now() - started;
  const restarted = Date.now();
  await startWorkers();
  const ready = Date.now();
  const backlogDone = await allDone(backlog.map((x) => x.id));
  const last = Math.max(...backlogDone.map((j) => j.completed_ms ?? 0));
  const perSecond = backlogDone.length / ((last - ready) / 1000);

  let missing = 0;
  for (const product of products) {
    const shared = new Set(await launchPermissions(simulator, product.imageId));
    for (const sub of [...live, ...backlog].filter((x) => x.productId === product.id)) {
      missing += sub.accountIds.filter((a) => !shared.has(a)).length;
    }
  }
  const calls = simulator.requests.filter((r) => r.action === 'UpdateImage').length;

  console.log(
    [
      '',
      `jobs: ${BUYERS} buyers × ${PER_BUYER} subscriptions to ${PRODUCTS} products, 1 web + ${WORKERS} worker process(es) (load ${loadavg()[0]?.toFixed(1)})`,
      `  live:    ${live.length} subscriptions sent in ${s(liveSentMs)}, ${liveDone.length} share jobs done`,
      `           subscription → OMIs shared: p50 ${s(percentile(waits, 0.5))}, p95 ${s(percentile(waits, 0.95))}, max ${s(waits.at(-1) ?? Number.NaN)}`,
      `  backlog: ${backlog.length} share jobs queued in ${s(backlogSentMs)}; workers up in ${s(ready - restarted)}, then ${backlogDone.length} done in ${s(last - ready)}: ${perSecond.toFixed(1)} share jobs per second (target ≥ ${TARGET_PER_SECOND})`,
      `  UpdateImage calls: ${calls} for ${live.length + backlog.length} subscriptions (copies' visibility included); accounts left without permission: ${missing}`,
      perSecond >= TARGET_PER_SECOND && missing === 0 ? '  target met' : '  TARGET MISSED',
      '',
    ].join('\n'),
  );
} finally {
  for (const child of processes) await child.stop();
  await orm.close(true);
  await simulator.close();
  await database.drop();
  await stopPostgres();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}
