import { formatDay } from '../subscriptions/cancellation.ts';
import type { Region, Text } from '../vocabulary.ts';
import type { PriceCatalogue } from './catalogue.ts';

/**
 * OUTSCALE's VM types. Which exist is OUTSCALE's to say: the marketplace reads each region's ReadVmTypes
 * (stored with its price catalogue, see catalogue.ts) and checks offers against it (`offeredVmTypes`).
 * Only the grammar is known here, to read a custom type and to help the seller type one:
 * `tinavW.cXrYpZ` (W the processor generation, X the vCores, Y the memory in GiB, Z the performance
 * flag: 1 highest, 2 high, 3 medium; OUTSCALE, "API impacts of the offering refinements", and the
 * official API description, CreateVms `VmType`); fixed types (`t2.small`, GPU types) are `family.size`.
 */
export type PerformanceClass = 'highest' | 'high' | 'medium';

export const VM_TYPE_EXAMPLE = 'tinav6.c4r8p2';

/** The processor generations the seller's form offers for a recommended VM; ReadVmTypes decides. */
export const VM_GENERATIONS = [3, 4, 5, 6, 7] as const;

export type VmShape = {
  generation: number;
  vCores: number;
  ramGiB: number;
  performance: PerformanceClass;
  /** The performance flag as written in the name: 1 highest, 2 high, 3 medium. */
  flag: 1 | 2 | 3;
};

const PERFORMANCE: Record<string, PerformanceClass> = { '1': 'highest', '2': 'high', '3': 'medium' };
const FLAG_OF: Record<PerformanceClass, 1 | 2 | 3> = { highest: 1, high: 2, medium: 3 };

/** Reads a custom OUTSCALE VM type such as "tinav6.c4r8p2"; null when it is not one. */
export function parseVmType(vmType: string): VmShape | null {
  const match = /^tinav(\d+)\.c(\d+)r(\d+)p([123])$/.exec(vmType.trim());
  if (!match) return null;
  const [, generation, vCores, ramGiB, flag] = match;
  const performance = PERFORMANCE[flag ?? ''] ?? 'medium';
  const shape = {
    generation: Number(generation),
    vCores: Number(vCores),
    ramGiB: Number(ramGiB),
    performance,
    flag: FLAG_OF[performance],
  };
  return shape.vCores > 0 && shape.ramGiB > 0 ? shape : null;
}

const FIXED_TYPE = /^[a-z][a-z0-9]*\.[a-z0-9]+$/;

export type VmTypeProblem = 'format';

/** What is wrong with how a VM type is written (the seller's form checks it as typed); null when readable. */
export function vmTypeProblem(vmType: string): VmTypeProblem | null {
  const name = vmType.trim();
  if (parseVmType(name)) return null;
  return FIXED_TYPE.test(name) && !name.startsWith('tina') ? null : 'format';
}

export const VM_TYPE_PROBLEMS: Record<VmTypeProblem, Text> = {
  format: {
    en: `Not an OUTSCALE VM type: write a custom type tinavW.cXrYpZ (generation, vCores, GiB of memory, performance 1 highest, 2 high or 3 medium), for example ${VM_TYPE_EXAMPLE}, or a fixed type such as t2.small.`,
    fr: `Ce n’est pas un type de VM OUTSCALE : écrivez un type personnalisé tinavW.cXrYpZ (génération, vCores, Gio de mémoire, performance 1 la plus haute, 2 haute ou 3 moyenne), par exemple ${VM_TYPE_EXAMPLE}, ou un type fixe comme t2.small.`,
  },
};

/** A recommended VM as the checks read it: its custom type's parts. */
export type VmParts = { generation: number; vCores: number; ramGiB: number; performance: PerformanceClass };

export type RecommendedVmField = 'cpuGeneration' | 'vCpus' | 'memoryGiB' | 'performance';

/** The VM types OUTSCALE lists in the regions an offer is sold in (ReadVmTypes, as stored). */
export type OfferedVmTypes = {
  /** Why a priced VM type cannot be sold there; null when every region lists it. */
  problem(vmType: string): Text | null;
  /** Why a recommended VM does not exist there, on the field to change; empty when it does. */
  recommendedProblems(vm: VmParts): Partial<Record<RecommendedVmField, Text>>;
};

const list = (values: readonly (string | number)[]) => [...new Set(values)].join(', ');
const PERFORMANCE_TEXT: Record<PerformanceClass, Text> = {
  highest: { en: 'highest', fr: 'la plus haute' },
  high: { en: 'high', fr: 'haute' },
  medium: { en: 'medium', fr: 'moyenne' },
};

type RegionTypes = { region: Region; asOf: string; names: Set<string>; custom: VmShape[] };

/** What a region's ReadVmTypes says of a recommended VM's parts, field by field (the first that fails). */
function partsProblem(types: RegionTypes, vm: VmParts): Partial<Record<RecommendedVmField, Text>> {
  const ofGeneration = types.custom.filter((s) => s.generation === vm.generation);
  if (ofGeneration.length === 0) {
    const generations = list(types.custom.map((s) => `v${s.generation}`).sort());
    return {
      cpuGeneration: {
        en: `OUTSCALE offers custom VMs of processor generations ${generations}`,
        fr: `OUTSCALE propose des VM personnalisées de générations de processeur ${generations}`,
      },
    };
  }
  const ofCores = ofGeneration.filter((s) => s.vCores === vm.vCores);
  if (ofCores.length === 0) {
    const counts = list(ofGeneration.map((s) => s.vCores).sort((a, b) => a - b));
    return {
      vCpus: {
        en: `OUTSCALE’s v${vm.generation} VMs have ${counts} vCores`,
        fr: `Les VM v${vm.generation} d’OUTSCALE ont ${counts} vCores`,
      },
    };
  }
  const ofMemory = ofCores.filter((s) => s.ramGiB === vm.ramGiB);
  if (ofMemory.length === 0) {
    const sizes = list(ofCores.map((s) => s.ramGiB).sort((a, b) => a - b));
    return {
      memoryGiB: {
        en: `With ${vm.vCores} vCores, OUTSCALE’s v${vm.generation} VMs have ${sizes} GiB of memory`,
        fr: `Avec ${vm.vCores} vCores, les VM v${vm.generation} d’OUTSCALE ont ${sizes} Gio de mémoire`,
      },
    };
  }
  if (!ofMemory.some((s) => s.performance === vm.performance)) {
    const levels = ofMemory.map((s) => PERFORMANCE_TEXT[s.performance]);
    return {
      performance: {
        en: `This VM exists at performance ${list(levels.map((l) => l.en))}`,
        fr: `Cette VM existe en performance ${list(levels.map((l) => l.fr))}`,
      },
    };
  }
  return {};
}

/** The day a region's VM types were read, as each language writes a day. */
function readOn(types: RegionTypes): Text {
  const day = new Date(`${types.asOf}T00:00:00Z`);
  return { en: `ReadVmTypes of ${formatDay(day, 'en')}`, fr: `ReadVmTypes du ${formatDay(day, 'fr')}` };
}

/**
 * The VM types an offer may use: those every given region's ReadVmTypes lists (each catalogue is the
 * latest stored for its region). Messages say which region and which reading refused, and what exists.
 */
export function offeredVmTypes(catalogues: readonly PriceCatalogue[]): OfferedVmTypes {
  const regions: RegionTypes[] = catalogues.map((c) => {
    const names = new Set(c.vmTypes.flatMap((t) => (t.VmTypeName ? [t.VmTypeName] : [])));
    const custom = [...names].flatMap((name) => parseVmType(name) ?? []);
    return { region: c.region, asOf: c.asOf, names, custom };
  });
  return {
    problem(vmType) {
      const name = vmType.trim();
      if (vmTypeProblem(name)) return VM_TYPE_PROBLEMS.format;
      const missing = regions.find((r) => !r.names.has(name));
      if (!missing) return null;
      const read = readOn(missing);
      const seen = { en: `${missing.region} (${read.en})`, fr: `${missing.region} (${read.fr})` };
      const shape = parseVmType(name);
      const why = shape ? Object.values(partsProblem(missing, shape))[0] : undefined;
      const example = missing.names.has(VM_TYPE_EXAMPLE) ? VM_TYPE_EXAMPLE : ([...missing.names][0] ?? '');
      return {
        en: `OUTSCALE has no VM type ${name} in ${seen.en}${why ? `: ${why.en}.` : `; choose one it lists, for example ${example}.`}`,
        fr: `OUTSCALE n’a pas de type de VM ${name} dans ${seen.fr}${why ? ` : ${why.fr}.` : ` ; choisissez-en un qu’elle liste, par exemple ${example}.`}`,
      };
    },
    recommendedProblems(vm) {
      for (const region of regions) {
        const problems = Object.entries(partsProblem(region, vm));
        if (problems.length === 0) continue;
        const read = readOn(region);
        return Object.fromEntries(
          problems.map(([field, text]) => [
            field,
            {
              en: `${text.en} (${region.region}, ${read.en}).`,
              fr: `${text.fr} (${region.region}, ${read.fr}).`,
            },
          ]),
        );
      }
      return {};
    },
  };
}
