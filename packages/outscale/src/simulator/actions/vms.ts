import type { ConsumptionEntry, CreateVmsRequest, Vm, VmState } from '../../generated/api.gen.ts';
import { errors } from '../api-error.ts';
import { newId, type SimAccount, type SimulatorState, type SimVm, type VmStateName } from '../state.ts';
import { type ActionContext, callerAccount, type Handlers, onlyFilters, pageByToken } from './context.ts';

const SECOND = 1000;

/** OUTSCALE's default VM type when CreateVms names none. */
export const DEFAULT_VM_TYPE = 't2.small';

/** The public cloud's Subregions: `a`, `b` and `c` in each Region. */
export const subregionsOf = (region: string): string[] => ['a', 'b', 'c'].map((s) => `${region}${s}`);

const TINA_TYPE = /^tinav(\d+)\.c(\d+)r(\d+)(?:p([123]))?$/;
const AWS_TYPE = /^[a-z]+\d[a-z]*\.(?:nano|micro|small|medium|large|\d*xlarge)$/;
const PERFORMANCE_FLAGS: Record<string, 'highest' | 'high' | 'medium'> = {
  1: 'highest',
  2: 'high',
  3: 'medium',
};

/** Performance and processor generation of a VM type, or undefined when it is not one. */
export function parseVmType(
  type: string,
): { generation?: string; performance?: 'highest' | 'high' | 'medium' } | undefined {
  const tina = TINA_TYPE.exec(type);
  if (tina) {
    const [, generation = '', cores = '', ram = '', flag] = tina;
    if (Number(generation) < 1 || Number(cores) < 1 || Number(ram) < 1) return undefined;
    return { generation: `v${generation}`, ...(flag ? { performance: PERFORMANCE_FLAGS[flag] } : {}) };
  }
  return AWS_TYPE.test(type) ? {} : undefined;
}

function createVm(
  state: SimulatorState,
  account: SimAccount,
  input: {
    imageId: string;
    productCodes: string[];
    vmType: string;
    performance: 'highest' | 'high' | 'medium';
    subregionName: string;
    securityGroupIds: string[];
    reservationId: string;
    launchNumber: number;
    clientToken?: string;
    userData?: string;
    bootMode?: 'legacy' | 'uefi';
    shutdownBehavior?: string;
  },
): SimVm {
  const { privateIp, publicIp } = state.nextAddresses();
  const vm: SimVm = {
    VmId: newId('i-'),
    AccountId: account.info.AccountId,
    Region: account.Region,
    SubregionName: input.subregionName,
    ImageId: input.imageId,
    VmType: input.vmType,
    Performance: input.performance,
    BootMode: input.bootMode ?? 'legacy',
    VmInitiatedShutdownBehavior: input.shutdownBehavior ?? 'stop',
    ProductCodes: [...input.productCodes],
    CreationDate: state.isoNow(),
    ReservationId: input.reservationId,
    LaunchNumber: input.launchNumber,
    ...(input.clientToken ? { ClientToken: input.clientToken } : {}),
    ...(input.userData ? { UserData: input.userData } : {}),
    PrivateIp: privateIp,
    PublicIp: publicIp,
    SecurityGroupIds: input.securityGroupIds,
    VolumeId: newId('vol-'),
    timeline: [],
  };
  state.vms.set(vm.VmId, vm);
  return vm;
}

function defaultGroupId(state: SimulatorState, accountId: string): string {
  for (const group of state.securityGroups.values()) {
    if (group.AccountId === accountId && group.SecurityGroupName === 'default' && !group.NetId) {
      return group.SecurityGroupId;
    }
  }
  throw errors.securityGroupNotFound('default');
}

/**
 * The simulator-only way to run a VM, already `running` (no pending delay): for tests and demos that
 * need a VM without going through CreateVms.
 */
export function launchVm(
  state: SimulatorState,
  accountId: string,
  imageId: string,
  vmType = 'tinav6.c2r4p2',
): Vm {
  const account = state.accounts.get(accountId);
  if (!account) throw errors.invalidValue('AccountId', `no account ${accountId}`);
  const image = state.images.get(imageId);
  if (!image || !state.visibleTo(image, account)) throw errors.imageNotFound(imageId);
  if (state.imageState(image) !== 'available')
    throw errors.invalidState(`The image ${imageId} is not available.`);
  if (!parseVmType(vmType)) throw errors.vmTypeNotFound(vmType);
  const vm = createVm(state, account, {
    imageId,
    productCodes: image.ProductCodes,
    vmType,
    performance: parseVmType(vmType)?.performance ?? 'high',
    subregionName: `${account.Region}a`,
    securityGroupIds: [defaultGroupId(state, accountId)],
    reservationId: newId('r-'),
    launchNumber: 0,
  });
  state.moveVm(vm, 'running');
  return wireVm(state, vm);
}

/** The simulator-only way to end a VM at once (terminated, without shutting-down). */
export function terminateVm(state: SimulatorState, vmId: string): void {
  const vm = state.vms.get(vmId);
  if (vm && state.vmState(vm) !== 'terminated') {
    state.moveVm(vm, 'terminated');
    releaseFlexibleGpus(state, vm);
  }
}

/** A VM's fGPUs when it is deleted: deleted with it (DeleteOnVmDeletion) or freed. */
function releaseFlexibleGpus(state: SimulatorState, vm: SimVm) {
  for (const gpu of [...state.flexibleGpus.values()]) {
    if (gpu.link?.vmId !== vm.VmId && gpu.unlink?.vmId !== vm.VmId) continue;
    if (gpu.DeleteOnVmDeletion && gpu.link?.vmId === vm.VmId) state.flexibleGpus.delete(gpu.FlexibleGpuId);
    else {
      delete gpu.link;
      delete gpu.unlink;
    }
  }
}

export function wireVm(state: SimulatorState, vm: SimVm): Vm {
  const current = state.vmState(vm);
  const dashed = (ip: string) => ip.replaceAll('.', '-');
  const groups = vm.SecurityGroupIds.flatMap((id) => {
    const group = state.securityGroups.get(id);
    return group ? [{ SecurityGroupId: id, SecurityGroupName: group.SecurityGroupName }] : [];
  });
  const gone = current === 'terminated' || current === 'shutting-down';
  return {
    VmId: vm.VmId,
    ImageId: vm.ImageId,
    VmType: vm.VmType,
    ProductCodes: [...vm.ProductCodes],
    CreationDate: vm.CreationDate,
    State: current,
    StateReason: '',
    Architecture: 'x86_64',
    BootMode: vm.BootMode,
    BsuOptimized: false,
    DeletionProtection: false,
    Hypervisor: 'xen',
    IsSourceDestChecked: true,
    NestedVirtualization: false,
    TpmEnabled: false,
    Performance: vm.Performance,
    VmInitiatedShutdownBehavior: vm.VmInitiatedShutdownBehavior,
    Placement: { SubregionName: vm.SubregionName, Tenancy: 'default' },
    ReservationId: vm.ReservationId,
    LaunchNumber: vm.LaunchNumber,
    ...(vm.ClientToken ? { ClientToken: vm.ClientToken } : {}),
    ...(vm.UserData ? { UserData: vm.UserData } : {}),
    PrivateIp: vm.PrivateIp,
    PrivateDnsName: `ip-${dashed(vm.PrivateIp)}.${vm.Region}.compute.internal`,
    // A VM's public IP is released once it stops or ends, as on the public cloud.
    ...(current === 'running' || current === 'pending'
      ? {
          PublicIp: vm.PublicIp,
          PublicDnsName: `ows-${dashed(vm.PublicIp)}.${vm.Region}.compute.outscale.com`,
        }
      : {}),
    SecurityGroups: groups,
    RootDeviceName: '/dev/sda1',
    RootDeviceType: 'ebs',
    BlockDeviceMappings: gone
      ? []
      : [
          {
            DeviceName: '/dev/sda1',
            Bsu: {
              VolumeId: vm.VolumeId,
              State: 'attached',
              LinkDate: vm.CreationDate,
              DeleteOnVmDeletion: true,
            },
          },
        ],
    Tags: [],
  };
}

function checkNotSimulated(body: CreateVmsRequest) {
  const refused: [boolean, string][] = [
    [body.BlockDeviceMappings !== undefined, 'BlockDeviceMappings'],
    [body.Nics !== undefined, 'Nics (Nets are not simulated)'],
    [body.SubnetId !== undefined, 'SubnetId (Nets are not simulated)'],
    [body.PrivateIps !== undefined, 'PrivateIps (Nets are not simulated)'],
    [body.KeypairName !== undefined, 'KeypairName (keypairs are not simulated)'],
    [body.DeletionProtection === true, 'DeletionProtection'],
    [body.NestedVirtualization === true, 'NestedVirtualization'],
    [body.TpmEnabled === true, 'TpmEnabled'],
    [body.ActionsOnNextBoot !== undefined, 'ActionsOnNextBoot'],
    [body.Placement?.Tenancy !== undefined && body.Placement.Tenancy !== 'default', 'A dedicated tenancy'],
  ];
  for (const [refuse, what] of refused) if (refuse) throw errors.notSimulated(what);
}

function securityGroupsFor(ctx: ActionContext, account: SimAccount, body: CreateVmsRequest): string[] {
  const accountId = account.info.AccountId;
  const ids = new Set<string>();
  for (const id of body.SecurityGroupIds ?? []) {
    const group = ctx.state.securityGroups.get(id);
    if (!group || group.AccountId !== accountId || group.NetId) throw errors.securityGroupNotFound(id);
    ids.add(id);
  }
  for (const name of body.SecurityGroups ?? []) {
    const group = [...ctx.state.securityGroups.values()].find(
      (g) => g.AccountId === accountId && g.SecurityGroupName === name && !g.NetId,
    );
    if (!group) throw errors.securityGroupNotFound(name);
    ids.add(group.SecurityGroupId);
  }
  return ids.size > 0 ? [...ids] : [defaultGroupId(ctx.state, accountId)];
}

const activeVms = (state: SimulatorState, accountId: string) =>
  [...state.vms.values()].filter(
    (vm) => vm.AccountId === accountId && !['terminated', 'shutting-down'].includes(state.vmState(vm)),
  ).length;

function ownVm(ctx: ActionContext, account: SimAccount, vmId: string): SimVm {
  const vm = ctx.state.vms.get(vmId);
  if (!vm || vm.AccountId !== account.info.AccountId) throw errors.vmNotFound(vmId);
  return vm;
}

/** All the VMs of a call, checked before any changes (one unknown ID fails the whole call). */
function ownVms(ctx: ActionContext, vmIds: string[]): SimVm[] {
  const account = callerAccount(ctx);
  if (vmIds.length === 0) throw errors.invalidParameterValue('VmIds', 'at least one VM ID is expected');
  return [...new Set(vmIds)].map((id) => ownVm(ctx, account, id));
}

/** FromDate and ToDate: a date, or a date-time at midnight (officially described so). */
function parseDay(field: string, value: string): number {
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match) throw errors.invalidParameterValue(field, 'a date like 2020-06-14 is expected');
  const [, day, hh, mm, ss, fraction, zone = 'Z'] = match;
  if ([hh, mm, ss, fraction].some((part) => Number(part ?? 0) !== 0)) {
    throw errors.invalidParameterValue(field, 'only a date, or a date-time at midnight, is accepted');
  }
  const time = Date.parse(`${day}T00:00:00${zone === 'Z' ? 'Z' : zone}`);
  if (Number.isNaN(time)) throw errors.invalidParameterValue(field, 'it is not a date');
  return time;
}

/** One entry of VM usage, `Value` in hours (counted to the second). */
function vmEntry(
  state: SimulatorState,
  account: SimAccount,
  key: { vmType: string; subregionName: string; resourceId?: string },
  seconds: number,
  period: { from: number; to: number },
  showPrice: boolean,
): ConsumptionEntry {
  const hours = seconds / 3600;
  const unitPrice =
    state.vmPrices.get(account.Region)?.get(key.vmType) ?? state.catalogueRate(account.Region, key.vmType);
  return {
    AccountId: account.info.AccountId,
    PayingAccountId: account.info.AccountId,
    Category: 'compute',
    Service: 'TinaOS-FCU',
    Operation: 'RunInstances-OD',
    Type: `BoxUsage:${key.vmType}`,
    Title: `Instance - On demand - ${key.vmType} - par heure`,
    SubregionName: key.subregionName,
    FromDate: new Date(period.from).toISOString(),
    ToDate: new Date(period.to).toISOString(),
    Value: hours,
    ...(key.resourceId ? { ResourceId: key.resourceId } : {}),
    ...(showPrice && unitPrice !== undefined
      ? { UnitPrice: unitPrice, Price: Math.round(unitPrice * hours * 1e6) / 1e6 }
      : {}),
  };
}

export const vmHandlers: Handlers = {
  CreateVms(ctx, body) {
    const account = callerAccount(ctx);
    checkNotSimulated(body);
    const accountId = account.info.AccountId;
    if (body.ClientToken) {
      const earlier = [...ctx.state.vms.values()].filter(
        (vm) => vm.AccountId === accountId && vm.ClientToken === body.ClientToken,
      );
      if (earlier.length > 0) return { Vms: earlier.map((vm) => wireVm(ctx.state, vm)) };
    }
    const image = ctx.state.images.get(body.ImageId);
    if (!image || !ctx.state.visibleTo(image, account)) throw errors.imageNotFound(body.ImageId);
    const imageState = ctx.state.imageState(image);
    if (imageState !== 'available') {
      throw errors.imageNotAvailable(body.ImageId, imageState);
    }
    const vmType = body.VmType ?? DEFAULT_VM_TYPE;
    const parsedType = parseVmType(vmType);
    if (!parsedType) throw errors.vmTypeNotFound(vmType);
    const subregionName = body.Placement?.SubregionName ?? `${account.Region}a`;
    if (!subregionsOf(account.Region).includes(subregionName)) throw errors.subregionNotFound(subregionName);
    const min = body.MinVmsCount ?? 1;
    const max = body.MaxVmsCount ?? 1;
    if (!Number.isInteger(min) || min < 1) throw errors.invalidCount('MinVmsCount must be 1 or more.');
    if (!Number.isInteger(max) || max < min) {
      throw errors.invalidCount('MaxVmsCount must be at least MinVmsCount.');
    }
    const room = ctx.limits.vmsPerAccount - activeVms(ctx.state, accountId);
    if (room < min) {
      throw errors.tooManyVms(
        `The account may run ${ctx.limits.vmsPerAccount} VMs; ${Math.max(room, 0)} more fit, ${min} asked.`,
      );
    }
    const securityGroupIds = securityGroupsFor(ctx, account, body);
    const reservationId = newId('r-');
    const count = Math.min(max, room);
    const vms = Array.from({ length: count }, (_, launchNumber) => {
      const vm = createVm(ctx.state, account, {
        imageId: image.ImageId,
        productCodes: image.ProductCodes,
        vmType,
        performance: parsedType.performance ?? body.Performance ?? 'high',
        subregionName,
        securityGroupIds,
        reservationId,
        launchNumber,
        ...(body.ClientToken ? { clientToken: body.ClientToken } : {}),
        ...(body.UserData ? { userData: body.UserData } : {}),
        ...(body.BootMode ? { bootMode: body.BootMode } : {}),
        ...(body.VmInitiatedShutdownBehavior ? { shutdownBehavior: body.VmInitiatedShutdownBehavior } : {}),
      });
      if (body.BootOnCreation === false) ctx.state.moveVm(vm, 'stopped');
      else ctx.state.moveVm(vm, 'pending', 'running', ctx.limits.vmStateDelayMs);
      return vm;
    });
    return { Vms: vms.map((vm) => wireVm(ctx.state, vm)) };
  },

  ReadVms(ctx, body) {
    const account = callerAccount(ctx);
    const f = body.Filters ?? {};
    onlyFilters(f, [
      'VmIds',
      'ImageIds',
      'ProductCodes',
      'VmStateNames',
      'VmTypes',
      'SubregionNames',
      'SecurityGroupIds',
      'ReservationIds',
      'ClientTokens',
    ]);
    const vms = [...ctx.state.vms.values()]
      .filter(
        (vm) =>
          vm.AccountId === account.info.AccountId &&
          (!f.VmIds || f.VmIds.includes(vm.VmId)) &&
          (!f.ImageIds || f.ImageIds.includes(vm.ImageId)) &&
          (!f.ProductCodes || f.ProductCodes.some((c) => vm.ProductCodes.includes(c))) &&
          (!f.VmStateNames || f.VmStateNames.includes(ctx.state.vmState(vm))) &&
          (!f.VmTypes || f.VmTypes.includes(vm.VmType)) &&
          (!f.SubregionNames || f.SubregionNames.includes(vm.SubregionName)) &&
          (!f.SecurityGroupIds || f.SecurityGroupIds.some((id) => vm.SecurityGroupIds.includes(id))) &&
          (!f.ReservationIds || f.ReservationIds.includes(vm.ReservationId)) &&
          (!f.ClientTokens || (vm.ClientToken !== undefined && f.ClientTokens.includes(vm.ClientToken))),
      )
      .map((vm) => wireVm(ctx.state, vm));
    const { page, NextPageToken } = pageByToken(vms, body);
    return { Vms: page, ...(NextPageToken ? { NextPageToken } : {}) };
  },

  StartVms(ctx, body) {
    const vms = ownVms(ctx, body.VmIds);
    const changes: VmState[] = [];
    const states = vms.map((vm) => ctx.state.vmState(vm));
    vms.forEach((vm, i) => {
      const state = states[i] as VmStateName;
      if (!['stopped', 'running', 'pending'].includes(state)) {
        throw errors.invalidVmState(vm.VmId, state, 'only a stopped VM can be started');
      }
    });
    vms.forEach((vm, i) => {
      const previous = states[i] as VmStateName;
      if (previous === 'stopped') {
        ctx.state.moveVm(vm, 'pending', 'running', ctx.limits.vmStateDelayMs);
        // Without an EIP, a VM gets another public IP each time it starts.
        vm.PublicIp = ctx.state.nextAddresses().publicIp;
      }
      changes.push({ VmId: vm.VmId, PreviousState: previous, CurrentState: ctx.state.vmState(vm) });
    });
    return { Vms: changes };
  },

  StopVms(ctx, body) {
    const vms = ownVms(ctx, body.VmIds);
    const states = vms.map((vm) => ctx.state.vmState(vm));
    vms.forEach((vm, i) => {
      const state = states[i] as VmStateName;
      if (!['running', 'stopping', 'stopped'].includes(state)) {
        throw errors.invalidVmState(vm.VmId, state, 'only a running VM can be stopped');
      }
    });
    return {
      Vms: vms.map((vm, i) => {
        const previous = states[i] as VmStateName;
        if (previous === 'running') {
          ctx.state.moveVm(vm, 'stopping', 'stopped', body.ForceStop ? 0 : ctx.limits.vmStateDelayMs);
        }
        return { VmId: vm.VmId, PreviousState: previous, CurrentState: ctx.state.vmState(vm) };
      }),
    };
  },

  DeleteVms(ctx, body) {
    const vms = ownVms(ctx, body.VmIds);
    return {
      Vms: vms.map((vm) => {
        const previous = ctx.state.vmState(vm);
        // Idempotent: a VM already ending or ended is left as it is.
        if (previous !== 'terminated' && previous !== 'shutting-down') {
          ctx.state.moveVm(vm, 'shutting-down', 'terminated', ctx.limits.vmStateDelayMs);
          releaseFlexibleGpus(ctx.state, vm);
        }
        return { VmId: vm.VmId, PreviousState: previous, CurrentState: ctx.state.vmState(vm) };
      }),
    };
  },

  ReadConsumptionAccount(ctx, body) {
    const account = callerAccount(ctx);
    const from = parseDay('FromDate', body.FromDate);
    const to = parseDay('ToDate', body.ToDate);
    if (to <= from) throw errors.invalidParameterValue('ToDate', 'it must be later than FromDate');
    // The period is [FromDate, ToDate), as far as the simulator's now.
    const end = Math.min(to, ctx.state.now());
    const period = { from, to: Math.max(from, end) };
    const showPrice = body.ShowPrice === true;
    const entries: ConsumptionEntry[] = [];
    const totals = new Map<string, { vmType: string; subregionName: string; seconds: number }>();
    for (const vm of ctx.state.vms.values()) {
      if (vm.AccountId !== account.info.AccountId) continue;
      const seconds = Math.round(ctx.state.vmRunningMs(vm, period.from, period.to) / SECOND);
      if (seconds === 0) continue;
      if (body.ShowResourceDetails) {
        entries.push(
          vmEntry(
            ctx.state,
            account,
            { vmType: vm.VmType, subregionName: vm.SubregionName, resourceId: vm.VmId },
            seconds,
            period,
            showPrice,
          ),
        );
      } else {
        const key = `${vm.SubregionName}/${vm.VmType}`;
        const total = totals.get(key) ?? { vmType: vm.VmType, subregionName: vm.SubregionName, seconds: 0 };
        total.seconds += seconds;
        totals.set(key, total);
      }
    }
    for (const total of totals.values()) {
      entries.push(vmEntry(ctx.state, account, total, total.seconds, period, showPrice));
    }
    return {
      ConsumptionEntries: entries,
      ...(showPrice ? { Currency: ctx.state.currency } : {}),
    };
  },
};
