// A write the database refuses, through the API, with the marketplace's own logger writing to memory:
// the log says which statement failed and why (SQLSTATE, constraint), never the values it carried.
import { LinkedOutscaleAccount, Organization } from '@marketplace/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLog } from './log.ts';
import { createMember } from './testing/fixtures.ts';
import { HttpClient, trpcError } from './testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from './testing/marketplace.ts';

// Accounts of the simulator's demo seed (packages/outscale/seed/demo.json).
const ACME_EUW2 = {
  accountId: '300000000001',
  accessKey: 'AKBUYACMEEUW20000000',
  secretKey: 'SK3CD408D83E99A7A28496E0483C8DC06174C618',
};

type Line = { level: number; msg: string; err?: Record<string, unknown> };

describe('the log of a failed write', () => {
  let marketplace: TestMarketplace;
  const written: string[] = [];
  const lines = () => written.map((line) => JSON.parse(line) as Line);

  beforeAll(async () => {
    marketplace = await startTestMarketplace(
      {},
      { log: createLog('info', { write: (line) => written.push(line) }) },
    );
    // The database refuses every new linked account: a write failing the way a bug would make it fail.
    await marketplace.services.orm.em
      .fork()
      .getConnection()
      .execute(
        'alter table linked_outscale_account add constraint refused_in_this_test check (false) not valid',
      );
  });
  afterAll(() => marketplace.stop());

  it('names the SQLSTATE, the constraint and the statement, without the access key', async () => {
    const member = await createMember(marketplace.services.orm);
    const admin = new HttpClient(marketplace.url);
    await admin.mutation('auth.login', { email: member.email, password: member.password });
    written.length = 0;

    const failed = await trpcError(
      admin.mutation('outscaleAccounts.link', { region: 'eu-west-2', label: 'Production', ...ACME_EUW2 }),
    );
    expect(failed.code).toBe('INTERNAL_SERVER_ERROR');

    const logged = lines().find((line) => line.msg === 'procedure failed');
    expect(logged?.err).toMatchObject({
      type: 'CheckConstraintViolationException',
      code: '23514',
      table: 'linked_outscale_account',
      constraint: 'refused_in_this_test',
      message:
        'new row for relation "linked_outscale_account" violates check constraint "refused_in_this_test"',
      statement: expect.stringMatching(/^insert into "linked_outscale_account" \(.*\) values \(\?, \?, /),
    });
    const log = written.join('');
    for (const value of [ACME_EUW2.accessKey, ACME_EUW2.accountId, 'Production', member.organization.id]) {
      expect(log).not.toContain(value);
    }
  });

  it('whichever way the error is logged: as the error, a field, a cause, or its message', async () => {
    const em = marketplace.services.orm.em.fork();
    em.create(LinkedOutscaleAccount, {
      organization: em.getReference(
        Organization,
        (await createMember(marketplace.services.orm)).organization.id,
      ),
      label: 'Direct',
      accountId: ACME_EUW2.accountId,
      region: 'eu-west-2',
      accessKey: ACME_EUW2.accessKey,
      secretKeyEncrypted: 'v1:encrypted-secret-key',
    });
    const error = await em.flush().then(
      () => {
        throw new Error('the write succeeded');
      },
      (failure: unknown) => failure as Error,
    );
    expect(error.message).toContain(ACME_EUW2.accessKey);

    written.length = 0;
    const log = marketplace.services.log;
    log.error(error);
    // As the job queue does.
    log.child({ job: 'a.job' }).warn({ err: error }, 'job failed, will retry if attempts remain');
    // As Fastify's own error handler does: the error's message as the log's message.
    log.error({ err: error }, error.message);
    log.error({ err: new Error(`could not save: ${error.message}`, { cause: error }) });

    expect(lines()).toHaveLength(4);
    for (const line of lines()) {
      expect(line.msg).not.toBe('');
      const cause = (line.err?.cause ?? line.err) as Record<string, unknown>;
      expect(cause).toMatchObject({ code: '23514', constraint: 'refused_in_this_test' });
    }
    expect(lines()[3]?.msg).toBe(
      'could not save: new row for relation "linked_outscale_account" violates check constraint "refused_in_this_test"',
    );
    const text = written.join('');
    expect(text).not.toContain(ACME_EUW2.accessKey);
    expect(text).not.toContain('encrypted-secret-key');
  });
});
