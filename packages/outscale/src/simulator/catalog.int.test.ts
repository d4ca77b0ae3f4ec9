import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutscaleClient } from '../client.ts';
import { officialRequestValidator } from '../contract/official-validator.ts';
import { readPriceCatalogue } from '../operations/price-catalogue.ts';
import { startTestSimulator } from '../testing.ts';
import type { Simulator } from './server.ts';

let sim: Simulator;
const official = officialRequestValidator();
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

/** An unsigned call, as any OUTSCALE client makes one to a public action. */
async function unsigned(path: string, body: object) {
  const response = await fetch(`${sim.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, payload: (await response.json()) as Record<string, unknown> };
}

const publicClient = (region: string) =>
  new OutscaleClient({ region, accessKey: '', secretKey: '', endpoint: sim.endpointTemplate });

describe('simulator: ReadPublicCatalog', () => {
  it('answers each region its price catalogue unsigned, in the official shape', async () => {
    for (const region of ['eu-west-2', 'cloudgouv-eu-west-1']) {
      const { status, payload } = await unsigned(`/${region}/api/v1/ReadPublicCatalog`, {});
      expect(status).toBe(200);
      expect(official.validate('ReadPublicCatalog', payload, 'Response')).toBeUndefined();
      const wrong = { Catalog: { Entries: [{ UnitPrice: 'free' }] } };
      expect(official.validate('ReadPublicCatalog', wrong, 'Response')).toBeDefined();
      const entries = (payload.Catalog as { Entries: Record<string, unknown>[] }).Entries;
      expect(entries.length).toBeGreaterThan(30);
      expect(entries.filter((e) => String(e.Type).startsWith('CustomCore:')).length).toBe(30);
      expect(entries.some((e) => e.Type === 'CustomRam')).toBe(true);
      expect(entries.some((e) => String(e.Type).startsWith('BoxUsage:p2.'))).toBe(true);
      expect(entries.some((e) => String(e.Type).startsWith('Gpu:'))).toBe(true);
    }
  });

  it('keeps the official example entry: eu-west-2 CustomCore:v5-p1 on demand at 0.04', async () => {
    const catalogue = await readPriceCatalogue(publicClient('eu-west-2'));
    expect(catalogue.entries).toContainEqual({
      UnitPrice: 0.04,
      Type: 'CustomCore:v5-p1',
      Title:
        'Instance - On demand - Unite de vCore pour une instance Tina v5 CxRy Performance highest - par heure',
      SubregionName: 'eu-west-2',
      Category: 'compute',
      Service: 'TinaOS-FCU',
      Operation: 'RunInstances-OD',
    });
    const gouv = await readPriceCatalogue(publicClient('cloudgouv-eu-west-1'));
    const v5p1 = gouv.entries.find((e) => e.Type === 'CustomCore:v5-p1' && e.Operation === 'RunInstances-OD');
    expect(v5p1?.UnitPrice).not.toBe(0.04);
  });

  it('refuses an unsigned call that names no known Region', async () => {
    const none = await unsigned('/api/v1/ReadPublicCatalog', {});
    expect(none.status).toBe(400);
    const unknown = await unsigned('/eu-west-9/api/v1/ReadPublicCatalog', {});
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.payload)).toContain('eu-west-9');
  });
});

describe('simulator: ReadVmTypes', () => {
  it('lists the region’s VM types unsigned, over pages, in the official shape', async () => {
    const { status, payload } = await unsigned('/eu-west-2/api/v1/ReadVmTypes', { ResultsPerPage: 5 });
    expect(status).toBe(200);
    expect(official.validate('ReadVmTypes', payload, 'Response')).toBeUndefined();
    expect(payload.VmTypes).toHaveLength(5);
    expect(payload.NextPageToken).toBeTruthy();
    const catalogue = await readPriceCatalogue(publicClient('eu-west-2'));
    const names = catalogue.vmTypes.map((t) => t.VmTypeName);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['tinav6.c4r8p2', 'tinav5.c1r1p1', 't2.small', 'p2.xlarge']),
    );
    expect(names).not.toContain('tinav6.c99r99p9');
    expect(catalogue.vmTypes.find((t) => t.VmTypeName === 'tinav6.c4r8p2')).toMatchObject({
      VcoreCount: 4,
      MemorySize: 8,
      Gpu: 0,
    });
    expect(catalogue.vmTypes.find((t) => t.VmTypeName === 'p2.xlarge')?.Gpu).toBe(1);
  });

  it('filters by VmTypeNames (wildcards), VcoreCounts, MemorySizes and Gpus', async () => {
    const request = { Filters: { VmTypeNames: ['t2.small', 'tinav6.c4r8p*'] } };
    expect(official.validate('ReadVmTypes', request)).toBeUndefined();
    const named = await unsigned('/cloudgouv-eu-west-1/api/v1/ReadVmTypes', request);
    const names = (named.payload.VmTypes as { VmTypeName: string }[]).map((t) => t.VmTypeName);
    expect(names.sort()).toEqual(['t2.small', 'tinav6.c4r8p1', 'tinav6.c4r8p2', 'tinav6.c4r8p3']);
    const shaped = await unsigned('/eu-west-2/api/v1/ReadVmTypes', {
      Filters: { VcoreCounts: [78], MemorySizes: [624], Gpus: [0] },
    });
    const vmTypes = shaped.payload.VmTypes as { VcoreCount: number; MemorySize: number }[];
    expect(vmTypes.length).toBe(15); // 5 generations × 3 performances
    expect(vmTypes.every((t) => t.VcoreCount === 78 && t.MemorySize === 624)).toBe(true);
    const gpus = await unsigned('/eu-west-2/api/v1/ReadVmTypes', { Filters: { Gpus: [1] } });
    expect((gpus.payload.VmTypes as { VmTypeName: string }[]).map((t) => t.VmTypeName).sort()).toEqual([
      'p2.xlarge',
      'p3.2xlarge',
    ]);
  });
});
