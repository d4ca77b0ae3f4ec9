import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../simulator/server.ts';
import { simulatorClient, startTestSimulator } from '../testing.ts';
import { shareImage } from './image-permissions.ts';
import { readDailyVmConsumption, readMeteredVms } from './metering.ts';

const SELLER = '200000000011';
const OTHER_SELLER = '200000000021';
const BUYER = '300000000002';
const PRODUCT_IMAGE = 'ami-a1011000';
const OTHER_IMAGE = 'ami-b1011001';

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
  await shareImage(simulatorClient(sim, SELLER), PRODUCT_IMAGE, [BUYER]);
  await shareImage(simulatorClient(sim, OTHER_SELLER), OTHER_IMAGE, [BUYER]);
  const image = sim.state.images.get(PRODUCT_IMAGE);
  if (!image) throw new Error('no seeded image');
  image.ProductCodes = ['pty-metered'];
});
afterAll(() => sim.close());

describe('the metering reads', () => {
  it('read the VMs carrying a product code, and the day’s hours of every VM', async () => {
    const metered = sim.launchVm(BUYER, PRODUCT_IMAGE, 'tinav6.c2r4p2');
    const other = sim.launchVm(BUYER, OTHER_IMAGE, 'tinav6.c4r8p2');
    // Both started an hour ago (or at midnight, whichever is later).
    const today = new Date().toISOString().slice(0, 10);
    const since = Math.max(Date.parse(`${today}T00:00:00Z`), Date.now() - 3_600_000);
    for (const vm of [metered, other]) {
      const state = sim.state.vms.get(vm.VmId ?? '');
      if (state) state.createdAt = since;
    }
    const client = simulatorClient(sim, BUYER);
    const vms = await readMeteredVms(client, ['pty-metered']);
    expect(vms.map((v) => [v.vmId, v.vmType, v.productCodes])).toEqual([
      [metered.VmId, 'tinav6.c2r4p2', ['pty-metered']],
    ]);
    expect(await readMeteredVms(client, [])).toEqual([]);
    const day = await readDailyVmConsumption(client, today);
    const hours = (Date.now() - since) / 3_600_000;
    expect(day.get(metered.VmId ?? '')?.vmType).toBe('tinav6.c2r4p2');
    expect(day.get(other.VmId ?? '')?.vmType).toBe('tinav6.c4r8p2');
    expect(day.get(metered.VmId ?? '')?.hours).toBeCloseTo(hours, 1);
    const call = sim.requests.findLast((r) => r.action === 'ReadConsumptionAccount');
    expect(call?.body).toMatchObject({ FromDate: today, ShowResourceDetails: true });
  });
});
