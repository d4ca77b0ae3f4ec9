// Two web processes and two workers (`main.ts --web` / `--worker`, separate OS processes) on one
// PostgreSQL, one OUTSCALE simulator and one SMTP server, under a stream of subscriptions sent to both
// web processes in turn; one worker is killed with SIGKILL while it holds share jobs. Every share job is
// done once, none lost, each account granted once, and the dead worker's jobs are taken over within a
// minute by the queue's expiry alone (production settings: nothing shortened for the test).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Orm, openOrm } from '@marketplace/db';
import { createTestDatabase, type TestDatabase } from '@marketplace/db/testing';
import type { Simulator } from '@marketplace/outscale';
import { startTestSimulator } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DevInbox, startDevInbox } from '../mail/dev-inbox.ts';
import { eventually } from '../testing/eventually.ts';
import {
  createBuyers,
  launchPermissions,
  type MarketplaceProcess,
  publishHourlyProducts,
  shareJobs,
  signIn,
  startMarketplaceProcess,
  subscribeAll,
} from '../testing/subscription-load.ts';

const BUYERS = 6;
const PER_BUYER = 8;

describe('web and worker processes on one database', () => {
  let database: TestDatabase;
  let orm: Orm;
  let simulator: Simulator;
  let inbox: DevInbox;
  const processes: MarketplaceProcess[] = [];
  const dirs: string[] = [];

  const envFor = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mp-workers-test-'));
    dirs.push(dir);
    return {
      DATABASE_URL: database.url,
      OUTSCALE_ENDPOINT: simulator.endpointTemplate,
      SMTP_URL: inbox.smtpUrl,
      SECRET_KEY,
      DEMO_DATA: 'false',
      DATA_DIR: dir,
    };
  };
  const SECRET_KEY = randomBytes(32).toString('base64');

  beforeAll(async () => {
    database = await createTestDatabase();
    simulator = await startTestSimulator({ imageCopyDelayMs: 200 });
    const inboxDir = await mkdtemp(join(tmpdir(), 'mp-workers-inbox-'));
    dirs.push(inboxDir);
    inbox = await startDevInbox({ dir: inboxDir });
    // The first process migrates the empty database; the others start on it together.
    processes.push(await startMarketplaceProcess(['--web'], await envFor()));
    const started = await Promise.allSettled([
      startMarketplaceProcess(['--web'], await envFor()),
      startMarketplaceProcess(['--worker'], await envFor()),
      startMarketplaceProcess(['--worker'], await envFor()),
    ]);
    // Those that started are stopped by afterAll even when another did not start.
    for (const result of started) if (result.status === 'fulfilled') processes.push(result.value);
    const failed = started.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    orm = await openOrm({ url: database.url, poolMax: 2 });
  }, 240_000);
  afterAll(async () => {
    for (const child of processes) await child.stop();
    await orm?.close(true);
    await inbox?.close();
    await simulator?.close();
    await database?.drop();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('serves only HTTP on a web process and only its health on a worker', async () => {
    const [web, , worker] = processes;
    const webHealth = await fetch(`${web?.url}/trpc/health`).then((r) => r.json());
    expect(webHealth).toMatchObject({ result: { data: { ok: true, db: { state: 'up' } } } });
    const workerHealth = await fetch(`${worker?.url}/trpc/health`).then((r) => r.json());
    expect(workerHealth).toMatchObject({ result: { data: { ok: true, role: 'worker' } } });
    expect((await fetch(`${worker?.url}/trpc/catalog.search`)).status).toBe(404);
    expect((await fetch(`${worker?.url}/`)).status).toBe(404);
  });

  it('does every share job once, none lost, with a worker killed mid-run', async () => {
    const [webA, webB, workerA, workerB] = processes;
    if (!webA || !webB || !workerA || !workerB) throw new Error('the processes did not start');
    const products = await publishHourlyProducts(
      orm,
      simulator,
      webA.url,
      2,
      Buffer.from(SECRET_KEY, 'base64'),
    );
    // One account per subscription: a grant counted twice or missing shows on its own account.
    const buyers = await signIn(
      [webA.url, webB.url],
      await createBuyers(orm, BUYERS, { linked: PER_BUYER - 1 }),
    );
    // Each OUTSCALE call takes a while, as on the real API: a batch is in flight long enough to be cut.
    simulator.faults.setLatency(1000);

    // Worker B paused, so that the share jobs in flight when A is killed are A's; then B goes on alone.
    workerB.child.kill('SIGSTOP');
    const stream = subscribeAll(buyers, products, PER_BUYER, { oneAccountEach: true });
    const connection = orm.em.fork().getConnection();
    const activeShareJobs = async () =>
      (
        await connection.execute<{ id: string }[]>(
          `select id::text from pgboss.job where name = 'subscription.share' and state = 'active'`,
        )
      ).map((r) => r.id);
    await eventually(async () => {
      if ((await activeShareJobs()).length === 0) throw new Error('no share job in flight yet');
    }, 60_000);
    await workerA.kill();
    const [killed] = await connection.execute<{ ms: string }[]>(
      'select extract(epoch from now()) * 1000 as ms',
    );
    const killedAt = Number(killed?.ms);
    // Still active with their only worker dead: the lost jobs.
    const lost = await activeShareJobs();
    expect(lost.length).toBeGreaterThan(0);
    workerB.child.kill('SIGCONT');

    const subscriptions = await stream;
    expect(subscriptions).toHaveLength(BUYERS * PER_BUYER);
    const ids = subscriptions.map((s) => s.id);
    const jobs = await eventually(async () => {
      const rows = await shareJobs(orm, ids);
      const pending = rows.filter((j) => j.state !== 'completed');
      if (rows.length < ids.length || pending.length > 0) {
        throw new Error(`${pending.length + ids.length - rows.length} share jobs not done`);
      }
      return rows;
    }, 120_000);

    // Exactly one job per subscription, each completed once.
    expect(jobs.map((j) => j.id).sort()).toEqual([...ids].sort());
    expect(jobs.every((j) => j.state === 'completed')).toBe(true);
    // The lost ones ran again, on the surviving worker, within a minute of the kill.
    for (const id of lost) {
      const job = jobs.find((j) => j.id === id);
      expect(job?.retry_count, id).toBeGreaterThanOrEqual(1);
      expect((job?.completed_ms ?? Number.POSITIVE_INFINITY) - killedAt, id).toBeLessThan(60_000);
    }

    // Every subscription's account may launch its image, and was added once: no grant lost or repeated.
    const additions = new Map<string, number>();
    for (const request of simulator.requests) {
      if (request.action !== 'UpdateImage' || request.status !== 200) continue;
      const body = request.body as {
        ImageId: string;
        PermissionsToLaunch?: { Additions?: { AccountIds?: string[] } };
      };
      for (const account of body.PermissionsToLaunch?.Additions?.AccountIds ?? []) {
        const key = `${body.ImageId} ${account}`;
        additions.set(key, (additions.get(key) ?? 0) + 1);
      }
    }
    for (const product of products) {
      const shared = await launchPermissions(simulator, product.imageId);
      const expected = subscriptions.filter((s) => s.productId === product.id).flatMap((s) => s.accountIds);
      expect([...shared].sort()).toEqual([...new Set(expected)].sort());
      for (const account of expected) expect(additions.get(`${product.imageId} ${account}`), account).toBe(1);
    }
    // Batched: far fewer UpdateImage calls than subscriptions.
    const grantCalls = simulator.requests.filter(
      (r) =>
        r.action === 'UpdateImage' &&
        (r.body as { PermissionsToLaunch?: { Additions?: { AccountIds?: string[] } } })?.PermissionsToLaunch
          ?.Additions?.AccountIds,
    );
    expect(grantCalls.length).toBeLessThan(subscriptions.length / 2);
  }, 240_000);
});
