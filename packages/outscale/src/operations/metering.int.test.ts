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

// A frozen base clock: time moves only when the test advances it.
const T0 = Date.parse('2026-06-10T10:00:00Z');

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator({ clock: () => T0 });
  await shareImage(simulatorClient(sim, SELLER), PRODUCT_IMAGE, [BUYER]);
  await shareImage(simulatorClient(sim, OTHER_SELLER), OTHER_IMAGE, [BUYER]);
  const image = sim.state.images.get(PRODUCT_IMAGE);
  if (!image) throw new Error('no seeded image');
  image.ProductCodes = ['pty-metered'];
});
afterAll(() => sim.close());

describe('the metering reads', () => {
  it('read the VMs carrying a product code, and the day’s hours of every VM', async () => {
    const client = simulatorClient(sim, BUYER);
    const launch = async (ImageId: string, VmType: string) => {
      const { Vms } = await client.call('CreateVms', { ImageId, VmType });
      const vm = Vms?.[0];
      if (!vm?.VmId) throw new Error('no VM created');
      return vm;
    };
    const metered = await launch(PRODUCT_IMAGE, 'tinav6.c2r4p2');
    const other = await launch(OTHER_IMAGE, 'tinav6.c4r8p2');
    // Past the pending delay, then an hour of running.
    sim.clock.advance(5);
    sim.clock.advance(3_600_000);
    const today = '2026-06-10';
    const vms = await readMeteredVms(client, ['pty-metered']);
    expect(vms.map((v) => [v.vmId, v.vmType, v.productCodes])).toEqual([
      [metered.VmId, 'tinav6.c2r4p2', ['pty-metered']],
    ]);
    expect(await readMeteredVms(client, [])).toEqual([]);
    const day = await readDailyVmConsumption(client, today);
    expect(day.get(metered.VmId ?? '')?.vmType).toBe('tinav6.c2r4p2');
    expect(day.get(other.VmId ?? '')?.vmType).toBe('tinav6.c4r8p2');
    expect(day.get(metered.VmId ?? '')?.hours).toBe(1);
    const call = sim.requests.findLast((r) => r.action === 'ReadConsumptionAccount');
    expect(call?.body).toMatchObject({ FromDate: today, ShowResourceDetails: true });
  });
});
