import { describe, expect, it } from 'vitest';
import { isOutscaleVmType, VM_TYPE_PROBLEMS, vmTypeProblem } from './vm-types.ts';

describe('OUTSCALE VM types', () => {
  it('accept the custom types of the current generations, every performance flag', () => {
    for (const vmType of [
      'tinav3.c1r1p2',
      'tinav5.c4r8p1',
      'tinav6.c4r8p2',
      'tinav7.c78r1039p3',
      'tinav6.c1r16p2',
    ]) {
      expect(vmTypeProblem(vmType), vmType).toBeNull();
    }
  });

  it('refuse what the seller of the issue published, and says what a valid one looks like', () => {
    expect(vmTypeProblem('tinav6.c99r99p9')).toBe('format');
    expect(VM_TYPE_PROBLEMS.format.en).toContain('tinav6.c4r8p2');
    expect(VM_TYPE_PROBLEMS.format.fr).toContain('tinavW.cXrYpZ');
  });

  it('refuse other names, a missing flag or generation, and AWS-compatible names', () => {
    for (const vmType of [
      't2.small',
      'tina.c2r4p2',
      'tinav6.c4r8',
      'tinav6.c4r8p4',
      'tinav6.c0r8p2',
      ' ',
      'TINAV6.C4R8P2',
    ]) {
      expect(vmTypeProblem(vmType), vmType).toBe('format');
    }
  });

  it('refuse retired or unknown generations, too many vCores, too much memory', () => {
    expect(vmTypeProblem('tinav2.c4r8p2')).toBe('generation');
    expect(vmTypeProblem('tinav8.c4r8p2')).toBe('generation');
    expect(vmTypeProblem('tinav6.c79r128p2')).toBe('vCores');
    expect(vmTypeProblem('tinav6.c78r1040p2')).toBe('memory');
    expect(vmTypeProblem('tinav6.c1r17p2')).toBe('memoryPerVCore');
    expect(isOutscaleVmType('tinav6.c2r32p2')).toBe(true);
    expect(isOutscaleVmType('tinav6.c2r33p2')).toBe(false);
  });
});
