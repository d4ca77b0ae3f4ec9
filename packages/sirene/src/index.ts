export {
  companyOf,
  SireneClient,
  type SireneClientOptions,
  type SireneCompany,
  SireneRefusedError,
  SireneUnavailableError,
} from './client.ts';
export { DEMO_SIRENE_API_KEY, demoEstablishments } from './simulator/seed.ts';
export {
  type SireneSimulator,
  type SireneSimulatorOptions,
  startSireneSimulator,
} from './simulator/server.ts';
export { SIRENE_KEY_HEADER, type SireneEstablishment } from './sirene-api.ts';
