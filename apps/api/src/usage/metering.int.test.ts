// Metering on the simulator over HTTP: a subscribed buyer account runs two VMs of an hourly product for
// three hours; the usage is recorded once whatever happens to the runs, and both sides see its charge.
import { encryptSecret } from '@marketplace/auth';
import {
  MarketplaceAccount,
  Organization,
  readMeteringCursor,
  Subscription,
  UsageRecord,
} from '@marketplace/db';
import { monthBounds, monthCharge, monthOf, monthsBetween, type OfferTerms } from '@marketplace/domain';
import { OutscaleClient, type Simulator, shareImage } from '@marketplace/outscale';
import { simulatorClient } from '@marketplace/outscale/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadVmRates } from '../prices/index.ts';
import { eventually } from '../testing/eventually.ts';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import { launchPermissions, publishHourlyProducts, REGION } from '../testing/subscription-load.ts';
import { floorHour, type MeteringDeps, meterAccount, meterableAccounts, meteringJobId } from './metering.ts';
import type { RevenueReport, SellerTotals, SpendReport } from './shapes.ts';

const HOUR = 3_600_000;
/** Subscribed: runs the product's VMs. */
const BUYER_ACCOUNT = '300000000002';
/** The same organization's, without a subscription: its VM of the product is not charged. */
const UNSUBSCRIBED = '300000000004';
const DISTRIBUTION = '100000000001';
const SOURCE_OWNER = '200000000011';
const SOURCE_IMAGE = 'ami-a1011000';

describe('metering', () => {
  let marketplace: TestMarketplace;
  let simulator: Simulator;
  let buyer: HttpClient;
  let seller: HttpClient;
  let subscriptionId: string;
  let terms: OfferTerms;
  let until: Date;
  let deps: MeteringDeps;
  const account = { outscaleAccountId: BUYER_ACCOUNT, region: REGION } as const;
  /** Set once the clocks have moved three hours on: ten minutes past the last metered hour. */
  let now: Date;

  const usageRows = () =>
    marketplace.services.orm.em.fork().find(UsageRecord, {}, { orderBy: { hour: 'asc', vmId: 'asc' } });

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    // The test runs the metering itself: the hourly schedule must not meet it half-way.
    await marketplace.services.jobs.boss.unschedule('usage.meter');
    const found = marketplace.services.cloud.simulator;
    if (!found) throw new Error('no simulator');
    simulator = found;
    const { orm, secretKey } = marketplace.services;
    const [product] = await publishHourlyProducts(orm, simulator, marketplace.url, 1, secretKey);
    if (!product) throw new Error('no product');
    // The fixtures' seller (on the source OMI's account), signed in with the fixtures' password.
    const sellerOrg = await orm.em.fork().findOneOrFail(Organization, { outscaleAccountId: SOURCE_OWNER });
    const sellerAccount = await orm.em
      .fork()
      .findOneOrFail(MarketplaceAccount, { organization: sellerOrg.id });
    seller = new HttpClient(marketplace.url);
    await seller.mutation('auth.login', { email: sellerAccount.email, password: 'Correct-Horse-9' });

    const keys = (accountId: string) => {
      const credentials = simulator.credentials(accountId);
      return {
        accountId,
        region: REGION,
        accessKey: credentials.accessKey,
        secretKeyEncrypted: encryptSecret(secretKey, credentials.secretKey),
      } as const;
    };
    const member = await createMember(orm, { types: ['buyer'], outscale: keys(BUYER_ACCOUNT) });
    buyer = new HttpClient(marketplace.url);
    await buyer.mutation('auth.login', { email: member.email, password: member.password });
    const subscribed = await buyer.mutation<{ id: string }>('subscriptions.create', {
      productId: product.id,
      offerId: product.offerId,
      region: REGION,
      outscaleAccountIds: [BUYER_ACCOUNT],
      licenceAccepted: true,
      reservation: { vmType: 'tinav6.c2r4p2', vmCount: 2, commitment: 'on_demand' },
    });
    subscriptionId = subscribed.id;
    const em = orm.em.fork();
    const subscription = await em.findOneOrFail(
      Subscription,
      { id: subscriptionId },
      { populate: ['offer'] },
    );
    terms = subscription.offer.terms;

    // On the next hour, the buyer starts two VMs of the product and a VM of another image (no product
    // code); an account without a subscription starts one of the product (shared by hand). The
    // subscription has been in force since an hour before.
    const started = new Date(floorHour(simulator.clock.now()).getTime() + HOUR);
    until = new Date(started.getTime() + 3 * HOUR);
    await em.nativeUpdate(
      Subscription,
      { id: subscriptionId },
      { activatesAt: new Date(started.getTime() - HOUR) },
    );
    await eventually(async () => {
      if (!(await launchPermissions(simulator, product.imageId)).includes(BUYER_ACCOUNT)) {
        throw new Error('not shared yet');
      }
    });
    await shareImage(simulatorClient(simulator, SOURCE_OWNER), SOURCE_IMAGE, [BUYER_ACCOUNT]);
    await shareImage(simulatorClient(simulator, DISTRIBUTION), product.imageId, [UNSUBSCRIBED]);
    // Both clocks move on: to the next hour, when the VMs start, then three hours and ten minutes later.
    simulator.clock.set(started);
    for (const [accountId, imageId] of [
      [BUYER_ACCOUNT, product.imageId],
      [BUYER_ACCOUNT, product.imageId],
      [BUYER_ACCOUNT, SOURCE_IMAGE],
      [UNSUBSCRIBED, product.imageId],
    ] as const) {
      await simulatorClient(simulator, accountId).call('CreateVms', {
        ImageId: imageId,
        VmType: 'tinav6.c2r4p2',
      });
    }
    now = simulator.clock.advance(3 * HOUR + 10 * 60_000);
    marketplace.services.now = () => now;

    const tenacious = (region: string, accessKey: string, secretKey: string) =>
      new OutscaleClient({
        region,
        accessKey,
        secretKey,
        endpoint: simulator.endpointTemplate,
        timeoutMs: 2000,
        now: () => simulator.clock.now(),
        sleep: async () => {},
      });
    deps = { orm, secretKey, now: () => now, client: tenacious };
  });
  afterAll(() => marketplace.stop());

  it('meters nothing while OUTSCALE throttles (429 storm): the cursor stays where it was', async () => {
    // The client's first call and its three retries are all throttled: the run fails, the job retries.
    simulator.faults.add({ action: 'ReadConsumptionAccount', count: 4, status: 429 });
    await expect(meterAccount(deps, account, until)).rejects.toThrow();
    expect(simulator.faults.pending()).toEqual([]);
    expect(await usageRows()).toEqual([]);
    expect(await readMeteringCursor(marketplace.services.orm.em.fork(), account)).toBeNull();
  });

  it('resumes from the cursor after a run cut short, and two runs at once count no hour twice', async () => {
    // A run stopped after its first hours (as if its worker was killed between two hours).
    const cut = await meterAccount(deps, account, until, { maxHours: 2 });
    expect(cut.done).toBe(false);
    expect(cut.metered).toHaveLength(2);
    expect((await usageRows()).map((r) => r.milliHours)).toEqual([1000, 1000]);
    // A timeout mid-run (a worker waiting forever) records nothing more.
    simulator.faults.add({ action: 'ReadConsumptionAccount', count: 1, timeout: true });
    const slow = (region: string, accessKey: string, secretKey: string) =>
      new OutscaleClient({
        region,
        accessKey,
        secretKey,
        endpoint: simulator.endpointTemplate,
        timeoutMs: 300,
        retry: { retries: 0 },
        now: () => simulator.clock.now(),
      });
    await expect(meterAccount({ ...deps, client: slow }, account, until)).rejects.toThrow();
    expect(await usageRows()).toHaveLength(2);
    // Then two workers run the account's job at once: each hour once.
    const [a, b] = await Promise.all([
      meterAccount(deps, account, until),
      meterAccount(deps, account, until),
    ]);
    expect(a.done && b.done).toBe(true);
    expect(a.metered.length + b.metered.length).toBe(2);
    const cursor = await readMeteringCursor(marketplace.services.orm.em.fork(), account);
    expect(cursor?.toISOString()).toBe(new Date(until.getTime() - HOUR).toISOString());
  });

  it('records 6 VM-hours for two VMs over three hours, once, and only the product’s VMs in the subscribed account', async () => {
    // The job itself, twice (the hourly run and a retry): nothing more.
    const job = marketplace.services.usageJobs.meterAccount;
    const data = { ...account, until: until.toISOString() };
    await job.run(data, { id: meteringJobId(account, until), retryCount: 0 });
    await job.run(data, { id: meteringJobId(account, until), retryCount: 1 });
    const rows = await usageRows();
    expect(rows).toHaveLength(6);
    expect(rows.reduce((sum, r) => sum + r.milliHours, 0)).toBe(6000);
    expect(new Set(rows.map((r) => r.vmId)).size).toBe(2);
    expect(rows.every((r) => r.subscription.id === subscriptionId && r.vmType === 'tinav6.c2r4p2')).toBe(
      true,
    );
    expect(rows.every((r) => r.outscaleAccountId === BUYER_ACCOUNT)).toBe(true);
    expect(rows.map((r) => r.hour.getTime())).toEqual(
      [3, 3, 2, 2, 1, 1].map((h) => until.getTime() - h * HOUR),
    );
    // The account without a subscription is never metered.
    const accounts = await meterableAccounts(marketplace.services.orm.em.fork(), now);
    expect(accounts).toEqual([account]);
    // The hourly sweep enqueues one job per account and hour: the same ID again is refused.
    const { jobs, usageJobs } = marketplace.services;
    await usageJobs.meter.run({}, { id: 'sweep', retryCount: 0 });
    await usageJobs.meter.run({}, { id: 'sweep', retryCount: 1 });
    expect(await jobs.enqueue(job, data, { id: meteringJobId(account, until) })).toBeNull();
    const queued = await marketplace.services.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from pgboss.job where name = 'usage.meter-account'`);
    expect(Number(queued[0]?.n)).toBe(1);
    expect(await usageRows()).toHaveLength(6);
  });

  it('shows the buyer’s spend and the seller’s revenue as the charge function computes them', async () => {
    const from = monthOf(new Date(until.getTime() - 4 * HOUR));
    const range = { from, to: monthOf(now) };
    const rows = await usageRows();
    const em = marketplace.services.orm.em.fork();
    const subscription = await em.findOneOrFail(Subscription, { id: subscriptionId });
    const vmRates = await loadVmRates(em, REGION);
    const expected = monthsBetween(range.from, range.to).map((month) => {
      const { start, end } = monthBounds(month);
      const milliHours = rows
        .filter((r) => r.hour >= start && r.hour < end)
        .reduce((s, r) => s + r.milliHours, 0);
      return monthCharge({
        terms,
        commitment: 'on_demand',
        licences: 2,
        reservedVmType: 'tinav6.c2r4p2',
        month,
        usableFrom: subscription.activatesAt,
        endsAt: null,
        until: now,
        usage: milliHours ? [{ key: BUYER_ACCOUNT, vmType: 'tinav6.c2r4p2', milliHours }] : [],
        vmRates,
      });
    });
    const software = expected.reduce((s, c) => s + c.software.amount, 0);
    const vm = expected.reduce((s, c) => s + c.vm.amount, 0);
    expect(software).toBe(6 * 12);

    const spend = await buyer.query<SpendReport>('usage.spend', range);
    expect(spend.total.amount).toBe(software + vm);
    expect(spend.rows.reduce((s, r) => s + r.vmHours, 0)).toBe(6);
    expect(spend.rows.reduce((s, r) => s + r.software.amount, 0)).toBe(software);
    expect(spend.rows.every((r) => r.outscaleAccountId === BUYER_ACCOUNT)).toBe(true);
    expect(spend.prices).toEqual([{ region: REGION, asOf: vmRates.asOf }]);

    const revenue = await seller.query<RevenueReport>('usage.revenue', range);
    expect(revenue.total.amount).toBe(software);
    expect(revenue.rows.reduce((s, r) => s + r.vmHours, 0)).toBe(6);
    const summary = await seller.query<{ thisMonth: { amount: number }; activeSubscriptions: number }>(
      'usage.revenueSummary',
    );
    expect(summary.activeSubscriptions).toBe(1);
    expect(summary.thisMonth.amount).toBe(expected.at(-1)?.software.amount);

    const operator = await createMember(marketplace.services.orm, { types: ['buyer'] });
    await em.nativeUpdate(MarketplaceAccount, { id: operator.account.id }, { operator: true });
    const operatorClient = new HttpClient(marketplace.url);
    await operatorClient.mutation('auth.login', { email: operator.email, password: operator.password });
    const totals = await operatorClient.query<SellerTotals>('operator.usage.totals', range);
    expect(totals.rows.reduce((s, r) => s + r.revenue.amount, 0)).toBe(software);
  });

  it('refuses what each side may not see, and ranges it cannot answer', async () => {
    const other = await createMember(marketplace.services.orm, { types: ['buyer'] });
    const stranger = new HttpClient(marketplace.url);
    await stranger.mutation('auth.login', { email: other.email, password: other.password });
    const range = { from: monthOf(now), to: monthOf(now) };
    expect((await stranger.query<SpendReport>('usage.spend', range)).rows).toEqual([]);
    expect((await trpcError(stranger.query('usage.revenue', range))).code).toBe('FORBIDDEN');
    expect((await trpcError(stranger.query('usage.revenueSummary'))).code).toBe('FORBIDDEN');
    expect((await trpcError(stranger.query('operator.usage.totals', range))).code).toBe('FORBIDDEN');
    expect((await trpcError(seller.query('usage.spend', range))).code).toBe('FORBIDDEN');
    const backwards = await trpcError(buyer.query('usage.spend', { from: '2026-12', to: '2026-11' }));
    expect(backwards.code).toBe('BAD_REQUEST');
    const long = await trpcError(seller.query('usage.revenue', { from: '2024-01', to: '2026-01' }));
    expect(long.code).toBe('BAD_REQUEST');
    expect(long.message).toMatch(/24 months/);
    expect((await trpcError(buyer.query('usage.spend', { from: '2026-13', to: '2026-12' }))).code).toBe(
      'BAD_REQUEST',
    );
  });
});
