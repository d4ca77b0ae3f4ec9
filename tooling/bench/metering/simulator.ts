// The metering bench's OUTSCALE simulator, in a process of its own: started from a seed file, it runs
// VMS_PER_ACCOUNT VMs of the seed's metered image in every buyer account, started an hour before the
// current hour began (so that the last ended hour is fully used), then prints its endpoint.
import { loadSeedFile, startSimulator } from '../../../packages/outscale/src/index.ts';

const [seedPath = '', imageId = '', perAccount = '10'] = process.argv.slice(2);
const seed = loadSeedFile(seedPath);
const HOUR = 3_600_000;
const started = Math.floor(Date.now() / HOUR) * HOUR - HOUR;
// The simulator starts at `started` and the VMs run from then; its clock then catches up with now, so
// that the marketplace's requests, signed at the real time, are fresh.
const shift = Date.now() - started;
const simulator = await startSimulator({ seed, clock: () => Date.now() - shift });
const types = ['tinav6.c2r4p2', 'tinav6.c4r8p2'];
for (const account of seed.accounts.filter((a) => a.Role === 'bench-buyer')) {
  for (let n = 0; n < Number(perAccount); n += 1) {
    simulator.launchVm(account.AccountId, imageId, types[n % types.length]);
  }
}
simulator.clock.advance(shift);
process.send?.({ endpointTemplate: simulator.endpointTemplate, vms: simulator.state.vms.size });
process.on('SIGTERM', () => void simulator.close().then(() => process.exit(0)));
