import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from './entities/index.ts';
import { migrations } from './migrations/index.ts';
import { checkDatabase, migrate, type Orm, openOrm } from './orm.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

describe('migrations on an empty database', () => {
  let database: TestDatabase;
  let orm: Orm;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await openOrm({ url: database.url });
  });
  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  it('create every table, then do nothing on a second run', async () => {
    const applied = await migrate(orm);
    expect(applied.length).toBeGreaterThan(0);
    const tables = await orm.em
      .fork()
      .getConnection()
      .execute<{ table_name: string }[]>(
        `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['linked_outscale_account', 'marketplace_account', 'organization', 'session']),
    );
    expect(await migrate(orm)).toEqual([]);
  });

  it('leave the schema matching the entities', async () => {
    const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('store an organization and refuse a second one on the same OUTSCALE account', async () => {
    const em = orm.em.fork();
    const fields = {
      name: 'Seller SAS',
      types: ['seller' as const],
      region: 'cloudgouv-eu-west-1' as const,
      language: 'fr' as const,
      outscaleAccountId: '123456789012',
      outscaleEmail: 'admin@seller.example',
      accessKey: 'AKSELLER000000000001',
      secretKeyEncrypted: 'v1:opaque',
    };
    em.create(Organization, fields);
    await em.flush();
    const stored = await orm.em.fork().findOneOrFail(Organization, { outscaleAccountId: '123456789012' });
    expect(stored.state).toBe('pending_validation');
    expect(stored.types).toEqual(['seller']);

    const again = orm.em.fork();
    again.create(Organization, { ...fields, name: 'Copycat' });
    await expect(again.flush()).rejects.toThrow(/unique/i);
  });

  it('report the database as up with the number of migrations applied', async () => {
    const health = await checkDatabase(orm);
    expect(health).toMatchObject({ state: 'up', migrations: migrations.length });
  });
});
