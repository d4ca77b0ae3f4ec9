import { describe, expect, it } from 'vitest';
import { OutscaleError } from './errors.ts';

const error = (status: number, code: string) =>
  new OutscaleError({ action: 'ReadImages', status, code, type: 'T', details: 'd', requestId: 'r-1' });

describe('OutscaleError', () => {
  it('classifies codes by family', () => {
    expect(error(400, '5023').isNotFound()).toBe(true);
    expect(error(409, '9022').isConflict()).toBe(true);
    expect(error(400, '6003').isInvalidState()).toBe(true);
    expect(error(400, '10005').isQuotaExceeded()).toBe(true);
    expect(error(400, '10005').isNotFound()).toBe(false);
    expect(error(400, '4045').isInvalidParameter()).toBe(true);
    expect(error(400, '4045').isNotFound()).toBe(false);
    // 4000 is access-keys-not-found in the official catalogue: not found, not a wrong parameter.
    expect(error(400, '4000').isNotFound()).toBe(true);
    expect(error(400, '4000').isInvalidParameter()).toBe(false);
  });

  it('tells wrong keys from API access rules, and retryable from final failures', () => {
    expect(error(401, '1').isInvalidCredentials()).toBe(true);
    expect(error(401, '14').isApiAccessRuleDenied()).toBe(true);
    expect(error(401, '14').isAccessDenied()).toBe(true);
    expect(error(429, '25').isRetryable()).toBe(true);
    expect(error(503, '0').isRetryable()).toBe(true);
    expect(error(400, '4045').isRetryable()).toBe(false);
  });

  it('says what failed in its message', () => {
    expect(error(400, '5023').message).toBe(
      'OUTSCALE ReadImages failed: HTTP 400, code 5023 T: d (request r-1)',
    );
  });
});
