export type { FilterQuery } from '@mikro-orm/core';
export { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
export type { EntityManager } from '@mikro-orm/postgresql';
export {
  isDatabaseError,
  type SafeDatabaseError,
  safeDatabaseError,
  statementShape,
} from './database-errors.ts';
export { type EmbeddedDatabase, freePort, startEmbeddedPostgres } from './embedded-postgres.ts';
export * from './entities/index.ts';
export { checkDatabase, type DatabaseHealth, migrate, type Orm, type OrmOptions, openOrm } from './orm.ts';
export { DataFolderHeldError } from './orphaned-postgres.ts';
export { lockForTransaction } from './repositories/advisory-lock.ts';
export { catalogGeneration } from './repositories/catalog-generation.ts';
export {
  type CatalogDatabase,
  type CatalogFacets,
  type CatalogFilters,
  type CatalogPage,
  type CatalogQuery,
  type CatalogRow,
  type CatalogSql,
  searchCatalog,
  searchCatalogOn,
} from './repositories/catalog-search.ts';
export { findJobRecords, type JobRecord } from './repositories/job-records.ts';
export { decodeCursor, type KeysetPage, type KeysetQuery, keysetPage } from './repositories/keyset.ts';
export { currentLicenceKeys } from './repositories/licence-keys.ts';
export {
  bindSubscriptionsToLicence,
  findLicenceHistories,
  insertFirstLicenceVersion,
  type LicenceHistoryEntry,
} from './repositories/licence-versions.ts';
export {
  latestPriceCatalogues,
  type PriceCatalogueReading,
  storePriceCatalogue,
} from './repositories/price-catalogues.ts';
export {
  clearSignInFailures,
  findSignInThrottle,
  refundSignInAttempt,
  reserveSignInAttempt,
} from './repositories/sign-in-throttle.ts';
export {
  deleteUnattachedUploads,
  isStoredFilePublished,
  lockOrganizationUploads,
  type StoredFileUsage,
  storedFileUsage,
} from './repositories/stored-files.ts';
export {
  advanceMeteringCursor,
  insertUsage,
  lockMeteringCursor,
  type MonthlyUsage,
  monthlyUsage,
  type NewUsage,
  readMeteringCursor,
  recordedMilliHours,
} from './repositories/usage.ts';
export { sqlExecutorFor } from './sql-executor.ts';
