export type { EntityManager } from '@mikro-orm/postgresql';
export { type EmbeddedDatabase, freePort, startEmbeddedPostgres } from './embedded-postgres.ts';
export * from './entities/index.ts';
export { checkDatabase, type DatabaseHealth, migrate, type Orm, type OrmOptions, openOrm } from './orm.ts';
