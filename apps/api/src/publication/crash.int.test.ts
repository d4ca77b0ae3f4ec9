// A marketplace process killed in the middle of copying (SIGKILL: no shutdown, its step's job left
// "active" in the queue), then a new process on the same database and OUTSCALE: every copy is finished
// once, and the new process takes the lost work over by itself, within a minute (the queue's expiry).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ImageCopy, Product, Version } from '@marketplace/db';
import { createTestOrm } from '@marketplace/db/testing';
import { copyImageName, type Simulator, shareImage } from '@marketplace/outscale';
import { simulatorClient, startTestSimulator } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createLog } from '../log.ts';
import { type RunningMarketplace, startMarketplace } from '../marketplace.ts';
import { eventually } from '../testing/eventually.ts';
import { createSeller, OFFER_TEXTS, publishNimbusShowcase } from '../testing/fixtures.ts';
import { HttpClient } from '../testing/http-client.ts';

const SOURCES = {
  'cloudgouv-eu-west-1': { owner: '200000000011', imageId: 'ami-a1011000' },
  'eu-west-2': { owner: '200000000012', imageId: 'ami-a1021000' },
} as const;
const DISTRIBUTION = { 'cloudgouv-eu-west-1': '100000000001', 'eu-west-2': '100000000002' } as const;
type Region = keyof typeof DISTRIBUTION;
const REGIONS = Object.keys(DISTRIBUTION) as Region[];

const API_DIR = resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** `pnpm start`'s server in its own process, as production runs it, so that it can be killed. */
async function startMarketplaceProcess(env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the marketplace exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) throw new Error(`the marketplace did not start:\n${output}`);
    const ready = await fetch(`${url}/trpc/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, url };
    await new Promise((r) => setTimeout(r, 200));
  }
}

function kill(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

describe('a worker stopped mid-copy', () => {
  let simulator: Simulator;
  let database: Awaited<ReturnType<typeof createTestOrm>>;
  let first: ChildProcess | undefined;
  let second: RunningMarketplace | undefined;
  const dirs: string[] = [];
  const env: Record<string, string> = {};

  beforeAll(async () => {
    // Copies stay pending 3 s: long enough to stop the first process while one is in flight.
    simulator = await startTestSimulator({ imageCopyDelayMs: 3000 });
    for (const [region, source] of Object.entries(SOURCES)) {
      await shareImage(simulatorClient(simulator, source.owner), source.imageId, [
        DISTRIBUTION[region as Region],
      ]);
    }
    database = await createTestOrm();
    Object.assign(env, {
      DATABASE_URL: database.url,
      OUTSCALE_ENDPOINT: simulator.endpointTemplate,
      SECRET_KEY: randomBytes(32).toString('base64'),
      DEMO_DATA: 'false',
      SMTP_URL: '',
    });
  });
  afterAll(async () => {
    if (first) await kill(first);
    await second?.close();
    await database?.close();
    await simulator?.close();
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  const dataDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mp-crash-test-'));
    dirs.push(dir);
    return dir;
  };

  it('finishes with one copy per version and region, visible as its offer requires, after a restart', async () => {
    const orm = database.orm;
    const started = await startMarketplaceProcess({ ...env, DATA_DIR: await dataDir() });
    first = started.child;

    // The seller owns both source OMIs: its home account, and its eu-west-2 account linked.
    const member = await createSeller(orm, {
      simulator,
      secretKey: Buffer.from(env.SECRET_KEY ?? '', 'base64'),
      home: SOURCES['cloudgouv-eu-west-1'].owner,
      linked: [SOURCES['eu-west-2'].owner],
    });
    const seller = new HttpClient(started.url);
    await seller.mutation('auth.login', { email: member.email, password: member.password });
    await publishNimbusShowcase(seller);
    const publish = async (name: string, offer: unknown) => {
      const { id } = await seller.mutation<{ id: string }>('products.create', {
        kind: 'omi',
        name: { en: name, fr: name },
        shortDescription: { en: 'Hardened Debian', fr: 'Debian durcie' },
        description: { en: 'A hardened Debian 12.', fr: 'Une Debian 12 durcie.' },
        categories: ['operating-systems'],
        regions: ['eu-west-2'],
        supportContact: 'support@nimbus.example',
        licence: 'https://nimbus.example/licence',
        offers: [{ ...OFFER_TEXTS, ...(offer as object) }],
      });
      await seller.mutation('products.versions.create', {
        productId: id,
        name: '1.0.0',
        releaseNotes: { en: 'First release', fr: 'Première version' },
        sources: REGIONS.map((region) => ({ region, imageId: SOURCES[region].imageId })),
      });
      await seller.mutation('products.publish', { id });
      return id;
    };
    // Four copies, made side by side in short steps: the kill lands while at least one is in progress.
    const products = {
      private: await publish('Nimbus hourly', {
        type: 'hourly',
        prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: { amount: 12, currency: 'EUR' } }],
      }),
      public: await publish('Nimbus free', { type: 'free' }),
    };

    // Killed as soon as OUTSCALE has a copy in progress, before it is available.
    const inFlight = await eventually(async () => {
      const copy = await orm.em.fork().findOneOrFail(ImageCopy, { state: 'copying' });
      const { Images = [] } = await simulatorClient(simulator, DISTRIBUTION[copy.region]).call('ReadImages', {
        Filters: { ImageNames: [copyImageName(copy.id)] },
      });
      if (Images[0]?.State !== 'pending') throw new Error(`copy ${Images[0]?.State ?? 'not started'}`);
      return copy;
    }, 60_000);
    await kill(started.child);
    const killedAt = Date.now();
    expect((await orm.em.fork().findOneOrFail(ImageCopy, { id: inFlight.id })).state).toBe('copying');

    // On the real clock: no sweep moved forward, the queue alone gives the lost jobs to this process.
    second = await startMarketplace(
      loadConfig({ ...env, PORT: '0', DATA_DIR: await dataDir() }, 'test'),
      createLog(process.env.TEST_LOG_LEVEL ?? 'silent'),
    );
    await eventually(async () => {
      const versions = await orm.em.fork().find(Version, { product: Object.values(products) });
      expect(versions.map((v) => v.state)).toEqual(['available', 'available']);
    }, 120_000);
    // Taken over within a minute of the kill (plus the few seconds the last copy itself needs).
    expect(Date.now() - killedAt).toBeLessThan(60_000 + 10_000);

    const em = orm.em.fork();
    for (const [visibility, productId] of Object.entries(products)) {
      const product = await em.findOneOrFail(Product, { id: productId });
      const copies = await em.find(ImageCopy, { version: { product } });
      expect(copies.map((c) => [c.region, c.state, c.visibility]).sort()).toEqual(
        REGIONS.map((region) => [region, 'available', visibility]),
      );
      for (const copy of copies) {
        const { Images = [] } = await simulatorClient(simulator, DISTRIBUTION[copy.region]).call(
          'ReadImages',
          {
            Filters: { AccountIds: [DISTRIBUTION[copy.region]], ProductCodes: [product.productCode ?? ''] },
          },
        );
        expect(Images.map((i) => [i.ImageId, i.ImageName, i.State])).toEqual([
          [copy.imageId, copyImageName(copy.id), 'available'],
        ]);
        expect(Images[0]?.PermissionsToLaunch?.GlobalPermission ?? false).toBe(visibility === 'public');
      }
    }
    // Nothing else was copied: one image per version and region in the distribution accounts.
    for (const region of REGIONS) {
      const { Images = [] } = await simulatorClient(simulator, DISTRIBUTION[region]).call('ReadImages', {
        Filters: { AccountIds: [DISTRIBUTION[region]], ImageNames: ['marketplace-copy-*'] },
      });
      expect(Images, region).toHaveLength(2);
    }
  }, 240_000);
});
