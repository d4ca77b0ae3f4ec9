import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultRetryPolicy } from './retry.ts';

describe('backoffDelay', () => {
  it('doubles from 1 s with jitter between half and all of the step', () => {
    expect([0, 1, 2].map((n) => backoffDelay(n, defaultRetryPolicy, () => 0))).toEqual([500, 1000, 2000]);
    expect([0, 1, 2].map((n) => backoffDelay(n, defaultRetryPolicy, () => 1))).toEqual([1000, 2000, 4000]);
  });

  it('never waits more than the cap', () => {
    for (let retry = 0; retry < 20; retry++) {
      expect(backoffDelay(retry, defaultRetryPolicy, Math.random)).toBeLessThanOrEqual(30_000);
    }
    expect(backoffDelay(10, defaultRetryPolicy, () => 1)).toBe(30_000);
  });
});
