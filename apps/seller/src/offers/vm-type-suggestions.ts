// The VM types the price rows' combobox suggests. OUTSCALE's ReadVmTypes decides which exist (the
// server checks the offer against it); these are the usual custom shapes, written as OUTSCALE names
// them, plus those the offer already mentions, so typing "c4" or "v6" finds them.
import { VM_GENERATIONS } from '@marketplace/domain';
import type { OfferDraft } from './offer-draft.ts';

const VCORES = [1, 2, 4, 8, 16, 32] as const;
const MEMORY_PER_VCORE = [2, 4] as const;
const FLAGS = [1, 2, 3] as const;

const COMMON: readonly string[] = VM_GENERATIONS.filter((generation) => generation >= 5).flatMap(
  (generation) =>
    VCORES.flatMap((vCores) =>
      MEMORY_PER_VCORE.flatMap((ratio) =>
        FLAGS.map((flag) => `tinav${generation}.c${vCores}r${vCores * ratio}p${flag}`),
      ),
    ),
);

/** The offer's own types first (its rows, its recommended VMs), then the common ones. */
export function vmTypeSuggestions(draft: Pick<OfferDraft, 'prices' | 'recommendedVms'>): string[] {
  const flag = { highest: 1, high: 2, medium: 3 } as const;
  const recommended = draft.recommendedVms
    .filter((vm) => vm.cpuGeneration && vm.vCpus && vm.memoryGiB)
    .map((vm) => `tina${vm.cpuGeneration}.c${vm.vCpus}r${vm.memoryGiB}p${flag[vm.performance]}`);
  const typed = draft.prices.map((price) => price.vmType.trim()).filter(Boolean);
  return [...new Set([...typed, ...recommended, ...COMMON])];
}
