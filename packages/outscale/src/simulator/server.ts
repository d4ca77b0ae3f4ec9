import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Region, type VmRates, vmRatesFrom } from '@marketplace/domain';
import { MARKETPLACE_IP } from '../api-access-rules.ts';
import type { ActionName, Vm } from '../generated/api.gen.ts';
import { actionNames, publicActions } from '../generated/api.gen.ts';
import { accessKeyHandlers } from './actions/access-keys.ts';
import { accountHandlers } from './actions/account.ts';
import { catalogHandlers } from './actions/catalog.ts';
import type { ActionContext, Handlers, SimulatorLimits } from './actions/context.ts';
import { flexibleGpuHandlers } from './actions/flexible-gpus.ts';
import { imageHandlers } from './actions/images.ts';
import { policyHandlers } from './actions/policies.ts';
import { productTypeHandlers } from './actions/product-types.ts';
import { securityGroupHandlers } from './actions/security-groups.ts';
import { userHandlers } from './actions/users.ts';
import { launchVm, terminateVm, vmHandlers } from './actions/vms.ts';
import { ApiError, errors } from './api-error.ts';
import { authenticate, type Caller } from './auth.ts';
import { SimulatorClock } from './clock.ts';
import { handleControl } from './control.ts';
import { FaultInjector } from './faults.ts';
import { demoCatalogues, demoSeed, expandVmTypes, type Seed, type SeedCatalogue } from './seed.ts';
import { SimulatorState } from './state.ts';
import { validateRequest } from './validate.ts';

/** Unsigned headers a test may send to act from another address or with a client certificate. */
export const CALLER_IP_HEADER = 'x-simulator-caller-ip';
export const CLIENT_CA_HEADER = 'x-simulator-client-ca';

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  seed?: Seed;
  /** How long a copied image stays pending. Default 2 s; a few ms in tests. */
  imageCopyDelayMs?: number;
  /** How long VMs stay pending, stopping or shutting-down. Default 2 s; a few ms in tests. */
  vmStateDelayMs?: number;
  /** Epoch milliseconds: the base of `simulator.clock` (Date.now by default). */
  clock?: () => number;
  /** The address API access rules are checked against: by default the marketplace's, as it is the caller. */
  callerIp?: string;
  imagesPerAccount?: number;
  accessKeysPerUser?: number;
  vmsPerAccount?: number;
  flexibleGpusPerAccount?: number;
}

export interface RecordedRequest {
  action: string;
  accountId: string | undefined;
  body: unknown;
  status: number;
}

export interface Simulator {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** For `OUTSCALE_ENDPOINT`: `http://127.0.0.1:PORT/{region}/api/v1`. */
  endpointTemplate: string;
  port: number;
  state: SimulatorState;
  /** The simulator's time: `advance(ms)`, `set(date)`, `reset()`, `now()`. Everything time-based reads it. */
  clock: SimulatorClock;
  /** ReadPublicCatalog's and ReadVmTypes' data per region, read at each call: tests may change a price. */
  catalogues: Record<string, SeedCatalogue>;
  faults: FaultInjector;
  /** Every API call answered, in order. */
  requests: RecordedRequest[];
  /** The region and keys of a seeded account, to build a client. */
  credentials(accountId: string): { region: string; accessKey: string; secretKey: string };
  launchVm(accountId: string, imageId: string, vmType?: string): Vm;
  terminateVm(vmId: string): void;
  close(): Promise<void>;
}

const handlers: Handlers = {
  ...imageHandlers,
  ...productTypeHandlers,
  ...userHandlers,
  ...policyHandlers,
  ...accessKeyHandlers,
  ...accountHandlers,
  ...vmHandlers,
  ...flexibleGpuHandlers,
  ...securityGroupHandlers,
};

/** A simulator left running for days keeps only the latest calls in memory. */
const MAX_RECORDED = 10_000;

const API_PATH = /^(?:\/([a-z0-9-]+))?\/api\/v1\/([A-Za-z]+)$/;

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const clock = new SimulatorClock(options.clock ?? Date.now);
  const seed = options.seed ?? demoSeed();
  const state = new SimulatorState(() => clock.nowMs(), seed);
  const catalogues = seed.catalogues ?? demoCatalogues();
  // ShowPrice's unit prices: the same catalogue ReadPublicCatalog answers, read once per region.
  const rates = new Map<string, VmRates | undefined>();
  state.catalogueRate = (region, vmType) => {
    if (!rates.has(region)) {
      const catalogue = catalogues[region];
      rates.set(
        region,
        catalogue &&
          vmRatesFrom({
            region: region as Region,
            asOf: state.isoNow().slice(0, 10),
            entries: catalogue.Entries,
            vmTypes: expandVmTypes(catalogue),
          }),
      );
    }
    const micros = rates.get(region)?.perHour(vmType, 'on_demand');
    return micros == null ? undefined : micros / 1_000_000;
  };
  const simulatorHandlers: Handlers = {
    ...handlers,
    ...catalogHandlers(catalogues),
  };
  const faults = new FaultInjector();
  const requests: RecordedRequest[] = [];
  const limits: SimulatorLimits = {
    imageCopyDelayMs: options.imageCopyDelayMs ?? 2000,
    vmStateDelayMs: options.vmStateDelayMs ?? 2000,
    imagesPerAccount: options.imagesPerAccount ?? 1000,
    accessKeysPerUser: options.accessKeysPerUser ?? 10,
    vmsPerAccount: options.vmsPerAccount ?? 1000,
    flexibleGpusPerAccount: options.flexibleGpusPerAccount ?? 8,
  };
  const callerIp = options.callerIp ?? MARKETPLACE_IP;
  const record = (request: RecordedRequest) => {
    requests.push(request);
    if (requests.length > MAX_RECORDED) requests.splice(0, requests.length - MAX_RECORDED);
  };

  const send = (res: ServerResponse, status: number, payload: object) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(payload));
  };
  const sendError = (res: ServerResponse, error: ApiError) =>
    send(res, error.status, {
      Errors: [{ Code: error.code, Type: error.type, Details: error.details }],
      ResponseContext: { RequestId: randomUUID() },
    });

  async function handleApi(req: IncomingMessage, res: ServerResponse, body: string, path: string) {
    const [, pathRegion, actionText = ''] = API_PATH.exec(path) ?? [];
    const action = actionText as ActionName;
    const outcome = faults.take(action);
    if (outcome.latencyMs) await new Promise((resolve) => setTimeout(resolve, outcome.latencyMs));
    if (outcome.timeout) return; // The connection stays open until the client gives up or close().
    let caller: Caller | undefined;
    let parsed: unknown;
    try {
      if (outcome.status) throw outcome.status === 429 ? errors.throttled() : errors.internal(outcome.status);
      const handler = simulatorHandlers[action] as
        | ((ctx: ActionContext, body: unknown) => object)
        | undefined;
      if (!actionNames.includes(action) || !handler) {
        throw errors.unknownAction(actionText);
      }
      const isPublic = publicActions.includes(action) && !req.headers.authorization;
      if (!isPublic) {
        caller = authenticate(state, {
          headers: req.headers,
          path,
          body,
          pathRegion,
          callerIp: String(req.headers[CALLER_IP_HEADER] ?? callerIp),
          certificateCaIds: String(req.headers[CLIENT_CA_HEADER] ?? '')
            .split(',')
            .filter(Boolean),
        });
      }
      try {
        parsed = body.trim() ? JSON.parse(body) : {};
      } catch {
        throw errors.invalidValue('body', 'it is not JSON');
      }
      const invalid = validateRequest(action, parsed);
      if (invalid) throw invalid;
      // DryRun checks authentication and parameters only, like the API (which then answers success).
      const dryRun = (parsed as { DryRun?: boolean }).DryRun === true;
      const payload = dryRun
        ? {}
        : handler(
            {
              state,
              limits,
              account: caller?.account,
              key: caller?.key,
              region: pathRegion,
              failImage: outcome.failImage ?? false,
            },
            parsed,
          );
      record({ action, accountId: caller?.account.info.AccountId, body: parsed, status: 200 });
      send(res, 200, { ...payload, ResponseContext: { RequestId: randomUUID() } });
    } catch (error) {
      const apiError = error instanceof ApiError ? error : errors.internal();
      if (!(error instanceof ApiError)) console.error('[outscale simulator]', error);
      record({
        action,
        accountId: caller?.account.info.AccountId,
        body: parsed,
        status: apiError.status,
      });
      sendError(res, apiError);
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = new URL(req.url ?? '/', 'http://simulator').pathname;
      if (path.startsWith('/_control/')) {
        try {
          const { status, payload } = handleControl(
            { state, faults, clock },
            req.method ?? 'GET',
            path,
            body,
          );
          send(res, status, payload);
        } catch (error) {
          if (error instanceof ApiError) sendError(res, error);
          else send(res, 400, { error: error instanceof Error ? error.message : String(error) });
        }
        return;
      }
      if (req.method !== 'POST' || !API_PATH.test(path)) {
        return sendError(res, errors.wrongMethod(req.method ?? '', path));
      }
      void handleApi(req, res, body, path);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;

  return {
    url,
    endpointTemplate: `${url}/{region}/api/v1`,
    port,
    state,
    clock,
    catalogues,
    faults,
    requests,
    credentials(accountId) {
      const account = seed.accounts.find((a) => a.AccountId === accountId);
      if (!account) throw new Error(`No seeded account ${accountId}`);
      return { region: account.Region, accessKey: account.AccessKey, secretKey: account.SecretKey };
    },
    launchVm: (accountId, imageId, vmType) => launchVm(state, accountId, imageId, vmType),
    terminateVm: (vmId) => terminateVm(state, vmId),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
