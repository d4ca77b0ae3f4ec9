// OUTSCALE's prices read from OUTSCALE: both regions' ReadPublicCatalog and ReadVmTypes, unsigned over
// HTTP from the simulator, stored once per region and day; the estimate prices VMs with the latest.
import { PriceCatalogue } from '@marketplace/db';
import { formatDay, vmRatesFrom } from '@marketplace/domain';
import type { Simulator } from '@marketplace/outscale';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublishedProduct } from '../testing/catalog-rows.ts';
import { createMember } from '../testing/fixtures.ts';
import { HttpClient, trpcError } from '../testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import { loadVmRates } from './catalogues.ts';

type Estimate = {
  lines: { kind: string; perHour: { amount: number } }[];
  priceTable: { source: string; asOf: string };
};

describe('prices from OUTSCALE', () => {
  let marketplace: TestMarketplace;
  let simulator: Simulator;
  const started = new Date();
  const today = started.toISOString().slice(0, 10);
  const tomorrow = new Date(started.getTime() + 24 * 3600_000).toISOString().slice(0, 10);
  const estimateInput = {
    productId: '',
    offerId: '',
    region: 'eu-west-2',
    vmCount: 2,
    commitment: 'on_demand',
  };
  const rows = () =>
    marketplace.services.orm.em.fork().find(PriceCatalogue, {}, { orderBy: { readOn: 'asc' } });
  let storedAtStart: string[] = [];
  const refresh = () => marketplace.services.pricesRefresh.run({}, { id: 'test', retryCount: 0 });

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    storedAtStart = (await rows()).map((r) => r.region);
    const sim = marketplace.services.cloud.simulator;
    if (!sim) throw new Error('the test marketplace runs on the simulator');
    simulator = sim;
    const seller = await createMember(marketplace.services.orm, { types: ['seller'] });
    const em = marketplace.services.orm.em.fork();
    const { product, offer } = createPublishedProduct(em, seller.organization.id, 'free');
    em.assign(product, { kind: 'omi', regions: ['eu-west-2'] });
    await em.flush();
    Object.assign(estimateInput, { productId: product.id, offerId: offer.id });
  });
  afterAll(async () => {
    marketplace.services.now = () => new Date();
    await marketplace.stop();
  });

  it('reads both regions at start, unsigned, and stores one catalogue per region and day', async () => {
    // A first start reads before it serves: the first request finds both catalogues.
    expect(storedAtStart.sort()).toEqual(['cloudgouv-eu-west-1', 'eu-west-2']);
    const reads = simulator.requests.filter(
      (r) => r.action === 'ReadPublicCatalog' || r.action === 'ReadVmTypes',
    );
    expect(reads.length).toBeGreaterThanOrEqual(4);
    expect(reads.every((r) => r.accountId === undefined && r.status === 200)).toBe(true);
    await refresh();
    await refresh();
    const stored = await rows();
    expect(stored.map((r) => [r.region, r.readOn]).sort()).toEqual([
      ['cloudgouv-eu-west-1', today],
      ['eu-west-2', today],
    ]);
    const euWest2 = stored.find((r) => r.region === 'eu-west-2');
    expect(euWest2?.entries).toContainEqual(
      expect.objectContaining({ Type: 'CustomCore:v5-p1', UnitPrice: 0.04 }),
    );
    expect(euWest2?.vmTypes.map((t) => t.VmTypeName)).toContain('tinav6.c4r8p2');
  });

  it('estimates with the stored catalogue’s rates and says its date', async () => {
    const visitor = new HttpClient(marketplace.url);
    const estimate = await visitor.query<Estimate>('catalog.estimate', {
      ...estimateInput,
      vmType: 'tinav6.c4r8p2',
    });
    const rates = await loadVmRates(marketplace.services.orm.em.fork(), 'eu-west-2');
    // 4 × 0.034 + 8 × 0.005 = 0.176 €/h a VM, two VMs.
    expect(rates.perHour('tinav6.c4r8p2', 'on_demand')).toBe(176_000);
    expect(estimate.lines[1]?.perHour.amount).toBe(35);
    expect(estimate.priceTable).toEqual({ source: 'OUTSCALE ReadPublicCatalog, eu-west-2', asOf: today });
    const gpu = await visitor.query<Estimate>('catalog.estimate', { ...estimateInput, vmType: 'p2.xlarge' });
    expect(gpu.lines[1]?.perHour.amount).toBe(220); // BoxUsage:p2.xlarge, 1.10 €/h
    const unknown = await trpcError(
      visitor.query('catalog.estimate', { ...estimateInput, vmType: 'tinav6.c3r7p2' }),
    );
    expect(unknown.code).toBe('BAD_REQUEST');
    expect(unknown.body.message).toContain(
      `OUTSCALE ReadPublicCatalog, eu-west-2, read on ${formatDay(new Date(`${today}T00:00:00Z`), 'en')}`,
    );
  });

  it('reads again the next day, keeps the history, and estimates with the new day’s prices', async () => {
    const catalogue = simulator.catalogues['eu-west-2'];
    const v6p2 = catalogue?.Entries.find(
      (e) => e.Type === 'CustomCore:v6-p2' && e.Operation === 'RunInstances-OD',
    );
    if (!v6p2) throw new Error('no v6-p2 entry in the seed');
    v6p2.UnitPrice = 0.05;
    marketplace.services.now = () => new Date(started.getTime() + 24 * 3600_000);
    await refresh();
    const stored = await rows();
    expect(stored.map((r) => `${r.region} ${r.readOn}`).sort()).toEqual([
      `cloudgouv-eu-west-1 ${today}`,
      `cloudgouv-eu-west-1 ${tomorrow}`,
      `eu-west-2 ${today}`,
      `eu-west-2 ${tomorrow}`,
    ]);
    const estimate = await new HttpClient(marketplace.url).query<Estimate>('catalog.estimate', {
      ...estimateInput,
      vmType: 'tinav6.c4r8p2',
    });
    // 4 × 0.05 + 8 × 0.005 = 0.24 €/h a VM.
    expect(estimate.lines[1]?.perHour.amount).toBe(48);
    expect(estimate.priceTable.asOf).toBe(tomorrow);
    const yesterday = stored.find((r) => r.region === 'eu-west-2' && r.readOn === today);
    if (!yesterday) throw new Error('no reading of the first day');
    const kept = vmRatesFrom({
      region: 'eu-west-2',
      asOf: today,
      entries: yesterday.entries,
      vmTypes: yesterday.vmTypes,
    });
    expect(kept.perHour('tinav6.c4r8p2', 'on_demand')).toBe(176_000);
  });

  it('retries when OUTSCALE cannot answer, and refuses an estimate while no catalogue is stored', async () => {
    simulator.faults.add({ action: 'ReadPublicCatalog', status: 503, count: 10 });
    await expect(refresh()).rejects.toThrow(/prices.refresh/);
    simulator.faults.clear();
    await marketplace.services.orm.em.fork().nativeDelete(PriceCatalogue, { region: 'eu-west-2' });
    const refused = await trpcError(
      new HttpClient(marketplace.url, { 'x-language': 'fr' }).query('catalog.estimate', {
        ...estimateInput,
        vmType: 'tinav6.c4r8p2',
      }),
    );
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.body.message).toBe(
      "Le catalogue de prix d'OUTSCALE pour eu-west-2 n'a pas encore été lu : réessayez dans quelques minutes.",
    );
    await refresh();
    expect((await rows()).filter((r) => r.region === 'eu-west-2')).toHaveLength(1);
  });
});
