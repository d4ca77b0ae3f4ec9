/**
 * Repeated failed sign-ins lock the account for a while, after OUTSCALE's own rule for its accounts
 * (SPEC §3): after 4 failures, 1 minute, growing by a minute per 4 more failures, up to 10 minutes.
 */
const FAILURES_PER_STEP = 4;
const STEP_MS = 60_000;
const MAX_LOCK_MS = 10 * 60_000;

/** Failures older than this are forgotten: the count starts again. */
export const FAILURE_MEMORY_MS = 60 * 60_000;
/** One address may fail for many accounts (a shared office): it is locked five times later. */
const IP_FAILURES_PER_ACCOUNT_FAILURE = 5;

/** How long sign-in stays locked after this many consecutive failures (0 when not locked). */
export function lockoutMs(consecutiveFailures: number): number {
  const steps = Math.floor(consecutiveFailures / FAILURES_PER_STEP);
  return Math.min(steps * STEP_MS, MAX_LOCK_MS);
}

export function ipLockoutMs(consecutiveFailures: number): number {
  return lockoutMs(Math.floor(consecutiveFailures / IP_FAILURES_PER_ACCOUNT_FAILURE));
}

export type LockoutScope = 'account' | 'ip';

/**
 * The lock after 1, 2, 3... consecutive failures, up to the count where it stops growing (the last
 * entry holds for every count above). The database applies it in the very statement that counts an
 * attempt, so that concurrent attempts cannot all pass the check before any of them is counted.
 */
export function lockoutScheduleMs(scope: LockoutScope): number[] {
  const lock = scope === 'account' ? lockoutMs : ipLockoutMs;
  const schedule: number[] = [];
  for (let failures = 1; schedule.at(-1) !== MAX_LOCK_MS; failures++) schedule.push(lock(failures));
  return schedule;
}

/** When the next attempt is allowed, given the consecutive failures and the time of the last one. */
export function signInAllowedFrom(
  consecutiveFailures: number,
  lastFailureAt: Date | null,
  scope: LockoutScope = 'account',
): Date | null {
  const lock = scope === 'account' ? lockoutMs(consecutiveFailures) : ipLockoutMs(consecutiveFailures);
  if (lock === 0 || lastFailureAt === null) return null;
  return new Date(lastFailureAt.getTime() + lock);
}
