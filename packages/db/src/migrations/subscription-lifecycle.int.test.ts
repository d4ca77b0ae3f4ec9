// Subscriptions recorded before the lifecycle migrate: subscription offers wait for their licence key,
// the others keep their state; every one gets its seller; those whose OMIs were shared are marked so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Orm, openOrm } from '../orm.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';

const BEFORE = 'Migration20261201225329_image_ownership_finding';

describe('the subscription lifecycle migration', () => {
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

  it('migrates the states and fills the seller', async () => {
    await orm.getMigrator().up({ to: BEFORE });
    const sql = (query: string) => orm.em.fork().getConnection().execute(query);
    const organization = (id: string, account: string) =>
      sql(
        `insert into organization (id, name, types, region, language, outscale_account_id, outscale_email, access_key, secret_key_encrypted, state, created_at, updated_at) values ('${id}', 'O ${account}', '{buyer,seller}', 'cloudgouv-eu-west-1', 'en', '${account}', 'o${account}@example.com', 'AK${account}', 'v1:x', 'validated', now(), now())`,
      );
    const seller = '00000000-0000-4000-8000-000000000001';
    const buyer = '00000000-0000-4000-8000-000000000002';
    await organization(seller, '111111111111');
    await organization(buyer, '222222222222');
    const product = '00000000-0000-4000-8000-000000000010';
    await sql(
      `insert into product (id, organization_id, kind, state, name, short_description, description, categories, regions, support_contact, recommended_vm_types, screenshot_urls, created_at, updated_at) values ('${product}', '${seller}', 'omi', 'published', '{"en":"P","fr":"P"}', '{"en":"P","fr":"P"}', '{"en":"P","fr":"P"}', '{}', '{cloudgouv-eu-west-1}', 'support', '{}', '{}', now(), now())`,
    );
    const offers = {
      subscription: '00000000-0000-4000-8000-000000000020',
      hourly: '00000000-0000-4000-8000-000000000021',
    };
    for (const [type, id] of Object.entries(offers)) {
      await sql(
        `insert into offer (id, product_id, type, title, terms, position, created_at) values ('${id}', '${product}', '${type}', '{"en":"O","fr":"O"}', '{"type":"${type}"}', 0, now())`,
      );
    }
    const rows = [
      ['00000000-0000-4000-8000-000000000030', offers.subscription, 'active'],
      ['00000000-0000-4000-8000-000000000031', offers.subscription, 'scheduled'],
      ['00000000-0000-4000-8000-000000000032', offers.hourly, 'active'],
      ['00000000-0000-4000-8000-000000000033', offers.subscription, 'ended'],
    ] as const;
    for (const [id, offer, state] of rows) {
      await sql(
        `insert into subscription (id, organization_id, product_id, offer_id, region, outscale_account_ids, state, activates_at, created_at, updated_at) values ('${id}', '${buyer}', '${product}', '${offer}', 'cloudgouv-eu-west-1', '{222222222222}', '${state}', now(), now(), now())`,
      );
    }

    await orm.getMigrator().up();

    const migrated = (await sql(
      'select id, state, seller_id, shared_at is not null as shared from subscription order by id',
    )) as { id: string; state: string; seller_id: string; shared: boolean }[];
    expect(migrated.map((s) => [s.state, s.seller_id, s.shared])).toEqual([
      ['awaiting_key', seller, true],
      ['awaiting_key', seller, false],
      ['active', seller, true],
      ['ended', seller, false],
    ]);
  });
});
