import { randomBytes } from 'node:crypto';
import { OutscaleClient, type RequestEvent } from '../client.ts';
import { shareImage } from '../operations/image-permissions.ts';
import { demoAccounts, demoImages, simulatorClient, startTestSimulator } from '../testing.ts';
import { defineContractSuite } from './suite.ts';

// The simulator: always.
defineContractSuite(
  'client against the simulator',
  async () => {
    const sim = await startTestSimulator();
    const sent: RequestEvent[] = [];
    const onRequest = (event: RequestEvent) => sent.push(event);
    const seller = simulatorClient(sim, demoAccounts.sellerDebianEuWest2, { onRequest });
    // The seller lets the marketplace's distribution account copy its source OMI, as the real flow does.
    await shareImage(seller, demoImages.debianEuWest2, [demoAccounts.distributionEuWest2]);
    const fakeBuyers = Array.from({ length: 999 }, (_, i) => String(600000000000 + i));
    return {
      label: 'simulator',
      client: simulatorClient(sim, demoAccounts.distributionEuWest2, { onRequest }),
      viewer: simulatorClient(sim, demoAccounts.buyerEuWest2, { onRequest }),
      sourceImageId: demoImages.debianEuWest2,
      shareAccountIds: [demoAccounts.buyerEuWest2, ...fakeBuyers],
      pollIntervalMs: 2,
      runId: 'sim',
      sent,
      close: () => sim.close(),
    };
  },
  { testTimeoutMs: 10_000, canShare: true },
);

// The real OUTSCALE API: only when credentials are given; nothing is registered otherwise.
const env = {
  accessKey: process.env.OSC_ACCESS_KEY,
  secretKey: process.env.OSC_SECRET_KEY,
  region: process.env.OSC_REGION,
  sourceImageId: process.env.OSC_SOURCE_IMAGE_ID,
};
const missing = Object.entries({
  OSC_ACCESS_KEY: env.accessKey,
  OSC_SECRET_KEY: env.secretKey,
  OSC_REGION: env.region,
  OSC_SOURCE_IMAGE_ID: env.sourceImageId,
})
  .filter(([, value]) => !value)
  .map(([name]) => name);
const shareWith = (process.env.OSC_SHARE_ACCOUNT_IDS ?? '').split(',').filter(Boolean);

if (missing.length) {
  console.log(
    `Contract tests against the real OUTSCALE API not registered: ${missing.join(', ')} not set. ` +
      'Set them (and optionally OSC_SHARE_ACCOUNT_IDS, OSC_ENDPOINT) to run the suite on a test account.',
  );
} else {
  defineContractSuite(
    `client against the real OUTSCALE API (${env.region})`,
    async () => {
      const sent: RequestEvent[] = [];
      return {
        label: 'real API',
        client: new OutscaleClient({
          region: env.region ?? '',
          accessKey: env.accessKey ?? '',
          secretKey: env.secretKey ?? '',
          ...(process.env.OSC_ENDPOINT ? { endpoint: process.env.OSC_ENDPOINT } : {}),
          onRequest: (event) => sent.push(event),
        }),
        sourceImageId: env.sourceImageId ?? '',
        shareAccountIds: shareWith,
        pollIntervalMs: 10_000,
        runId: randomBytes(4).toString('hex'),
        sent,
        close: async () => {},
      };
    },
    { testTimeoutMs: 45 * 60_000, canShare: shareWith.length > 0 },
  );
}
