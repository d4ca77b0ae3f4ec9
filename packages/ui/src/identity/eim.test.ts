import { describe, expect, it } from 'vitest';
import { isEimSettling } from './eim.ts';

const account = (state: 'pending' | 'provisioned' | 'failed' | 'deprovisioning' | null) => ({
  eim: { state },
});

describe('isEimSettling', () => {
  it('keeps asking while an EIM user is being made or removed', () => {
    expect(isEimSettling([account('provisioned'), account('pending')])).toBe(true);
    expect(isEimSettling([account('deprovisioning')])).toBe(true);
  });

  it('stops once every EIM user is settled, provisioned or failed', () => {
    expect(isEimSettling([account('provisioned'), account('failed'), account(null)])).toBe(false);
    expect(isEimSettling(undefined)).toBe(false);
  });
});
