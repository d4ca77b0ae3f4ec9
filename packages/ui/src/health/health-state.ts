import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../trpc/context.ts';

export type HealthOutput = inferRouterOutputs<AppRouter>['health'];

/** What the status line shows; decided apart from React so it is tested in Node. */
export type HealthState =
  | { kind: 'checking' }
  | { kind: 'operational'; version: string; latencyMs: number }
  | { kind: 'degraded'; version: string }
  | { kind: 'unreachable' };

export function healthState(query: {
  status: 'pending' | 'error' | 'success';
  data?: HealthOutput;
}): HealthState {
  // A failed refresh after a success is shown as a failure: stale "operational" would mislead.
  if (query.status === 'error') return { kind: 'unreachable' };
  if (query.status === 'pending' || query.data === undefined) return { kind: 'checking' };
  const { db, version } = query.data;
  if (query.data.ok && db.state === 'up') {
    return { kind: 'operational', version, latencyMs: Math.round(db.latencyMs) };
  }
  return { kind: 'degraded', version };
}
