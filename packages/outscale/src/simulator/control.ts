import { launchVm, terminateVm } from './actions/vms.ts';
import type { SimulatorClock } from './clock.ts';
import type { Fault, FaultInjector } from './faults.ts';
import type { SimulatorState } from './state.ts';

/**
 * The simulator-only routes under /_control/: fault injection, VMs and the clock, so that tests in another process
 * (or a person with curl) can steer it. Throws on bad input; the server turns that into a 400.
 */
export function handleControl(
  target: { state: SimulatorState; faults: FaultInjector; clock: SimulatorClock },
  method: string,
  path: string,
  body: string,
): { status: number; payload: object } {
  const input = (body.trim() ? JSON.parse(body) : {}) as Record<string, unknown>;
  const route = `${method} ${path}`;
  switch (route) {
    case 'POST /_control/faults':
      target.faults.add(input as unknown as Fault);
      return { status: 200, payload: { faults: target.faults.pending() } };
    case 'DELETE /_control/faults':
      target.faults.clear();
      return { status: 200, payload: { faults: [] } };
    case 'POST /_control/latency':
      target.faults.setLatency(Number(input.ms ?? 0));
      return { status: 200, payload: { latencyMs: Number(input.ms ?? 0) } };
    case 'POST /_control/vms': {
      const vmType = typeof input.VmType === 'string' ? input.VmType : undefined;
      const vm = launchVm(target.state, String(input.AccountId), String(input.ImageId), vmType);
      return { status: 200, payload: { Vm: vm } };
    }
    case 'POST /_control/vms/terminate':
      terminateVm(target.state, String(input.VmId));
      return { status: 200, payload: {} };
    case 'GET /_control/clock':
      return { status: 200, payload: { now: target.clock.now().toISOString() } };
    case 'POST /_control/clock': {
      if (input.advanceMs !== undefined && input.now !== undefined) {
        throw new Error('give advanceMs or now, not both');
      }
      if (input.advanceMs !== undefined) {
        if (typeof input.advanceMs !== 'number') throw new Error('advanceMs must be a number');
        target.clock.advance(input.advanceMs);
      } else if (input.now !== undefined) {
        if (typeof input.now !== 'string' || Number.isNaN(Date.parse(input.now))) {
          throw new Error('now must be an ISO 8601 date-time');
        }
        target.clock.set(input.now);
      } else if (input.reset === true) target.clock.reset();
      return { status: 200, payload: { now: target.clock.now().toISOString() } };
    }
    default:
      return { status: 404, payload: { error: `no control route ${route}` } };
  }
}
