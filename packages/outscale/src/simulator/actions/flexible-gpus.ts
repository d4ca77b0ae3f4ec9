import type { FlexibleGpu } from '../../generated/api.gen.ts';
import { errors } from '../api-error.ts';
import { newId, type SimAccount, type SimFlexibleGpu, type SimulatorState, type SimVm } from '../state.ts';
import { type ActionContext, callerAccount, type Handlers, onlyFilters } from './context.ts';
import { parseVmType, subregionsOf } from './vms.ts';

/** fGPU models and the processor generations each works with, oldest first (as ReadFlexibleGpuCatalog). */
export const flexibleGpuModels: Record<string, string[]> = {
  'nvidia-k2': ['v3'],
  'nvidia-m60': ['v3', 'v4'],
  'nvidia-p6': ['v5'],
  'nvidia-p100': ['v5'],
  'nvidia-v100': ['v5'],
  'nvidia-a100': ['v6'],
  'nvidia-a100-80': ['v6'],
  'nvidia-l40': ['v7'],
};

export type FlexibleGpuState = 'allocated' | 'attaching' | 'attached' | 'detaching';

/** Whether the VM went through `stopped` between a moment and now (a link or unlink completes then). */
function stoppedSince(state: SimulatorState, vm: SimVm | undefined, since: number): boolean {
  if (!vm) return true;
  if (state.vmState(vm, since) === 'stopped') return true;
  const now = state.now();
  return vm.timeline.some((step) => step.state === 'stopped' && step.at >= since && step.at <= now);
}

export function flexibleGpuState(state: SimulatorState, gpu: SimFlexibleGpu): FlexibleGpuState {
  if (gpu.link) {
    return stoppedSince(state, state.vms.get(gpu.link.vmId), gpu.link.at) ? 'attached' : 'attaching';
  }
  if (gpu.unlink) {
    if (!stoppedSince(state, state.vms.get(gpu.unlink.vmId), gpu.unlink.at)) return 'detaching';
    delete gpu.unlink;
  }
  return 'allocated';
}

function wireGpu(state: SimulatorState, gpu: SimFlexibleGpu): FlexibleGpu {
  const vmId = gpu.link?.vmId ?? gpu.unlink?.vmId;
  const current = flexibleGpuState(state, gpu);
  return {
    FlexibleGpuId: gpu.FlexibleGpuId,
    ModelName: gpu.ModelName,
    Generation: gpu.Generation,
    SubregionName: gpu.SubregionName,
    DeleteOnVmDeletion: gpu.DeleteOnVmDeletion,
    State: current,
    ...(vmId && current !== 'allocated' ? { VmId: vmId } : {}),
    Tags: [],
  };
}

function ownGpu(ctx: ActionContext, account: SimAccount, id: string): SimFlexibleGpu {
  const gpu = ctx.state.flexibleGpus.get(id);
  if (!gpu || gpu.AccountId !== account.info.AccountId) throw errors.flexibleGpuNotFound(id);
  return gpu;
}

export const flexibleGpuHandlers: Handlers = {
  CreateFlexibleGpu(ctx, body) {
    const account = callerAccount(ctx);
    const generations = flexibleGpuModels[body.ModelName];
    if (!generations) {
      throw errors.invalidParameterValue(
        'ModelName',
        `the models are ${Object.keys(flexibleGpuModels).join(', ')}`,
      );
    }
    const generation = body.Generation ?? generations[0] ?? '';
    if (!generations.includes(generation)) {
      throw errors.invalidParameterValue(
        'Generation',
        `${body.ModelName} works with ${generations.join(', ')}`,
      );
    }
    if (!subregionsOf(account.Region).includes(body.SubregionName)) {
      throw errors.subregionNotFound(body.SubregionName);
    }
    const owned = [...ctx.state.flexibleGpus.values()].filter((g) => g.AccountId === account.info.AccountId);
    if (owned.length >= ctx.limits.flexibleGpusPerAccount) {
      throw errors.tooManyFlexibleGpus(
        `The account already has ${owned.length} fGPUs, the most it may have.`,
      );
    }
    const gpu: SimFlexibleGpu = {
      FlexibleGpuId: newId('fgpu-'),
      AccountId: account.info.AccountId,
      ModelName: body.ModelName,
      Generation: generation,
      SubregionName: body.SubregionName,
      DeleteOnVmDeletion: body.DeleteOnVmDeletion ?? false,
    };
    ctx.state.flexibleGpus.set(gpu.FlexibleGpuId, gpu);
    return { FlexibleGpu: wireGpu(ctx.state, gpu) };
  },

  LinkFlexibleGpu(ctx, body) {
    const account = callerAccount(ctx);
    const gpu = ownGpu(ctx, account, body.FlexibleGpuId);
    const vm = ctx.state.vms.get(body.VmId);
    if (!vm || vm.AccountId !== account.info.AccountId) throw errors.vmNotFound(body.VmId);
    const gpuState = flexibleGpuState(ctx.state, gpu);
    if (gpuState !== 'allocated') {
      throw errors.invalidFlexibleGpuState(
        gpu.FlexibleGpuId,
        gpuState,
        'only an allocated fGPU can be linked',
      );
    }
    const vmState = ctx.state.vmState(vm);
    if (vmState === 'terminated' || vmState === 'shutting-down') {
      throw errors.invalidVmState(vm.VmId, vmState, 'an fGPU cannot be linked to it');
    }
    if (vm.SubregionName !== gpu.SubregionName) {
      throw errors.zoneMismatch(
        `The fGPU is in ${gpu.SubregionName} and the VM in ${vm.SubregionName}: they must be in the same Subregion.`,
      );
    }
    if (vm.Performance !== 'highest') {
      throw errors.vmSpecsMismatch(`fGPUs attach only to VMs with the highest performance flag (p1).`);
    }
    const vmGeneration = parseVmType(vm.VmType)?.generation;
    if (vmGeneration !== gpu.Generation) {
      throw errors.vmSpecsMismatch(
        `The fGPU works with ${gpu.Generation} processors; the VM type ${vm.VmType} is not one.`,
      );
    }
    gpu.link = { vmId: vm.VmId, at: ctx.state.now() };
    return {};
  },

  UnlinkFlexibleGpu(ctx, body) {
    const account = callerAccount(ctx);
    const gpu = ownGpu(ctx, account, body.FlexibleGpuId);
    const current = flexibleGpuState(ctx.state, gpu);
    if (current === 'allocated' || current === 'detaching' || !gpu.link) {
      throw errors.invalidFlexibleGpuState(gpu.FlexibleGpuId, current, 'it is not linked to a VM');
    }
    const { vmId } = gpu.link;
    delete gpu.link;
    // Still attaching: the link is simply dropped. Attached: detaching until the VM goes through stopped.
    if (current === 'attached') gpu.unlink = { vmId, at: ctx.state.now() };
    return {};
  },

  ReadFlexibleGpus(ctx, body) {
    const account = callerAccount(ctx);
    const f = body.Filters ?? {};
    onlyFilters(f, [
      'FlexibleGpuIds',
      'VmIds',
      'States',
      'ModelNames',
      'SubregionNames',
      'Generations',
      'DeleteOnVmDeletion',
    ]);
    const gpus = [...ctx.state.flexibleGpus.values()]
      .filter((gpu) => gpu.AccountId === account.info.AccountId)
      .map((gpu) => wireGpu(ctx.state, gpu))
      .filter(
        (gpu) =>
          (!f.FlexibleGpuIds || f.FlexibleGpuIds.includes(gpu.FlexibleGpuId ?? '')) &&
          (!f.VmIds || (gpu.VmId !== undefined && f.VmIds.includes(gpu.VmId))) &&
          (!f.States || f.States.includes(gpu.State ?? '')) &&
          (!f.ModelNames || f.ModelNames.includes(gpu.ModelName ?? '')) &&
          (!f.SubregionNames || f.SubregionNames.includes(gpu.SubregionName ?? '')) &&
          (!f.Generations || f.Generations.includes(gpu.Generation ?? '')) &&
          (f.DeleteOnVmDeletion === undefined || f.DeleteOnVmDeletion === gpu.DeleteOnVmDeletion),
      );
    return { FlexibleGpus: gpus };
  },

  DeleteFlexibleGpu(ctx, body) {
    const account = callerAccount(ctx);
    const gpu = ownGpu(ctx, account, body.FlexibleGpuId);
    const current = flexibleGpuState(ctx.state, gpu);
    if (current !== 'allocated') {
      throw errors.invalidFlexibleGpuState(
        gpu.FlexibleGpuId,
        current,
        'unlink it from its VM before deleting it',
      );
    }
    ctx.state.flexibleGpus.delete(gpu.FlexibleGpuId);
    return {};
  },
};
