// OUTSCALE's VM rates for the charges, per region. The one place the usage reports get them from: until
// the rates read from ReadPublicCatalog land (`loadVmRates` of ../prices/), the hand-kept table's.
import type { EntityManager } from '@marketplace/db';
import {
  parseVmType,
  type Region,
  VM_PRICE_TABLE,
  type VmRateSource,
  vmRatePerHour,
} from '@marketplace/domain';

export async function loadVmRates(_em: EntityManager, region: Region): Promise<VmRateSource> {
  return {
    region,
    asOf: VM_PRICE_TABLE.asOf,
    perHour(vmType, commitment) {
      const shape = parseVmType(vmType);
      return shape ? vmRatePerHour(VM_PRICE_TABLE, region, shape, commitment) : null;
    },
  };
}
