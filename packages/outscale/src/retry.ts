/** What the official SDKs do: 3 retries, exponential backoff from 1 s with jitter, capped at 30 s. */
export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 3, baseDelayMs: 1000, maxDelayMs: 30_000 };

/**
 * The wait before retry number `retry` (0 for the first). Half the exponential step is fixed and half
 * random, so that many clients throttled together spread out without any waiting next to nothing.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.min(policy.maxDelayMs, Math.round(step / 2 + (step / 2) * random()));
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
