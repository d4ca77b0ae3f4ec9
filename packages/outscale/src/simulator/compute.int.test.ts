// VMs, consumption, flexible GPUs and security groups on the simulator, over HTTP with the client, on a
// clock that only moves when the tests move it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutscaleClient, RequestEvent } from '../client.ts';
import { officialRequestValidator } from '../contract/official-validator.ts';
import { OutscaleError } from '../errors.ts';
import { shareImage } from '../operations/image-permissions.ts';
import { demoAccounts, demoImages, simulatorClient, startTestSimulator } from '../testing.ts';
import type { Simulator } from './server.ts';

const HOUR = 3_600_000;
const START = Date.parse('2031-03-10T00:00:00Z');
const DELAY = 20;

let sim: Simulator;
let seller: OutscaleClient;
let buyer: OutscaleClient;
let other: OutscaleClient;
let productCode: string;
const sent: RequestEvent[] = [];
const answers: { action: string; body: unknown }[] = [];

/** The client, with every answer kept to be checked against the official response schemas. */
function recording(client: OutscaleClient): OutscaleClient {
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key !== 'call') return Reflect.get(target, key, receiver);
      return async (action: string, body: unknown) => {
        const answer = await (target.call as (a: string, b: unknown) => Promise<unknown>)(action, body);
        answers.push({ action, body: answer });
        return answer;
      };
    },
  });
}

async function failure(promise: Promise<unknown>): Promise<OutscaleError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof OutscaleError)) throw new Error(`expected an OutscaleError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  // The base clock stands still: only clock.advance() and clock.set() move the simulator's time.
  sim = await startTestSimulator({ clock: () => START, vmStateDelayMs: DELAY });
  const onRequest = (event: RequestEvent) => sent.push(event);
  seller = recording(simulatorClient(sim, demoAccounts.sellerDebianEuWest2, { onRequest }));
  buyer = recording(simulatorClient(sim, demoAccounts.buyerEuWest2, { onRequest }));
  other = recording(simulatorClient(sim, demoAccounts.distributionEuWest2, { onRequest }));
  const { ProductType } = await seller.call('CreateProductType', {
    Description: 'compute test',
    Vendor: 'test',
  });
  productCode = ProductType?.ProductTypeId ?? '';
  await seller.call('UpdateImage', { ImageId: demoImages.debianEuWest2, ProductCodes: [productCode] });
  await shareImage(seller, demoImages.debianEuWest2, [demoAccounts.buyerEuWest2]);
});

afterAll(async () => {
  await sim.close();
});

async function createVms(client: OutscaleClient, extra: object = {}) {
  const { Vms = [] } = await client.call('CreateVms', {
    ImageId: demoImages.debianEuWest2,
    VmType: 'tinav6.c4r8p1',
    ...extra,
  });
  return Vms;
}

const stateOf = async (client: OutscaleClient, vmId: string) =>
  (await client.call('ReadVms', { Filters: { VmIds: [vmId] } })).Vms?.[0]?.State;

describe('simulator: VMs', () => {
  it('creates VMs pending, running once the delay has passed on its clock, with the image’s product codes', async () => {
    const vms = await createVms(buyer, { MinVmsCount: 2, MaxVmsCount: 2 });
    expect(vms).toHaveLength(2);
    for (const vm of vms) {
      expect(vm).toMatchObject({
        State: 'pending',
        ImageId: demoImages.debianEuWest2,
        VmType: 'tinav6.c4r8p1',
        ProductCodes: [productCode],
        Placement: { SubregionName: 'eu-west-2a' },
        SecurityGroups: [expect.objectContaining({ SecurityGroupName: 'default' })],
      });
      expect(vm.PrivateIp).toMatch(/^10\.\d+\.\d+\.\d+$/);
      expect(vm.PublicIp).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    }
    expect(new Set(vms.map((vm) => vm.PublicIp)).size).toBe(2);
    expect(vms.map((vm) => vm.LaunchNumber)).toEqual([0, 1]);
    sim.clock.advance(DELAY - 1);
    expect(await stateOf(buyer, vms[0]?.VmId ?? '')).toBe('pending');
    sim.clock.advance(1);
    expect(await stateOf(buyer, vms[0]?.VmId ?? '')).toBe('running');

    const ids = vms.map((vm) => vm.VmId ?? '');
    const byCode = await buyer.call('ReadVms', { Filters: { ProductCodes: [productCode], VmIds: ids } });
    expect(byCode.Vms?.map((vm) => vm.VmId).sort()).toEqual([...ids].sort());
    const running = await buyer.call('ReadVms', {
      Filters: {
        VmIds: ids,
        VmStateNames: ['running'],
        VmTypes: ['tinav6.c4r8p1'],
        ImageIds: [demoImages.debianEuWest2],
      },
    });
    expect(running.Vms).toHaveLength(2);
    expect((await buyer.call('ReadVms', { Filters: { VmIds: ids, VmTypes: ['t2.small'] } })).Vms).toEqual([]);
    expect((await other.call('ReadVms', { Filters: { ProductCodes: [productCode] } })).Vms).toEqual([]);
    expect((await failure(buyer.call('ReadVms', { Filters: { TagKeys: ['x'] } }))).status).toBe(400);
    await buyer.call('DeleteVms', { VmIds: ids });
  });

  it('uses t2.small by default and answers the same VMs again for the same ClientToken', async () => {
    const [vm] = await buyer
      .call('CreateVms', { ImageId: demoImages.debianEuWest2, ClientToken: 'once' })
      .then((r) => r.Vms ?? []);
    expect(vm?.VmType).toBe('t2.small');
    const again = await buyer.call('CreateVms', { ImageId: demoImages.debianEuWest2, ClientToken: 'once' });
    expect(again.Vms?.map((v) => v.VmId)).toEqual([vm?.VmId]);
    await buyer.call('DeleteVms', { VmIds: [vm?.VmId ?? ''] });
  });

  it('stops, starts and deletes a VM through the transitional states, and refuses what its state forbids', async () => {
    const [vm] = await createVms(buyer);
    const vmId = vm?.VmId ?? '';
    const early = await failure(buyer.call('StopVms', { VmIds: [vmId] }));
    expect(early).toMatchObject({ code: '6006', type: 'InvalidState' });
    sim.clock.advance(DELAY);
    const stop = await buyer.call('StopVms', { VmIds: [vmId] });
    expect(stop.Vms).toEqual([{ VmId: vmId, PreviousState: 'running', CurrentState: 'stopping' }]);
    expect((await failure(buyer.call('StartVms', { VmIds: [vmId] }))).code).toBe('6006');
    sim.clock.advance(DELAY);
    expect(await stateOf(buyer, vmId)).toBe('stopped');
    const stopped = await buyer.call('ReadVms', { Filters: { VmIds: [vmId] } });
    expect(stopped.Vms?.[0]?.PublicIp).toBeUndefined(); // released while stopped
    const start = await buyer.call('StartVms', { VmIds: [vmId] });
    expect(start.Vms).toEqual([{ VmId: vmId, PreviousState: 'stopped', CurrentState: 'pending' }]);
    sim.clock.advance(DELAY);
    const restarted = await buyer.call('ReadVms', { Filters: { VmIds: [vmId] } });
    expect(restarted.Vms?.[0]).toMatchObject({ State: 'running', PublicIp: expect.any(String) });
    expect(restarted.Vms?.[0]?.PublicIp).not.toBe(vm?.PublicIp);
    const deleted = await buyer.call('DeleteVms', { VmIds: [vmId] });
    expect(deleted.Vms).toEqual([{ VmId: vmId, PreviousState: 'running', CurrentState: 'shutting-down' }]);
    sim.clock.advance(DELAY);
    expect(await stateOf(buyer, vmId)).toBe('terminated');
    const again = await buyer.call('DeleteVms', { VmIds: [vmId] });
    expect(again.Vms?.[0]).toMatchObject({ PreviousState: 'terminated', CurrentState: 'terminated' });
    const restart = await failure(buyer.call('StartVms', { VmIds: [vmId] }));
    expect(restart).toMatchObject({ code: '6006', type: 'InvalidState' });
    expect(restart.isInvalidState()).toBe(true);
    const foreign = await failure(other.call('StopVms', { VmIds: [vmId] }));
    expect(foreign).toMatchObject({ code: '5063', type: 'InvalidResource' });
    expect((await failure(buyer.call('DeleteVms', { VmIds: ['i-00000000'] }))).code).toBe('5063');
  });

  it('refuses an image the account may not launch: not shared, deleted, or still pending', async () => {
    const unshared = await failure(buyer.call('CreateVms', { ImageId: demoImages.ubuntuEuWest2 }));
    expect(unshared).toMatchObject({ code: '5023', type: 'InvalidResource' });
    const { Image } = await seller.call('CreateImage', {
      SourceImageId: demoImages.debianEuWest2,
      SourceRegionName: 'eu-west-2',
      ImageName: 'compute-short-lived',
    });
    const copyId = Image?.ImageId ?? '';
    expect((await failure(seller.call('CreateVms', { ImageId: copyId }))).code).toBe('6001');
    sim.clock.advance(10);
    const [vm] = await createVms(seller, { ImageId: copyId });
    await seller.call('DeleteImage', { ImageId: copyId });
    const gone = await failure(seller.call('CreateVms', { ImageId: copyId }));
    expect(gone).toMatchObject({ code: '5023', type: 'InvalidResource' });
    // The VM launched before keeps running.
    sim.clock.advance(DELAY);
    expect(await stateOf(seller, vm?.VmId ?? '')).toBe('running');
    await seller.call('DeleteVms', { VmIds: [vm?.VmId ?? ''] });
  });

  it('refuses counts, VM types and Subregions that do not exist', async () => {
    const count = await failure(createVms(buyer, { MinVmsCount: 3, MaxVmsCount: 2 }));
    expect(count.code).toBe('4018');
    expect((await failure(createVms(buyer, { VmType: 'huge' }))).code).toBe('5024');
    const subregion = await failure(createVms(buyer, { Placement: { SubregionName: 'eu-west-2z' } }));
    expect(subregion.code).toBe('5009');
  });
});

describe('simulator: consumption', () => {
  it('counts running time per VM and per type, stopped time excluded, within [FromDate, ToDate) up to now', async () => {
    sim.clock.set('2031-04-01T00:00:00Z');
    const vms = await createVms(buyer, { MinVmsCount: 2, MaxVmsCount: 2, VmType: 'tinav6.c2r4p2' });
    const [a, b] = vms.map((vm) => vm.VmId ?? '');
    sim.clock.advance(DELAY); // pending: not billed
    sim.clock.advance(3 * HOUR);
    const read = (body: object = {}) =>
      buyer.call('ReadConsumptionAccount', { FromDate: '2031-04-01', ToDate: '2031-04-02', ...body });
    const aggregated = await read();
    expect(aggregated.ConsumptionEntries).toEqual([
      expect.objectContaining({
        Type: 'BoxUsage:tinav6.c2r4p2',
        Service: 'TinaOS-FCU',
        Operation: 'RunInstances-OD',
        SubregionName: 'eu-west-2a',
        AccountId: demoAccounts.buyerEuWest2,
        Value: 6,
        FromDate: '2031-04-01T00:00:00.000Z',
        ToDate: new Date(sim.clock.nowMs()).toISOString(),
      }),
    ]);
    expect(aggregated.ConsumptionEntries?.[0]?.ResourceId).toBeUndefined();

    await buyer.call('StopVms', { VmIds: [b ?? ''] });
    sim.clock.advance(2 * HOUR);
    await buyer.call('StartVms', { VmIds: [b ?? ''] });
    sim.clock.advance(DELAY + HOUR);
    const detailed = await read({ ShowResourceDetails: true });
    const hours = Object.fromEntries(
      (detailed.ConsumptionEntries ?? []).map((entry) => [entry.ResourceId, entry.Value]),
    );
    expect(hours).toEqual({ [a ?? '']: 6, [b ?? '']: 4 });

    // To the second, for callers that take differences between two reads.
    sim.clock.advance(90_000);
    const later = await read({ ShowResourceDetails: true });
    expect(later.ConsumptionEntries?.find((e) => e.ResourceId === a)?.Value).toBeCloseTo(6 + 90 / 3600, 9);

    // A day before: nothing; the next day has not begun.
    const before = await read({ FromDate: '2031-03-31', ToDate: '2031-04-01' });
    expect(before.ConsumptionEntries).toEqual([]);
    const after = await read({ FromDate: '2031-04-02', ToDate: '2031-04-03' });
    expect(after.ConsumptionEntries).toEqual([]);
    await buyer.call('DeleteVms', { VmIds: [a ?? '', b ?? ''] });
  });

  it('adds prices from the region’s price catalogue, or from a price set by the test', async () => {
    sim.clock.set('2031-05-01T00:00:00Z');
    const [vm] = await createVms(buyer, { VmType: 'tinav6.c2r4p3' });
    sim.clock.advance(DELAY + 2 * HOUR);
    const read = () =>
      buyer.call('ReadConsumptionAccount', {
        FromDate: '2031-05-01T00:00:00.000Z',
        ToDate: '2031-05-02',
        ShowPrice: true,
      });
    const fromCatalogue = await read();
    expect(fromCatalogue.Currency).toBe('EUR');
    const [entry] = fromCatalogue.ConsumptionEntries ?? [];
    expect(entry?.UnitPrice).toBeGreaterThan(0);
    expect(entry?.Price).toBeCloseTo(2 * (entry?.UnitPrice ?? 0), 6);
    sim.state.vmPrices.set('eu-west-2', new Map([['tinav6.c2r4p3', 0.05]]));
    const priced = await read();
    expect(priced.ConsumptionEntries?.[0]).toMatchObject({ Value: 2, UnitPrice: 0.05, Price: 0.1 });
    sim.state.vmPrices.clear();
    await buyer.call('DeleteVms', { VmIds: [vm?.VmId ?? ''] });
  });

  it('accepts dates, or date-times at midnight only, and a ToDate after FromDate', async () => {
    const read = (FromDate: string, ToDate: string) =>
      failure(buyer.call('ReadConsumptionAccount', { FromDate, ToDate }));
    const noon = await read('2031-05-01T12:00:00Z', '2031-05-02');
    expect(noon).toMatchObject({ code: '4047', type: 'InvalidParameterValue' });
    expect((await read('2031-05-02', '2031-05-01')).code).toBe('4047');
    expect((await read('2031-05-01', '2031-05-01')).code).toBe('4047');
  });
});

describe('simulator: flexible GPUs', () => {
  it('links a GPU to a VM of its Subregion, attaching until the VM goes through stopped; deletes it only once unlinked', async () => {
    const [vm] = await createVms(buyer, { VmType: 'tinav6.c8r32p1' });
    const vmId = vm?.VmId ?? '';
    sim.clock.advance(DELAY);
    const { FlexibleGpu } = await buyer.call('CreateFlexibleGpu', {
      ModelName: 'nvidia-a100',
      SubregionName: 'eu-west-2a',
    });
    expect(FlexibleGpu).toMatchObject({ State: 'allocated', Generation: 'v6', DeleteOnVmDeletion: false });
    const gpuId = FlexibleGpu?.FlexibleGpuId ?? '';
    const gpu = async () =>
      (await buyer.call('ReadFlexibleGpus', { Filters: { FlexibleGpuIds: [gpuId] } })).FlexibleGpus?.[0];

    await buyer.call('LinkFlexibleGpu', { FlexibleGpuId: gpuId, VmId: vmId });
    expect(await gpu()).toMatchObject({ State: 'attaching', VmId: vmId });
    const twice = await failure(buyer.call('LinkFlexibleGpu', { FlexibleGpuId: gpuId, VmId: vmId }));
    expect(twice.code).toBe('6003');
    await buyer.call('StopVms', { VmIds: [vmId] });
    sim.clock.advance(DELAY);
    expect(await gpu()).toMatchObject({ State: 'attached', VmId: vmId });
    const byVm = await buyer.call('ReadFlexibleGpus', {
      Filters: { VmIds: [vmId], States: ['attached'], ModelNames: ['nvidia-a100'] },
    });
    expect(byVm.FlexibleGpus?.map((g) => g.FlexibleGpuId)).toEqual([gpuId]);

    const attached = await failure(buyer.call('DeleteFlexibleGpu', { FlexibleGpuId: gpuId }));
    expect(attached).toMatchObject({ code: '6003', type: 'InvalidState' });
    await buyer.call('StartVms', { VmIds: [vmId] });
    sim.clock.advance(DELAY);
    await buyer.call('UnlinkFlexibleGpu', { FlexibleGpuId: gpuId });
    expect(await gpu()).toMatchObject({ State: 'detaching', VmId: vmId });
    expect((await failure(buyer.call('DeleteFlexibleGpu', { FlexibleGpuId: gpuId }))).code).toBe('6003');
    await buyer.call('StopVms', { VmIds: [vmId] });
    sim.clock.advance(DELAY);
    expect(await gpu()).toMatchObject({ State: 'allocated' });
    expect((await gpu())?.VmId).toBeUndefined();
    await buyer.call('DeleteFlexibleGpu', { FlexibleGpuId: gpuId });
    expect(
      (await buyer.call('ReadFlexibleGpus', { Filters: { FlexibleGpuIds: [gpuId] } })).FlexibleGpus,
    ).toEqual([]);
    const deleted = await failure(buyer.call('DeleteFlexibleGpu', { FlexibleGpuId: gpuId }));
    expect(deleted).toMatchObject({ code: '5074', type: 'InvalidResource' });
    await buyer.call('DeleteVms', { VmIds: [vmId] });
  });

  it('refuses a VM of another Subregion, account or performance, and goes with its VM when DeleteOnVmDeletion', async () => {
    const [far] = await createVms(buyer, {
      VmType: 'tinav6.c8r32p1',
      Placement: { SubregionName: 'eu-west-2b' },
    });
    const [slow] = await createVms(buyer, { VmType: 'tinav6.c8r32p2' });
    const [near] = await createVms(buyer, { VmType: 'tinav6.c8r32p1' });
    const { FlexibleGpu } = await buyer.call('CreateFlexibleGpu', {
      ModelName: 'nvidia-a100',
      Generation: 'v6',
      SubregionName: 'eu-west-2a',
      DeleteOnVmDeletion: true,
    });
    const gpuId = FlexibleGpu?.FlexibleGpuId ?? '';
    const link = (client: OutscaleClient, vmId: string) =>
      failure(client.call('LinkFlexibleGpu', { FlexibleGpuId: gpuId, VmId: vmId }));
    expect((await link(buyer, far?.VmId ?? '')).code).toBe('9071');
    expect((await link(buyer, slow?.VmId ?? '')).code).toBe('9072');
    expect((await link(other, near?.VmId ?? '')).code).toBe('5074');
    expect((await link(buyer, 'i-00000000')).code).toBe('5063');
    const model = await failure(
      buyer.call('CreateFlexibleGpu', { ModelName: 'nvidia-x', SubregionName: 'eu-west-2a' }),
    );
    expect(model.code).toBe('4047');
    const zone = await failure(
      buyer.call('CreateFlexibleGpu', { ModelName: 'nvidia-a100', SubregionName: 'cloudgouv-eu-west-1a' }),
    );
    expect(zone.code).toBe('5009');

    await buyer.call('LinkFlexibleGpu', { FlexibleGpuId: gpuId, VmId: near?.VmId ?? '' });
    await buyer.call('DeleteVms', { VmIds: [far?.VmId ?? '', slow?.VmId ?? '', near?.VmId ?? ''] });
    expect(
      (await buyer.call('ReadFlexibleGpus', { Filters: { FlexibleGpuIds: [gpuId] } })).FlexibleGpus,
    ).toEqual([]);
  });
});

describe('simulator: security groups', () => {
  it('creates a group with a rule opening port 5000, gives it to VMs, and deletes it once no VM uses it', async () => {
    const { SecurityGroup } = await buyer.call('CreateSecurityGroup', {
      SecurityGroupName: 'llm-service',
      Description: 'LLM service API',
    });
    const groupId = SecurityGroup?.SecurityGroupId ?? '';
    expect(SecurityGroup).toMatchObject({
      InboundRules: [],
      OutboundRules: [],
      AccountId: demoAccounts.buyerEuWest2,
    });
    const duplicate = await failure(
      buyer.call('CreateSecurityGroup', { SecurityGroupName: 'llm-service', Description: 'again' }),
    );
    expect(duplicate).toMatchObject({ status: 409, code: '9008', type: 'ResourceConflict' });
    // Another account may use the same name.
    await other.call('CreateSecurityGroup', { SecurityGroupName: 'llm-service', Description: 'theirs' });

    const ruled = await buyer.call('CreateSecurityGroupRule', {
      SecurityGroupId: groupId,
      Flow: 'Inbound',
      IpProtocol: 'tcp',
      FromPortRange: 5000,
      ToPortRange: 5000,
      IpRange: '0.0.0.0/0',
    });
    expect(ruled.SecurityGroup?.InboundRules).toEqual([
      expect.objectContaining({
        IpProtocol: 'tcp',
        FromPortRange: 5000,
        ToPortRange: 5000,
        IpRanges: ['0.0.0.0/0'],
      }),
    ]);
    const more = await buyer.call('CreateSecurityGroupRule', {
      SecurityGroupId: groupId,
      Flow: 'Inbound',
      Rules: [
        { IpProtocol: 'tcp', FromPortRange: 5000, ToPortRange: 5000, IpRanges: ['10.0.0.0/16'] },
        { IpProtocol: 'tcp', FromPortRange: 22, ToPortRange: 22, IpRanges: ['192.0.2.0/24'] },
      ],
    });
    expect(more.SecurityGroup?.InboundRules).toEqual([
      expect.objectContaining({ FromPortRange: 5000, IpRanges: ['0.0.0.0/0', '10.0.0.0/16'] }),
      expect.objectContaining({ FromPortRange: 22, IpRanges: ['192.0.2.0/24'] }),
    ]);
    const rule = (body: object) =>
      failure(buyer.call('CreateSecurityGroupRule', { SecurityGroupId: groupId, Flow: 'Inbound', ...body }));
    const tcp5000 = { IpProtocol: 'tcp', FromPortRange: 5000, ToPortRange: 5000 };
    expect((await rule({ ...tcp5000, IpRange: '0.0.0.0/0' })).code).toBe('9000');
    expect((await rule({ ...tcp5000, IpRange: 'everywhere' })).code).toBe('4047');
    expect(
      (await rule({ IpProtocol: 'tcp', FromPortRange: 6000, ToPortRange: 5000, IpRange: '0.0.0.0/0' })).code,
    ).toBe('4056');
    expect((await rule({ IpProtocol: 'gre', IpRange: '0.0.0.0/0' })).code).toBe('4053');
    expect((await rule({ ...tcp5000, IpRange: '1.2.3.4/32', Rules: [] })).code).toBe('4046');
    const outbound = await failure(
      buyer.call('CreateSecurityGroupRule', {
        SecurityGroupId: groupId,
        Flow: 'Outbound',
        ...tcp5000,
        IpRange: '0.0.0.0/0',
      }),
    );
    expect(outbound.code).toBe('4047');
    expect(
      (
        await failure(
          other.call('CreateSecurityGroupRule', {
            SecurityGroupId: groupId,
            Flow: 'Inbound',
            ...tcp5000,
            IpRange: '0.0.0.0/0',
          }),
        )
      ).code,
    ).toBe('5020');

    const byName = await buyer.call('ReadSecurityGroups', {
      Filters: { SecurityGroupNames: ['llm-service'] },
    });
    expect(byName.SecurityGroups?.map((g) => g.SecurityGroupId)).toEqual([groupId]);
    const byId = await buyer.call('ReadSecurityGroups', { Filters: { SecurityGroupIds: [groupId] } });
    expect(byId.SecurityGroups?.[0]?.InboundRules).toHaveLength(2);

    const [vm] = await createVms(buyer, { SecurityGroupIds: [groupId] });
    expect(vm?.SecurityGroups).toEqual([{ SecurityGroupId: groupId, SecurityGroupName: 'llm-service' }]);
    const missing = await failure(createVms(buyer, { SecurityGroupIds: ['sg-00000000'] }));
    expect(missing.code).toBe('5020');
    const inUse = await failure(buyer.call('DeleteSecurityGroup', { SecurityGroupId: groupId }));
    expect(inUse).toMatchObject({ status: 409, code: '9002', type: 'ResourceConflict' });
    await buyer.call('DeleteVms', { VmIds: [vm?.VmId ?? ''] });
    sim.clock.advance(DELAY);
    await buyer.call('DeleteSecurityGroup', { SecurityGroupId: groupId });
    expect(
      (await buyer.call('ReadSecurityGroups', { Filters: { SecurityGroupIds: [groupId] } })).SecurityGroups,
    ).toEqual([]);
    expect((await failure(buyer.call('DeleteSecurityGroup', { SecurityGroupId: groupId }))).code).toBe(
      '5020',
    );
    const reserved = await failure(buyer.call('DeleteSecurityGroup', { SecurityGroupName: 'default' }));
    expect(reserved.code).toBe('9051');
  });
});

describe('simulator: clock control', () => {
  it('advances and sets the simulator’s clock over HTTP', async () => {
    const post = async (body: object) => {
      const response = await fetch(`${sim.url}/_control/clock`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { now?: string } };
    };
    const set = await post({ now: '2031-06-01T00:00:00.000Z' });
    expect(set).toEqual({ status: 200, body: { now: '2031-06-01T00:00:00.000Z' } });
    expect((await post({ advanceMs: HOUR })).body.now).toBe('2031-06-01T01:00:00.000Z');
    expect(sim.clock.now().toISOString()).toBe('2031-06-01T01:00:00.000Z');
    expect((await post({ now: 'tomorrow' })).status).toBe(400);
    const read = await fetch(`${sim.url}/_control/clock`);
    expect(await read.json()).toEqual({ now: '2031-06-01T01:00:00.000Z' });
    // Signatures are checked against the simulator's time: a client on another clock is refused.
    const late = simulatorClient(sim, demoAccounts.buyerEuWest2, { now: () => new Date(START) });
    expect((await failure(late.call('ReadVms', {}))).code).toBe('1');
    await expect(buyer.call('ReadVms', { Filters: { VmStateNames: ['running'] } })).resolves.toBeDefined();
  });

  it('sent only requests, and answered only responses, that the official OpenAPI schemas accept', () => {
    const validator = officialRequestValidator();
    expect(sent.length).toBeGreaterThan(50);
    const invalid = sent
      .map((event) => ({ action: event.action, error: validator.validate(event.action, event.body) }))
      .filter((r) => r.error);
    expect(invalid).toEqual([]);
    expect(new Set(answers.map((a) => a.action)).size).toBeGreaterThan(15);
    const wrong = answers
      .map((answer) => ({
        action: answer.action,
        error: validator.validateResponse(answer.action, answer.body),
      }))
      .filter((r) => r.error);
    expect(wrong).toEqual([]);
  });
});
