// `pnpm outscale:simulator`: the simulator alone, configured from the environment.
import { demoSeed, loadSeedFile } from './seed.ts';
import { startSimulator } from './server.ts';

const port = Number(process.env.OUTSCALE_SIMULATOR_PORT ?? 3400);
const seedPath = process.env.OUTSCALE_SIMULATOR_SEED;
const seed = seedPath ? loadSeedFile(seedPath) : demoSeed();

const simulator = await startSimulator({
  port,
  seed,
  ...(process.env.OUTSCALE_SIMULATOR_COPY_DELAY_MS
    ? { imageCopyDelayMs: Number(process.env.OUTSCALE_SIMULATOR_COPY_DELAY_MS) }
    : {}),
  ...(process.env.OUTSCALE_SIMULATOR_VM_DELAY_MS
    ? { vmStateDelayMs: Number(process.env.OUTSCALE_SIMULATOR_VM_DELAY_MS) }
    : {}),
});

console.log(`OUTSCALE simulator listening on ${simulator.url}/api/v1/{Action}`);
console.log(`OUTSCALE_ENDPOINT=${simulator.endpointTemplate}`);
console.log(`seed: ${seedPath ?? 'demo seed (packages/outscale/seed/demo.json)'}`);
console.table(
  seed.accounts.map((a) => ({
    role: a.Role ?? '',
    region: a.Region,
    account: a.AccountId,
    company: a.CompanyName,
    accessKey: a.AccessKey,
    secretKey: a.SecretKey,
  })),
);

const stop = () => {
  void simulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
