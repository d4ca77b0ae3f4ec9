// `pnpm sirene:simulator`: the Sirene directory simulator alone, for SIRENE_ENDPOINT.
import { demoEstablishments } from './seed.ts';
import { startSireneSimulator } from './server.ts';

const simulator = await startSireneSimulator({
  port: Number(process.env.SIRENE_SIMULATOR_PORT ?? 3401),
  ...(process.env.SIRENE_API_KEY ? { apiKey: process.env.SIRENE_API_KEY } : {}),
});

console.log(`Sirene simulator listening on ${simulator.endpoint}/siret/{siret}`);
console.log(`SIRENE_ENDPOINT=${simulator.endpoint}`);
console.log(`SIRENE_API_KEY=${simulator.apiKey}`);
console.table(
  demoEstablishments().map((e) => ({
    siret: e.siret,
    name: e.uniteLegale.denominationUniteLegale,
    city: e.adresseEtablissement.libelleCommuneEtablissement,
    open: e.periodesEtablissement[0]?.etatAdministratifEtablissement === 'A',
  })),
);

const stop = () => {
  void simulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
