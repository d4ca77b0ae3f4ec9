import { describe, expect, it } from 'vitest';
import { healthState } from './health-state.ts';

describe('healthState', () => {
  it('is checking until the first answer', () => {
    expect(healthState({ status: 'pending' })).toEqual({ kind: 'checking' });
  });

  it('is operational when the database is up, with the version and a whole latency', () => {
    const data = { ok: true, version: '0.1.0', db: { state: 'up' as const, latencyMs: 2.6, migrations: 1 } };
    expect(healthState({ status: 'success', data })).toEqual({
      kind: 'operational',
      version: '0.1.0',
      latencyMs: 3,
    });
  });

  it('is degraded when the server answers but its database is down', () => {
    const data = { ok: false, version: '0.1.0', db: { state: 'down' as const, error: 'connection refused' } };
    expect(healthState({ status: 'success', data })).toEqual({ kind: 'degraded', version: '0.1.0' });
  });

  it('is unreachable when the request failed', () => {
    expect(healthState({ status: 'error' })).toEqual({ kind: 'unreachable' });
  });
});
