import { describe, expect, it } from 'vitest';
import { testCatalogue } from './test-catalogue.ts';
import { offeredVmTypes, VM_TYPE_PROBLEMS, vmTypeProblem } from './vm-types.ts';

describe('how a VM type is written', () => {
  it('accepts custom types of any generation and fixed types: ReadVmTypes decides which exist', () => {
    for (const vmType of ['tinav3.c1r1p2', 'tinav6.c4r8p2', 'tinav9.c78r1039p3', 't2.small', 'p2.xlarge']) {
      expect(vmTypeProblem(vmType), vmType).toBeNull();
    }
  });

  it('refuses what is neither, saying what a valid one looks like', () => {
    for (const vmType of ['tinav6.c99r99p9', 'tina.c2r4p2', 'tinav6.c4r8', 'tinav6.c0r8p2', ' ', 'big vm']) {
      expect(vmTypeProblem(vmType), vmType).toBe('format');
    }
    expect(VM_TYPE_PROBLEMS.format.en).toContain('tinav6.c4r8p2');
    expect(VM_TYPE_PROBLEMS.format.fr).toContain('tinavW.cXrYpZ');
  });
});

describe('offeredVmTypes: the VM types ReadVmTypes lists', () => {
  const both = offeredVmTypes([
    testCatalogue('eu-west-2'),
    testCatalogue('cloudgouv-eu-west-1', '2026-11-30'),
  ]);

  it('accepts a listed type, custom or fixed', () => {
    expect(both.problem('tinav6.c4r8p2')).toBeNull();
    expect(both.problem('t2.small')).toBeNull();
  });

  it('refuses an unlisted type, naming the region, the reading and what exists', () => {
    const missing = offeredVmTypes([
      testCatalogue('eu-west-2'),
      { ...testCatalogue('cloudgouv-eu-west-1', '2026-11-30'), vmTypes: [{ VmTypeName: 'tinav6.c4r8p1' }] },
    ]);
    expect(missing.problem('tinav6.c4r8p2')?.en).toBe(
      'OUTSCALE has no VM type tinav6.c4r8p2 in cloudgouv-eu-west-1 (ReadVmTypes of 30 November 2026): This VM exists at performance highest.',
    );
    expect(both.problem('tinav6.c99r99p2')?.en).toContain('v6 VMs have 2, 4, 8 vCores');
    expect(both.problem('tinav6.c99r99p2')?.fr).toContain('Les VM v6 d’OUTSCALE ont 2, 4, 8 vCores');
    expect(both.problem('tinav9.c4r8p2')?.en).toContain('generations v5, v6, v7');
    expect(both.problem('tinav6.c4r32p2')?.en).toContain('4 vCores, OUTSCALE’s v6 VMs have 8, 16 GiB');
    expect(both.problem('c5.large')?.en).toBe(
      'OUTSCALE has no VM type c5.large in eu-west-2 (ReadVmTypes of 1 December 2026); choose one it lists, for example tinav6.c4r8p2.',
    );
    expect(both.problem('tinav6.c4r8p9')).toEqual(VM_TYPE_PROBLEMS.format);
  });

  it('checks a recommended VM field by field', () => {
    const vm = { generation: 6, vCores: 4, ramGiB: 8, performance: 'high' as const };
    expect(both.recommendedProblems(vm)).toEqual({});
    expect(Object.keys(both.recommendedProblems({ ...vm, generation: 2 }))).toEqual(['cpuGeneration']);
    expect(Object.keys(both.recommendedProblems({ ...vm, vCores: 100 }))).toEqual(['vCpus']);
    expect(Object.keys(both.recommendedProblems({ ...vm, ramGiB: 12 }))).toEqual(['memoryGiB']);
    expect(both.recommendedProblems({ ...vm, performance: 'medium' }).performance?.en).toBe(
      'This VM exists at performance highest, high (eu-west-2, ReadVmTypes of 1 December 2026).',
    );
  });
});
