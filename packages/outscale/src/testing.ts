import { type ClientOptions, OutscaleClient, type RequestEvent } from './client.ts';
import { type Simulator, type SimulatorOptions, startSimulator } from './simulator/server.ts';

/** Demo seed accounts that tests and the demo refer to by role. */
export const demoAccounts = {
  distributionGouv: '100000000001',
  distributionEuWest2: '100000000002',
  sellerDebianGouv: '200000000011',
  sellerDebianEuWest2: '200000000012',
  sellerUbuntuEuWest2: '200000000022',
  sellerGitlabEuWest2: '200000000032',
  buyerEuWest2: '300000000001',
  buyerGouv: '300000000002',
  restrictedIp: '400000000001',
  caRequired: '400000000002',
} as const;

export const demoImages = {
  debianEuWest2: 'ami-a1021000',
  ubuntuEuWest2: 'ami-b1021001',
  gitlabEuWest2: 'ami-c1021002',
} as const;

/** A simulator for tests: random port, copies and VM state changes done after a few milliseconds. */
export function startTestSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  return startSimulator({ imageCopyDelayMs: 5, vmStateDelayMs: 5, ...options });
}

/**
 * A client on a seeded account of the simulator, signing at the simulator's time (`simulator.clock`), with
 * backoff that never really waits (the delays are recorded in `sleeps`) and every request reported to
 * `onRequest`.
 */
export function simulatorClient(
  simulator: Simulator,
  accountId: string,
  options: Partial<ClientOptions> & { sleeps?: number[] } = {},
): OutscaleClient {
  const { sleeps, ...rest } = options;
  return new OutscaleClient({
    ...simulator.credentials(accountId),
    endpoint: simulator.endpointTemplate,
    timeoutMs: 5000,
    now: () => simulator.clock.now(),
    sleep: async (ms) => {
      sleeps?.push(ms);
    },
    ...rest,
  });
}

export type { RequestEvent };
