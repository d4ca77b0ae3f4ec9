/**
 * Repeated failed sign-ins lock the account for a while, after OUTSCALE's own rule for its accounts
 * (SPEC §3): after 4 failures, 1 minute, growing by a minute per 4 more failures, up to 10 minutes.
 */
const FAILURES_PER_STEP = 4;
const STEP_MS = 60_000;
const MAX_LOCK_MS = 10 * 60_000;

/** How long sign-in stays locked after this many consecutive failures (0 when not locked). */
export function lockoutMs(consecutiveFailures: number): number {
  const steps = Math.floor(consecutiveFailures / FAILURES_PER_STEP);
  return Math.min(steps * STEP_MS, MAX_LOCK_MS);
}

/** When the next attempt is allowed, given the consecutive failures and the time of the last one. */
export function signInAllowedFrom(consecutiveFailures: number, lastFailureAt: Date | null): Date | null {
  const lock = lockoutMs(consecutiveFailures);
  if (lock === 0 || lastFailureAt === null) return null;
  return new Date(lastFailureAt.getTime() + lock);
}
