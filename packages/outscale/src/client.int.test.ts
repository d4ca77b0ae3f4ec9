import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutscaleError } from './errors.ts';
import { collect, firstItemPages, items, tokenPages } from './paginate.ts';
import type { Seed } from './simulator/seed.ts';
import type { Simulator } from './simulator/server.ts';
import { demoAccounts, simulatorClient, startTestSimulator } from './testing.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const countCalls = (action: string) => sim.requests.filter((r) => r.action === action).length;

describe('client retries', () => {
  it('retries injected 429 and 500 answers with capped exponential backoff, then succeeds', async () => {
    sim.faults.add({ action: 'ReadAccounts', count: 2, status: 429 });
    sim.faults.add({ action: 'ReadAccounts', count: 1, status: 500 });
    const sleeps: number[] = [];
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2, {
      sleeps,
      random: () => 1,
      retry: { baseDelayMs: 1000, maxDelayMs: 1500 },
    });
    const before = countCalls('ReadAccounts');
    const { Accounts } = await client.call('ReadAccounts', {});
    expect(Accounts?.[0]?.AccountId).toBe(demoAccounts.buyerEuWest2);
    expect(countCalls('ReadAccounts') - before).toBe(4);
    expect(sleeps).toEqual([1000, 1500, 1500]);
  });

  it('gives up after 3 retries with the last error', async () => {
    sim.faults.add({ action: 'ReadAccounts', count: 4, status: 503 });
    const sleeps: number[] = [];
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2, { sleeps, random: () => 0 });
    const error = await client.call('ReadAccounts', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutscaleError);
    expect(error).toMatchObject({ status: 503, attempts: 4 });
    // Default policy: from 1 s, doubling, jitter between half and all of the step.
    expect(sleeps).toEqual([500, 1000, 2000]);
  });

  it('never retries other 4xx answers', async () => {
    const sleeps: number[] = [];
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2, { sleeps });
    const before = countCalls('DeleteImage');
    const error = await client.call('DeleteImage', { ImageId: 'ami-00000000' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: '5023' });
    expect((error as OutscaleError).isNotFound()).toBe(true);
    expect(countCalls('DeleteImage') - before).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('surfaces a timeout as a clear error', async () => {
    sim.faults.add({ action: 'ReadAccounts', count: 1, timeout: true });
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2, { timeoutMs: 100 });
    const error = await client.call('ReadAccounts', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutscaleError);
    expect((error as OutscaleError).isTimeout()).toBe(true);
    expect((error as OutscaleError).message).toMatch(/ReadAccounts.*no answer .* within 100 ms/);
  });

  it('adds latency without failing', async () => {
    sim.faults.add({ action: 'ReadAccounts', count: 1, latencyMs: 50 });
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2);
    const started = Date.now();
    await client.call('ReadAccounts', {});
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('refuses keys that are not printable ASCII as wrong credentials, without sending anything', async () => {
    const before = countCalls('ReadAccounts');
    for (const keys of [
      { accessKey: 'AKÉ0000000000000000', secretKey: 'S'.repeat(40) },
      { accessKey: 'AK00000000000000000', secretKey: `${'S'.repeat(39)}\u0000` },
      { accessKey: 'AK 0000000000000000', secretKey: '\ud800'.repeat(20) },
    ]) {
      const client = simulatorClient(sim, demoAccounts.buyerEuWest2, keys);
      const error = await client.call('ReadAccounts', {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutscaleError);
      expect((error as OutscaleError).isInvalidCredentials()).toBe(true);
    }
    expect(countCalls('ReadAccounts')).toBe(before);
  });

  it('reports a closed port as a network error', async () => {
    const closed = await startTestSimulator();
    const client = simulatorClient(closed, demoAccounts.buyerEuWest2, { retry: { retries: 0 } });
    await closed.close();
    const error = await client.call('ReadAccounts', {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NetworkError', status: 0 });
  });
});

describe('pagination', () => {
  const manyImages: Seed = {
    accounts: [
      {
        AccountId: '500000000001',
        Email: 'many@example.test',
        CompanyName: 'Many',
        Region: 'eu-west-2',
        AccessKey: 'AKMANY00000000000001',
        SecretKey: 'SKMANY0000000000000000000000000000000001',
        Images: Array.from({ length: 25 }, (_, i) => ({
          ImageId: `ami-${(0x100 + i).toString(16).padStart(8, '0')}`,
          ImageName: `image-${i}`,
        })),
      },
    ],
  };

  it('walks NextPageToken pages', async () => {
    const local = await startTestSimulator({ seed: manyImages });
    try {
      const client = simulatorClient(local, '500000000001');
      const pages = await collect(tokenPages(client, 'ReadImages', { ResultsPerPage: 10 }));
      expect(pages.map((p) => p.Images?.length)).toEqual([10, 10, 5]);
      const all = await collect(
        items(tokenPages(client, 'ReadImages', { ResultsPerPage: 7 }), (p) => p.Images),
      );
      expect(new Set(all.map((i) => i.ImageId)).size).toBe(25);
    } finally {
      await local.close();
    }
  });

  it('walks FirstItem pages of the EIM reads', async () => {
    const client = simulatorClient(sim, demoAccounts.sellerGitlabEuWest2);
    for (let i = 0; i < 12; i++) await client.call('CreateUser', { UserName: `pager_${i}` });
    const pages = await collect(
      firstItemPages(client, 'ReadUsers', { ResultsPerPage: 5 }, (p) => p.Users?.length ?? 0),
    );
    expect(pages.map((p) => p.Users?.length)).toEqual([5, 5, 2]);
    expect(pages.map((p) => p.HasMoreItems)).toEqual([true, true, false]);
    // MaxResultsLimit is the operation's most per page; nothing asked for more, so nothing was cut.
    expect(pages.map((p) => [p.MaxResultsLimit, p.MaxResultsTruncated])).toEqual([
      [100, false],
      [100, false],
      [100, false],
    ]);
  });

  it('cuts a page asked larger than MaxResultsLimit and says so with MaxResultsTruncated', async () => {
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2);
    for (let i = 0; i < 130; i++) await client.call('CreateUser', { UserName: `many_${i}` });
    const first = await client.call('ReadUsers', { ResultsPerPage: 500 });
    expect(first).toMatchObject({ HasMoreItems: true, MaxResultsLimit: 100, MaxResultsTruncated: true });
    expect(first.Users).toHaveLength(100);
    const last = await client.call('ReadUsers', { FirstItem: 100, ResultsPerPage: 100 });
    expect(last).toMatchObject({ HasMoreItems: false, MaxResultsLimit: 100, MaxResultsTruncated: false });
    expect(last.Users).toHaveLength(30);
    // The client walks on by the items it got, so a cut page loses nothing and the walk still ends.
    const pages = await collect(
      firstItemPages(client, 'ReadUsers', { ResultsPerPage: 500 }, (p) => p.Users?.length ?? 0),
    );
    expect(pages.map((p) => p.Users?.length)).toEqual([100, 30]);
    const names = pages.flatMap((p) => p.Users?.map((u) => u.UserName) ?? []);
    expect(new Set(names).size).toBe(130);
  });
});
