// Failed statements on a real PostgreSQL: what may be logged of them keeps the SQLSTATE, the names of
// what failed and the statement's shape, never a value; the ORM's query log neither.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeDatabaseError, statementShape } from './database-errors.ts';
import { LinkedOutscaleAccount, Organization } from './entities/index.ts';
import { migrate, type Orm, openOrm } from './orm.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

const ACCESS_KEY = 'AKSECRETLOOKING00042';
const SECRET = 'v1:secret-key-encrypted-0042';

describe('database errors in logs', () => {
  let database: TestDatabase;
  let orm: Orm;
  const queries: string[] = [];
  let organization: Organization;

  const fields = (accountId: string) => ({
    name: 'Nimbus SAS',
    types: ['seller' as const],
    region: 'cloudgouv-eu-west-1' as const,
    language: 'fr' as const,
    outscaleAccountId: accountId,
    outscaleEmail: 'admin@nimbus.example',
    accessKey: ACCESS_KEY,
    secretKeyEncrypted: SECRET,
  });

  /** The error a flush throws. */
  const failure = async (write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      return error;
    }
    throw new Error('the write succeeded');
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await openOrm({ url: database.url, logQueries: true, log: (message) => queries.push(message) });
    await migrate(orm);
    const em = orm.em.fork();
    organization = em.create(Organization, fields('123456789012'));
    await em.flush();
  });
  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  it('keep a unique violation’s code, constraint and statement shape, not the values', async () => {
    const em = orm.em.fork();
    em.create(Organization, fields('123456789012'));
    const error = await failure(() => em.flush());
    // What a logger would have written until now: the whole statement, values included.
    expect(String((error as Error).message)).toContain(ACCESS_KEY);

    const safe = safeDatabaseError(error);
    expect(safe).toMatchObject({
      type: 'UniqueConstraintViolationException',
      code: '23505',
      table: 'organization',
      constraint: expect.stringMatching(/^organization_outscale_account_id/),
      message: expect.stringMatching(/^duplicate key value violates unique constraint "organization_/),
    });
    expect(safe?.statement).toMatch(/^insert into "organization" \("id", "name", .*\) values \(\?, \?, /);
    const logged = JSON.stringify(safe);
    for (const value of [ACCESS_KEY, SECRET, '123456789012', 'admin@nimbus.example', 'Nimbus SAS']) {
      expect(logged).not.toContain(value);
    }
    expect(safe?.stack).toMatch(/^UniqueConstraintViolationException: duplicate key value[^\n]*\n\s+at /);
  });

  it('keep a too-long value’s code and type, and a bad value’s code without the value', async () => {
    const em = orm.em.fork();
    em.create(LinkedOutscaleAccount, {
      organization: em.getReference(Organization, organization.id),
      label: 'x'.repeat(101),
      accountId: '000000000042',
      region: 'cloudgouv-eu-west-1',
      accessKey: ACCESS_KEY,
      secretKeyEncrypted: SECRET,
    });
    const tooLong = safeDatabaseError(await failure(() => em.flush()));
    expect(tooLong).toMatchObject({
      code: '22001',
      message: 'value too long for type character varying(100)',
    });
    expect(JSON.stringify(tooLong)).not.toContain(ACCESS_KEY);

    const connection = orm.em.fork().getConnection();
    const badValue = safeDatabaseError(
      await failure(() => connection.execute('select * from organization where id = ?', [ACCESS_KEY])),
    );
    expect(badValue).toMatchObject({
      code: '22P02',
      message: 'invalid input syntax for type uuid: "?"',
      statement: 'select * from organization where id = ?',
    });
    expect(JSON.stringify(badValue)).not.toContain(ACCESS_KEY);
  });

  it('treat an error straight from pg (pg-boss’s own statements) the same way', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const error = await failure(() => client.query('select $1::uuid', [ACCESS_KEY]));
      expect(String((error as Error).message)).toContain(ACCESS_KEY);
      const safe = safeDatabaseError(error);
      expect(safe).toMatchObject({ code: '22P02', message: 'invalid input syntax for type uuid: "?"' });
      expect(JSON.stringify(safe)).not.toContain(ACCESS_KEY);
    } finally {
      await client.end();
    }
  });

  it('log statements with placeholders, never their values', async () => {
    queries.length = 0;
    const em = orm.em.fork();
    em.create(Organization, { ...fields('123456789099'), accessKey: 'AKANOTHERSECRET00099' });
    await em.flush();
    const logged = queries.join('\n');
    expect(logged).toMatch(/insert into "organization" \(.*\) values \(\$1, \$2, /);
    expect(logged).not.toContain('AKANOTHERSECRET00099');
    expect(logged).not.toContain('123456789099');
  });

  it('shape statements: strings of every quoting and numbers out, names and placeholders in', () => {
    expect(
      statementShape(
        `update "t1" set a = 'it''s', b =  E'\\'x\\'', c = $$raw ' text$$, d = $tag$x$tag$, e = X'00ff', f = 42.5e3 where "x""y" = $1 and g - 1 > 0`,
      ),
    ).toBe(`update "t1" set a = ?, b =  ?, c = ?, d = ?, e = ?, f = ? where "x""y" = $1 and g - ? > ?`);
    expect(statementShape("select 'unterminated, secret")).toBe('select ?');
    expect(safeDatabaseError(new Error('not a database error'))).toBeNull();
  });
});
