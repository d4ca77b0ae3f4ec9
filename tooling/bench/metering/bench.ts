// One metering hour for BENCH_ACCOUNTS (1,000) buyer accounts × BENCH_VMS (10) VMs of a subscribed
// hourly product, against the OUTSCALE simulator in a process of its own (over HTTP, its accounts
// seeded), on a fresh PostgreSQL database (DATABASE_URL's server when set, an embedded one otherwise).
// Each account is metered as its job does (`meterAccount` of apps/api/src/usage/metering.ts: ReadVms
// filtered by product code, ReadConsumptionAccount of the day, the hour's rows in one transaction),
// BENCH_CONCURRENCY (20: a worker's 2 fetch loops × batches of 10) at a time. Prints the time, the
// accounts per second and the OUTSCALE calls per account, then checks every VM-hour was recorded once
// (a second pass records nothing).
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, Offer, Organization, openOrm, Product, Subscription, UsageRecord } from '@marketplace/db';
import { createTestDatabase, setupTestPostgres } from '@marketplace/db/testing';
import { money } from '@marketplace/domain';
import { floorHour, meterAccount } from '../../../apps/api/src/usage/metering.ts';
import { encryptSecret } from '../../../packages/auth/src/index.ts';
import {
  type ActionName,
  demoSeed,
  OutscaleClient,
  type Request,
  type Response,
} from '../../../packages/outscale/src/index.ts';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 1000);
const VMS = Number(process.env.BENCH_VMS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const REGION = 'cloudgouv-eu-west-1';
const PRODUCT_CODE = 'pty-metering-bench';
const IMAGE = 'ami-be000001';
const HOUR = 3_600_000;

const accountId = (n: number) => String(700_000_000_000 + n);
const seed = demoSeed();
const distribution = seed.accounts.find((a) => a.Role === 'distribution' && a.Region === REGION);
if (!distribution) throw new Error('no distribution account in the demo seed');
distribution.Images = [
  ...(distribution.Images ?? []),
  {
    ImageId: IMAGE,
    ImageName: 'metering-bench',
    ProductCodes: [PRODUCT_CODE],
    PermissionsToLaunch: { GlobalPermission: true },
  },
];
for (let n = 0; n < ACCOUNTS; n += 1) {
  seed.accounts.push({
    AccountId: accountId(n),
    Email: `buyer${n}@bench.example`,
    CompanyName: `Bench buyer ${n}`,
    Region: REGION,
    AccessKey: `AKBENCH${String(n).padStart(13, '0')}`,
    SecretKey: `SKBENCH${String(n).padStart(33, '0')}`,
    Role: 'bench-buyer',
  });
}

const dir = await mkdtemp(join(tmpdir(), 'mp-bench-metering-'));
const seedPath = join(dir, 'seed.json');
await writeFile(seedPath, JSON.stringify(seed));
const child: ChildProcess = fork(
  new URL('./simulator.ts', import.meta.url).pathname,
  [seedPath, IMAGE, String(VMS)],
  {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  },
);
const started = await new Promise<{ endpointTemplate: string; vms: number }>((resolve, reject) => {
  child.once('message', (m) => resolve(m as { endpointTemplate: string; vms: number }));
  child.once('exit', (code) => reject(new Error(`simulator exited (${code})`)));
});

const stopPostgres = await setupTestPostgres();
const database = await createTestDatabase();
const orm = await openOrm({ url: database.url, poolMax: 24 });
try {
  await migrate(orm);
  const secretKey = randomBytes(32);
  const now = new Date();
  const until = floorHour(now);
  const em = orm.em.fork();
  const seller = em.create(Organization, {
    name: 'Bench seller',
    types: ['seller'],
    region: REGION,
    language: 'en',
    state: 'validated',
    outscaleAccountId: '200000000011',
    outscaleEmail: 'seller@bench.example',
    accessKey: 'AKUNUSEDBENCHSELLER0',
    secretKeyEncrypted: 'v1:unused',
  });
  const text = { en: 'Bench', fr: 'Banc' };
  const product = em.create(Product, {
    organization: seller,
    kind: 'omi',
    state: 'published',
    name: text,
    shortDescription: text,
    description: text,
    categories: ['operating-systems'],
    regions: [REGION],
    supportContact: 'support@bench.example',
    recommendedVmTypes: [],
    screenshotUrls: [],
    productCode: PRODUCT_CODE,
  });
  const offer = em.create(Offer, {
    product,
    type: 'hourly',
    title: text,
    terms: {
      type: 'hourly',
      prices: [
        { vmType: 'tinav6.c2r4p2', onDemandPerHour: money(12) },
        { vmType: 'tinav6.c4r8p2', onDemandPerHour: money(20) },
      ],
    },
  });
  await em.flush();
  for (let n = 0; n < ACCOUNTS; n += 1) {
    const account = seed.accounts.find((a) => a.AccountId === accountId(n));
    const buyer = em.create(Organization, {
      name: `Bench buyer ${n}`,
      types: ['buyer'],
      region: REGION,
      language: 'en',
      state: 'validated',
      outscaleAccountId: accountId(n),
      outscaleEmail: `buyer${n}@bench.example`,
      accessKey: account?.AccessKey ?? '',
      secretKeyEncrypted: encryptSecret(secretKey, account?.SecretKey ?? ''),
    });
    em.create(Subscription, {
      organization: buyer,
      product,
      seller,
      offer,
      region: REGION,
      outscaleAccountIds: [accountId(n)],
      state: 'active',
      activatesAt: new Date(until.getTime() - HOUR),
    });
  }
  await em.flush();

  let calls = 0;
  let callMs = 0;
  /** The client the job uses, timing its calls (the time spent waiting on OUTSCALE). */
  class TimedClient extends OutscaleClient {
    override async call<A extends ActionName>(action: A, request: Request<A>): Promise<Response<A>> {
      const t = performance.now();
      try {
        return await super.call(action, request);
      } finally {
        callMs += performance.now() - t;
      }
    }
  }
  const deps = {
    orm,
    secretKey,
    now: () => now,
    client: (region: string, accessKey: string, secret: string) =>
      new TimedClient({
        region,
        accessKey,
        secretKey: secret,
        endpoint: started.endpointTemplate,
        onRequest: () => {
          calls += 1;
        },
      }),
  };
  const pass = async () => {
    const pending = Array.from({ length: ACCOUNTS }, (_, n) => ({
      outscaleAccountId: accountId(n),
      region: REGION as typeof REGION,
    }));
    let inserted = 0;
    let slowest = 0;
    const next = async (): Promise<void> => {
      const account = pending.shift();
      if (!account) return;
      const t = performance.now();
      const run = await meterAccount(deps, account, until);
      slowest = Math.max(slowest, performance.now() - t);
      inserted += run.inserted;
      return next();
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, next));
    return { ms: performance.now() - t0, inserted, slowest };
  };

  const first = await pass();
  const firstCalls = calls;
  const firstCallMs = callMs;
  const second = await pass();
  const rows = await orm.em.fork().count(UsageRecord, {});
  const expected = ACCOUNTS * VMS;
  const ok = first.inserted === expected && second.inserted === 0 && rows === expected;
  console.log(
    [
      '',
      `metering: ${ACCOUNTS} accounts × ${VMS} VMs (${started.vms} in the simulator), ${CONCURRENCY} accounts at a time (load ${loadavg()[0]?.toFixed(1)})`,
      `  the hour that just ended: ${(first.ms / 1000).toFixed(2)} s, ${(ACCOUNTS / (first.ms / 1000)).toFixed(0)} accounts/s, slowest account ${first.slowest.toFixed(0)} ms; ${first.inserted} usage rows`,
      `  OUTSCALE calls per account: ${(firstCalls / ACCOUNTS).toFixed(2)} (ReadVms + ReadConsumptionAccount of the day), ${(firstCallMs / firstCalls).toFixed(0)} ms each on average (${((firstCallMs / CONCURRENCY / first.ms) * 100).toFixed(0)} % of the pass waiting on them)`,
      `  second pass (nothing due): ${(second.ms / 1000).toFixed(2)} s, ${second.inserted} rows, ${((calls - firstCalls) / ACCOUNTS).toFixed(2)} calls per account`,
      ok ? '  every VM-hour recorded once' : `  MISMATCH: ${rows} rows, expected ${expected}`,
      '',
    ].join('\n'),
  );
} finally {
  child.kill('SIGTERM');
  await orm.close(true);
  await database.drop();
  await stopPostgres();
  await rm(dir, { recursive: true, force: true });
}
