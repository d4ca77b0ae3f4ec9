export {
  type ApiAccessVerdict,
  evaluateApiAccessRules,
  MARKETPLACE_IP,
  ruleMatches,
} from './api-access-rules.ts';
export { ipInRange } from './cidr.ts';
export {
  type ClientOptions,
  createClient,
  DEFAULT_ENDPOINT,
  OutscaleClient,
  type Request,
  type RequestEvent,
  type Response,
} from './client.ts';
export { isOutscaleError, OutscaleError, OutscaleOperationError } from './errors.ts';
export type * from './generated/api.gen.ts';
export { actionNames, publicActions } from './generated/api.gen.ts';
export {
  type AccountSummary,
  type CredentialCheck,
  readAccount,
  verifyCredentials,
} from './operations/account.ts';
export { type ApiAccessCheck, checkApiAccess } from './operations/api-access.ts';
export {
  deprovisionMarketplaceUser,
  EIM_PREFIX,
  type MarketplaceUserInput,
  type ProvisionedUser,
  provisionMarketplaceUser,
  removeMarketplaceGroup,
} from './operations/eim.ts';
export {
  type CopyImageInput,
  type CopyProgress,
  copyImage,
  copyImageName,
  stampProductCodes,
  startImageCopy,
  type WaitOptions,
  waitForImage,
} from './operations/image-copy.ts';
export { type ImageOwner, readImageOwner } from './operations/image-owner.ts';
export {
  DEFAULT_SHARE_BATCH_SIZE,
  type ShareResult,
  setImageVisibility,
  shareImage,
  unshareImage,
} from './operations/image-permissions.ts';
export {
  type MeteredVm,
  readDailyVmConsumption,
  readMeteredVms,
  type VmConsumption,
} from './operations/metering.ts';
export { type PriceCatalogue, readPriceCatalogue } from './operations/price-catalogue.ts';
export {
  deleteProductCode,
  ensureProductCode,
  findProductCode,
  type ProductCodeInput,
} from './operations/product-codes.ts';
export { collect, firstItemPages, items, tokenPages } from './paginate.ts';
export { backoffDelay, defaultRetryPolicy, type RetryPolicy } from './retry.ts';
export { formatDateTime, signRequest } from './signing.ts';
export type { SimulatorClock } from './simulator/clock.ts';
export type { Fault } from './simulator/faults.ts';
export {
  type DistributionAccounts,
  demoCatalogues,
  demoSeed,
  distributionAccounts,
  expandVmTypes,
  loadSeedFile,
  type MarketplaceRegion,
  marketplaceRegions,
  parseSeed,
  type Seed,
  type SeedAccount,
  type SeedCatalogue,
} from './simulator/seed.ts';
export {
  CALLER_IP_HEADER,
  CLIENT_CA_HEADER,
  type RecordedRequest,
  type Simulator,
  type SimulatorOptions,
  startSimulator,
} from './simulator/server.ts';
