// Many buyers subscribing at once, on marketplace processes started as production starts them
// (`main.ts --web` / `--worker`): shared by the multi-process test and `tooling/bench/jobs`.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort, LinkedOutscaleAccount, Organization, type Orm } from '@marketplace/db';
import { type Simulator, shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { eventually } from './eventually.ts';
import { createMember, createSeller, OFFER_TEXTS, publishNimbusShowcase } from './fixtures.ts';
import { HttpClient } from './http-client.ts';

const API_DIR = resolve(import.meta.dirname, '../..');
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
export const REGION = 'cloudgouv-eu-west-1';
/** The simulator's demo seller image in REGION, and the distribution account it must be shared with. */
const SOURCE = { owner: '200000000011', imageId: 'ami-a1011000', distribution: '100000000001' };

export type MarketplaceProcess = {
  role: string;
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then SIGKILL after 15 s. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown at all, its jobs left active in the queue. */
  kill(): Promise<void>;
};

/** `node --import tsx apps/api/src/main.ts [--web|--worker]` on a free port, once its health answers. */
export async function startMarketplaceProcess(
  args: string[],
  env: Record<string, string>,
): Promise<MarketplaceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', tsx, 'src/main.ts', ...args], {
    cwd: API_DIR,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const signal = (name: NodeJS.Signals) => {
    if (!gone()) child.kill(name);
    return exited;
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (gone()) throw new Error(`main.ts ${args.join(' ')} exited (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      await signal('SIGKILL');
      throw new Error(`main.ts ${args.join(' ')} did not start:\n${output}`);
    }
    const ready = await fetch(`${url}/trpc/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    role: args.join(' ') || 'web and worker',
    url,
    child,
    output: () => output,
    kill: () => signal('SIGKILL'),
    stop: async () => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await signal('SIGTERM');
      clearTimeout(timer);
    },
  };
}

export type PublishedProduct = { id: string; offerId: string; imageId: string };

/**
 * A validated seller, on the simulator account that owns the source OMI (its keys encrypted with the
 * servers' `secretKey`, as a version's source must be its own), publishing `count` hourly OMI products
 * (private copies), once they are available.
 */
export async function publishHourlyProducts(
  orm: Orm,
  simulator: Simulator,
  url: string,
  count: number,
  secretKey: Buffer,
): Promise<PublishedProduct[]> {
  await shareImage(simulatorClient(simulator, SOURCE.owner), SOURCE.imageId, [SOURCE.distribution]);
  const member = await createSeller(orm, { simulator, secretKey, home: SOURCE.owner });
  const seller = new HttpClient(url);
  await seller.mutation('auth.login', { email: member.email, password: member.password });
  await publishNimbusShowcase(seller);
  const products: PublishedProduct[] = [];
  for (let n = 1; n <= count; n += 1) {
    const { id } = await seller.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: `Hardened Debian ${n}`, fr: `Debian durcie ${n}` },
      shortDescription: { en: 'Hardened Debian', fr: 'Debian durcie' },
      description: { en: 'A hardened Debian 12.', fr: 'Une Debian 12 durcie.' },
      categories: ['operating-systems'],
      regions: [REGION],
      supportContact: 'support@nimbus.example',
      licence: 'https://nimbus.example/licence',
      offers: [
        {
          ...OFFER_TEXTS,
          type: 'hourly',
          prices: [{ vmType: 'tinav6.c2r4p2', onDemandPerHour: { amount: 12, currency: 'EUR' } }],
        },
      ],
    });
    await seller.mutation('products.versions.create', {
      productId: id,
      name: '1.0.0',
      releaseNotes: { en: 'First release', fr: 'Première version' },
      sources: [{ region: REGION, imageId: SOURCE.imageId }],
    });
    await seller.mutation('products.publish', { id });
    products.push({ id, offerId: '', imageId: '' });
  }
  type View = {
    offers: { id: string }[];
    versions: { state: string; copies: { imageId: string | null }[] }[];
  };
  for (const product of products) {
    const view = await eventually(async () => {
      const found = await seller.query<View>('products.get', { id: product.id });
      if (found.versions[0]?.state !== 'available') throw new Error('not yet available');
      return found;
    }, 120_000);
    product.offerId = view.offers[0]?.id ?? '';
    product.imageId = view.versions[0]?.copies[0]?.imageId ?? '';
  }
  return products;
}

export type Buyer = { email: string; password: string; accountIds: string[] };

/** Validated buyers in REGION, each with its own OUTSCALE account and `linked` linked accounts. */
export async function createBuyers(
  orm: Orm,
  count: number,
  { linked = 1, firstAccount = 500_000_000_000 } = {},
): Promise<Buyer[]> {
  const buyers: Buyer[] = [];
  for (let n = 0; n < count; n += 1) {
    const member = await createMember(orm, { types: ['buyer'] });
    const accountIds = Array.from({ length: 1 + linked }, (_, k) => String(firstAccount + n * 1000 + k));
    const [own = '', ...others] = accountIds;
    const em = orm.em.fork();
    await em.nativeUpdate(Organization, { id: member.organization.id }, { outscaleAccountId: own });
    for (const [k, accountId] of others.entries()) {
      em.create(LinkedOutscaleAccount, {
        organization: member.organization.id,
        label: `Project ${k + 1}`,
        accountId,
        region: REGION,
        accessKey: `AKLINKED${accountId}`,
        secretKeyEncrypted: 'v1:unused-in-this-load',
      });
    }
    await em.flush();
    buyers.push({ email: member.email, password: member.password, accountIds });
  }
  return buyers;
}

export type Subscribed = { id: string; productId: string; accountIds: string[]; imageId: string };
export type SignedIn = { buyer: Buyer; clients: HttpClient[] };

/** Every buyer signs in on every web process (apart: a password hash is slow, and not what is measured). */
export async function signIn(urls: string[], buyers: Buyer[]): Promise<SignedIn[]> {
  return Promise.all(
    buyers.map(async (buyer) => {
      const clients = urls.map((url) => new HttpClient(url));
      for (const client of clients) {
        await client.mutation('auth.login', { email: buyer.email, password: buyer.password });
      }
      return { buyer, clients };
    }),
  );
}

/**
 * Every buyer subscribes `perBuyer` times (to the products in turn), the buyers at once; the n-th
 * subscription overall goes to the n-th web process in turn (web processes taken alternately).
 */
export async function subscribeAll(
  buyers: SignedIn[],
  products: PublishedProduct[],
  perBuyer: number,
  /**
   * Each subscription for one of the buyer's accounts in turn, instead of all of them; or for
   * `accountsEach` accounts of its own (the n-th subscription, counted from `first`, takes the n-th
   * group), so that no two are identical (an identical subscription is refused).
   */
  {
    oneAccountEach = false,
    accountsEach = 0,
    first = 0,
  }: { oneAccountEach?: boolean; accountsEach?: number; first?: number } = {},
): Promise<Subscribed[]> {
  let sent = 0;
  const done: Subscribed[] = [];
  await Promise.all(
    buyers.map(async ({ buyer, clients }) => {
      for (let n = 0; n < perBuyer; n += 1) {
        const product = products[n % products.length];
        if (!product) throw new Error('no product to subscribe to');
        const client = clients[sent++ % clients.length] as HttpClient;
        const group = (first + n) * accountsEach;
        const accountIds = oneAccountEach
          ? [buyer.accountIds[n % buyer.accountIds.length] ?? '']
          : accountsEach > 0
            ? buyer.accountIds.slice(group, group + accountsEach)
            : buyer.accountIds;
        const { id } = await client.mutation<{ id: string }>('subscriptions.create', {
          productId: product.id,
          offerId: product.offerId,
          region: REGION,
          outscaleAccountIds: accountIds,
          licenceAccepted: true,
        });
        done.push({ id, productId: product.id, accountIds, imageId: product.imageId });
      }
    }),
  );
  return done;
}

export type ShareJobRow = {
  id: string;
  state: string;
  retry_count: number;
  /** Milliseconds from the subscription's creation to the job's completion (PostgreSQL's clock). */
  waited_ms: number | null;
  created_ms: number;
  completed_ms: number | null;
};

/** The share job of each subscription (its ID is the subscription's), archive included. */
export async function shareJobs(orm: Orm, subscriptionIds: string[]): Promise<ShareJobRow[]> {
  const sql = (table: string) => `
    select j.id::text, j.state::text, j.retry_count,
           extract(epoch from (j.completed_on - s.created_at)) * 1000 as waited_ms,
           extract(epoch from s.created_at) * 1000 as created_ms,
           extract(epoch from j.completed_on) * 1000 as completed_ms
      from pgboss.${table} j join subscription s on s.id = j.id
     where j.name = 'subscription.share' and j.id = any(string_to_array(?, ',')::uuid[])`;
  const connection = orm.em.fork().getConnection();
  const rows = [
    ...(await connection.execute<ShareJobRow[]>(sql('job'), [subscriptionIds.join(',')])),
    ...(await connection.execute<ShareJobRow[]>(sql('archive'), [subscriptionIds.join(',')])),
  ];
  return rows.map((r) => ({
    ...r,
    waited_ms: r.waited_ms === null ? null : Number(r.waited_ms),
    created_ms: Number(r.created_ms),
    completed_ms: r.completed_ms === null ? null : Number(r.completed_ms),
  }));
}

/** The accounts an image is shared with, as its owner (the distribution account) reads it. */
export async function launchPermissions(simulator: Simulator, imageId: string): Promise<string[]> {
  const { Images = [] } = await simulatorClient(simulator, SOURCE.distribution).call('ReadImages', {
    Filters: { ImageIds: [imageId] },
  });
  return Images[0]?.PermissionsToLaunch?.AccountIds ?? [];
}
