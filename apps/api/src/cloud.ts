// The OUTSCALE side of the marketplace: the API endpoint (the simulator when OUTSCALE_ENDPOINT is
// unset), the marketplace's own distribution accounts, and clients for accounts' keys.
import { readFileSync } from 'node:fs';
import type { Region } from '@marketplace/domain';
import {
  type DistributionAccounts,
  demoSeed,
  distributionAccounts,
  loadSeedFile,
  OutscaleClient,
  type Simulator,
  startSimulator,
} from '@marketplace/outscale';
import type { Logger } from 'pino';
import { z } from 'zod';
import { type Config, ConfigError } from './config.ts';

export type Cloud = {
  endpointTemplate: string;
  /** Present when the marketplace runs on the simulator (no OUTSCALE_ENDPOINT). */
  simulator: Simulator | undefined;
  distribution: DistributionAccounts;
  /** The address the marketplace calls from, as accounts' API access rules must allow it. */
  marketplaceIp: string;
  client(region: Region, accessKey: string, secretKey: string): OutscaleClient;
  close(): Promise<void>;
};

export interface CloudOptions {
  /**
   * The marketplace's clock, which OUTSCALE requests are signed with (the API refuses a signature more
   * than 5 minutes away from its own time). Default: the system clock.
   */
  now?: () => Date;
}

export async function startCloud(config: Config, log: Logger, options: CloudOptions = {}): Promise<Cloud> {
  const now = options.now ?? (() => new Date());
  const marketplaceIp = config.marketplaceIp.replace(/\/32$/, '');
  let simulator: Simulator | undefined;
  let endpointTemplate = config.outscaleEndpoint;
  const seed = config.outscaleSimulatorSeed ? loadSeedFile(config.outscaleSimulatorSeed) : undefined;
  if (!endpointTemplate) {
    simulator = await startSimulator({ seed: seed ?? demoSeed(), callerIp: marketplaceIp });
    endpointTemplate = simulator.endpointTemplate;
    log.info({ part: 'outscale', url: simulator.url }, 'OUTSCALE simulator started');
  }
  const distribution = config.marketplaceAccountsFile
    ? readDistributionAccounts(config.marketplaceAccountsFile)
    : distributionAccounts(seed ?? demoSeed());
  const endpoint = endpointTemplate;
  return {
    endpointTemplate: endpoint,
    simulator,
    distribution,
    marketplaceIp,
    client: (region, accessKey, secretKey) =>
      new OutscaleClient({ region, accessKey, secretKey, endpoint, now: () => now() }),
    close: async () => {
      await simulator?.close();
    },
  };
}

const keys = z.object({
  AccountId: z.string().regex(/^\d{12}$/),
  AccessKey: z.string().min(16),
  SecretKey: z.string().min(16),
});
const distributionFile = z.object({ 'cloudgouv-eu-west-1': keys, 'eu-west-2': keys });

function readDistributionAccounts(path: string): DistributionAccounts {
  const parsed = distributionFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `MARKETPLACE_ACCOUNTS (${path}) at ${i.path.join('.')}: ${i.message}`),
    );
  }
  return parsed.data;
}
