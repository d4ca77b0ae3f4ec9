import type { ConsumptionEntry, Vm } from '../../generated/api.gen.ts';
import { errors } from '../api-error.ts';
import { newId, type SimulatorState, type SimVm } from '../state.ts';
import { callerAccount, type Handlers, onlyFilters, pageByToken } from './context.ts';

const HOUR = 3_600_000;

/** The simulator-only way to run a VM: enough for consumption features to be tested. */
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
  const vm: SimVm = {
    VmId: newId('i-'),
    AccountId: accountId,
    Region: account.Region,
    ImageId: imageId,
    VmType: vmType,
    ProductCodes: [...image.ProductCodes],
    CreationDate: state.isoNow(),
    createdAt: state.now(),
  };
  state.vms.set(vm.VmId, vm);
  return wireVm(vm);
}

export function terminateVm(state: SimulatorState, vmId: string): void {
  const vm = state.vms.get(vmId);
  if (vm && vm.terminatedAt === undefined) vm.terminatedAt = state.now();
}

const wireVm = (vm: SimVm): Vm => ({
  VmId: vm.VmId,
  ImageId: vm.ImageId,
  VmType: vm.VmType,
  ProductCodes: [...vm.ProductCodes],
  CreationDate: vm.CreationDate,
  State: vm.terminatedAt === undefined ? 'running' : 'terminated',
  Architecture: 'x86_64',
  Placement: { SubregionName: `${vm.Region}a`, Tenancy: 'default' },
  RootDeviceName: '/dev/sda1',
  RootDeviceType: 'ebs',
  LaunchNumber: 0,
  Tags: [],
});

const parseDate = (field: string, value: string): number => {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw errors.invalidValue(field, 'a date is expected');
  return time;
};

export const vmHandlers: Handlers = {
  ReadVms(ctx, body) {
    const account = callerAccount(ctx);
    const f = body.Filters ?? {};
    onlyFilters(f, ['VmIds', 'ImageIds', 'ProductCodes']);
    const vms = [...ctx.state.vms.values()]
      .filter(
        (vm) =>
          vm.AccountId === account.info.AccountId &&
          (!f.VmIds || f.VmIds.includes(vm.VmId)) &&
          (!f.ImageIds || f.ImageIds.includes(vm.ImageId)) &&
          (!f.ProductCodes || f.ProductCodes.some((c) => vm.ProductCodes.includes(c))),
      )
      .map(wireVm);
    const { page, NextPageToken } = pageByToken(vms, body);
    return { Vms: page, ...(NextPageToken ? { NextPageToken } : {}) };
  },

  ReadConsumptionAccount(ctx, body) {
    const account = callerAccount(ctx);
    const from = parseDate('FromDate', body.FromDate);
    const to = parseDate('ToDate', body.ToDate);
    if (to <= from) throw errors.invalidValue('ToDate', 'it must be after FromDate');
    const entries: ConsumptionEntry[] = [];
    for (const vm of ctx.state.vms.values()) {
      if (vm.AccountId !== account.info.AccountId) continue;
      const start = Math.max(from, vm.createdAt);
      const end = Math.min(to, vm.terminatedAt ?? ctx.state.now());
      if (end <= start) continue;
      entries.push({
        AccountId: account.info.AccountId,
        PayingAccountId: account.info.AccountId,
        Category: 'compute',
        Service: 'TinaOS-FCU',
        Operation: 'RunInstances-OD',
        Type: `BoxUsage:${vm.VmType}`,
        Title: `Instance - On demand - ${vm.VmType} - par heure`,
        SubregionName: `${vm.Region}a`,
        FromDate: new Date(start).toISOString(),
        ToDate: new Date(end).toISOString(),
        Value: Math.round(((end - start) / HOUR) * 1000) / 1000,
        ...(body.ShowResourceDetails ? { ResourceId: vm.VmId } : {}),
      });
    }
    return { ConsumptionEntries: entries, ...(body.ShowPrice ? { Currency: 'EUR' } : {}) };
  },
};
