// France's company directory, which sign-up looks a SIRET up in (SPEC §7c): INSEE's Sirene API when
// SIRENE_ENDPOINT is set, the embedded Sirene simulator (seeded with the demo companies) otherwise.
import { SireneClient, type SireneSimulator, startSireneSimulator } from '@marketplace/sirene';
import type { Logger } from 'pino';
import type { Config } from './config.ts';

export type Directory = {
  client: SireneClient;
  /** Present when the marketplace runs on the simulator (no SIRENE_ENDPOINT). */
  simulator: SireneSimulator | undefined;
  close(): Promise<void>;
};

export async function startDirectory(config: Config, log: Logger): Promise<Directory> {
  if (config.sirene) {
    return { client: new SireneClient(config.sirene), simulator: undefined, close: async () => {} };
  }
  const simulator = await startSireneSimulator();
  log.info({ part: 'sirene', url: simulator.endpoint }, 'Sirene simulator started');
  return {
    client: new SireneClient({ endpoint: simulator.endpoint, apiKey: simulator.apiKey }),
    simulator,
    close: () => simulator.close(),
  };
}
