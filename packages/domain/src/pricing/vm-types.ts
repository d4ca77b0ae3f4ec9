import type { Text } from '../vocabulary.ts';
import { parseVmType, type VmShape } from './vm-prices.ts';

/**
 * Which OUTSCALE VM types a seller may price or recommend: the custom "TINA" types, named
 * `tinavW.cXrYpZ` (W the processor generation, X the vCores, Y the memory in GiB, Z the performance flag:
 * 1 highest, 2 high, 3 medium).
 *
 * Sources:
 * - the grammar and the flags: OUTSCALE, "API impacts of the offering refinements" (2019),
 *   https://wiki.outscale.net/pages/viewpage.action?pageId=49021577 ("tinavW.cXrYpZ format, where W is
 *   the processor generation, X the number of vCores, Y the amount of memory, and Z the performance flag
 *   (1 for highest, 2 for high, 3 for medium)"; the generation may no longer be left out), and the
 *   official API description (OpenAPI 1.40.1, CreateVms `VmType`: "a TINA type in the tinavW.cXrYpZ or
 *   tinavW.cXrY format", linking https://docs.outscale.com/en/userguide/VM-Types.html);
 * - the limits: OUTSCALE's "VM Types" page above (custom VMs: processor generations v3 to v7, the
 *   earlier ones retired; 1 to 78 vCores; memory in whole GiB, at most 16 GiB per vCore and 1039 GiB in
 *   all). OUTSCALE's own Cluster API provider refuses the same retired generations
 *   (github.com/outscale/cluster-api-provider-outscale, `ValidateVmType`: `tinav([3-9]|…)`).
 *   Those figures were read from OUTSCALE's documentation as summarized here, not fetched by the
 *   marketplace: check them against the page when OUTSCALE announces a new generation.
 *
 * The marketplace prices by vCore and GiB (vm-prices.ts), so only these types get an estimate; the
 * AWS-compatible names (`t2.small`) and the fixed types (GPU, inference) are not offered per VM type.
 */
export const OUTSCALE_VM_LIMITS = {
  generations: [3, 4, 5, 6, 7],
  vCores: { min: 1, max: 78 },
  memoryGiB: { min: 1, max: 1039 },
  maxMemoryPerVCoreGiB: 16,
} as const;

export const VM_TYPE_EXAMPLE = 'tinav6.c4r8p2';

export type VmTypeProblem = 'format' | 'generation' | 'vCores' | 'memory' | 'memoryPerVCore';

const { generations, vCores, memoryGiB, maxMemoryPerVCoreGiB } = OUTSCALE_VM_LIMITS;
const GENERATION_RANGE = `v${generations[0]}–v${generations[generations.length - 1]}`;

/** What is wrong with a shape read from a VM type or typed as a recommended VM; null when OUTSCALE has it. */
export function vmShapeProblem(shape: Omit<VmShape, 'performance'>): Exclude<VmTypeProblem, 'format'> | null {
  if (!(generations as readonly number[]).includes(shape.generation)) return 'generation';
  if (!Number.isInteger(shape.vCores) || shape.vCores < vCores.min || shape.vCores > vCores.max)
    return 'vCores';
  if (!Number.isInteger(shape.ramGiB) || shape.ramGiB < memoryGiB.min || shape.ramGiB > memoryGiB.max) {
    return 'memory';
  }
  if (shape.ramGiB > shape.vCores * maxMemoryPerVCoreGiB) return 'memoryPerVCore';
  return null;
}

/** What is wrong with a VM type a seller priced; null when it is one of OUTSCALE's. */
export function vmTypeProblem(vmType: string): VmTypeProblem | null {
  const shape = parseVmType(vmType);
  return shape ? vmShapeProblem(shape) : 'format';
}

export const isOutscaleVmType = (vmType: string) => vmTypeProblem(vmType) === null;

/** Each refusal says what a valid VM type looks like. */
export const VM_TYPE_PROBLEMS: Record<VmTypeProblem, Text> = {
  format: {
    en: `Not an OUTSCALE VM type: write it tinavW.cXrYpZ (generation, vCores, GiB of memory, performance 1 highest, 2 high or 3 medium), for example ${VM_TYPE_EXAMPLE}.`,
    fr: `Ce n’est pas un type de VM OUTSCALE : écrivez-le tinavW.cXrYpZ (génération, vCores, Gio de mémoire, performance 1 la plus haute, 2 haute ou 3 moyenne), par exemple ${VM_TYPE_EXAMPLE}.`,
  },
  generation: {
    en: `OUTSCALE offers processor generations ${GENERATION_RANGE} (tinav3 to tinav7), for example ${VM_TYPE_EXAMPLE}.`,
    fr: `OUTSCALE propose les générations de processeur ${GENERATION_RANGE} (tinav3 à tinav7), par exemple ${VM_TYPE_EXAMPLE}.`,
  },
  vCores: {
    en: `An OUTSCALE VM has ${vCores.min} to ${vCores.max} vCores, for example ${VM_TYPE_EXAMPLE} (4 vCores).`,
    fr: `Une VM OUTSCALE a de ${vCores.min} à ${vCores.max} vCores, par exemple ${VM_TYPE_EXAMPLE} (4 vCores).`,
  },
  memory: {
    en: `An OUTSCALE VM has ${memoryGiB.min} to ${memoryGiB.max} GiB of memory, in whole GiB, for example ${VM_TYPE_EXAMPLE} (8 GiB).`,
    fr: `Une VM OUTSCALE a de ${memoryGiB.min} à ${memoryGiB.max} Gio de mémoire, en Gio entiers, par exemple ${VM_TYPE_EXAMPLE} (8 Gio).`,
  },
  memoryPerVCore: {
    en: `An OUTSCALE VM has at most ${maxMemoryPerVCoreGiB} GiB of memory per vCore, for example ${VM_TYPE_EXAMPLE} (8 GiB for 4 vCores).`,
    fr: `Une VM OUTSCALE a au plus ${maxMemoryPerVCoreGiB} Gio de mémoire par vCore, par exemple ${VM_TYPE_EXAMPLE} (8 Gio pour 4 vCores).`,
  },
};
