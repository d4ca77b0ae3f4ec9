// What the marketplace's metering reads of a buyer's account (SPEC §7e), with the account's own keys:
// the VMs carrying subscribed products' codes, and the account's consumption of a day per VM.
import type { OutscaleClient } from '../client.ts';
import { collect, items, tokenPages } from '../paginate.ts';

export type MeteredVm = {
  vmId: string;
  vmType: string;
  productCodes: string[];
  imageId: string;
  /** When the VM was created (ISO 8601), if OUTSCALE says. */
  creationDate: string | undefined;
  state: string;
};

/** The account's VMs launched from images carrying any of these product codes (ReadVms' own filter). */
export async function readMeteredVms(client: OutscaleClient, productCodes: string[]): Promise<MeteredVm[]> {
  if (productCodes.length === 0) return [];
  const vms = await collect(
    items(tokenPages(client, 'ReadVms', { Filters: { ProductCodes: productCodes } }), (p) => p.Vms),
  );
  return vms.flatMap((vm) =>
    vm.VmId
      ? [
          {
            vmId: vm.VmId,
            vmType: vm.VmType ?? '',
            productCodes: vm.ProductCodes ?? [],
            imageId: vm.ImageId ?? '',
            creationDate: vm.CreationDate,
            state: vm.State ?? '',
          },
        ]
      : [],
  );
}

/** A VM's consumption over the day: hours (fractions kept) and the VM type OUTSCALE billed. */
export type VmConsumption = { hours: number; vmType: string | undefined };

/**
 * The account's compute consumption of one UTC day (`YYYY-MM-DD`), per VM: ReadConsumptionAccount from
 * that day to the next (dates, as OUTSCALE takes them), with ShowResourceDetails, its VM usage entries
 * (`BoxUsage:<type>`) summed by resource.
 */
export async function readDailyVmConsumption(
  client: OutscaleClient,
  day: string,
): Promise<Map<string, VmConsumption>> {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const { ConsumptionEntries = [] } = await client.call('ReadConsumptionAccount', {
    FromDate: day,
    ToDate: next,
    ShowResourceDetails: true,
  });
  const byVm = new Map<string, VmConsumption>();
  for (const entry of ConsumptionEntries) {
    const type = entry.Type ?? '';
    if (!entry.ResourceId || !type.startsWith('BoxUsage')) continue;
    const seen = byVm.get(entry.ResourceId) ?? { hours: 0, vmType: undefined };
    seen.hours += entry.Value ?? 0;
    seen.vmType ??= type.includes(':') ? type.slice(type.indexOf(':') + 1) : undefined;
    byVm.set(entry.ResourceId, seen);
  }
  return byVm;
}
