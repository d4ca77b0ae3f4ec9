// Products published before licence versions get their agreement as version 1, and every subscription
// to them records it as accepted when it subscribed; drafts wait for their first publication.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Orm, openOrm } from '../orm.ts';
import { createTestDatabase, type TestDatabase } from '../testing.ts';

const BEFORE = 'Migration20261202012800_subscription_lifecycle';

describe('the licence versions migration', () => {
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

  it('makes version 1 of each published agreement, accepted by its subscriptions', async () => {
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
    const products = {
      published: '00000000-0000-4000-8000-000000000010',
      draft: '00000000-0000-4000-8000-000000000011',
      withoutLicence: '00000000-0000-4000-8000-000000000012',
    };
    const product = (id: string, state: string, licence: string | null) =>
      sql(
        `insert into product (id, organization_id, kind, state, name, short_description, description, categories, regions, support_contact, licence, recommended_vm_types, screenshot_urls, published_at, created_at, updated_at) values ('${id}', '${seller}', 'managed', '${state}', '{"en":"P","fr":"P"}', '{"en":"P","fr":"P"}', '{"en":"P","fr":"P"}', '{}', '{}', 'support', ${licence ? `'${licence}'` : 'null'}, '{}', '{}', ${state === 'draft' ? 'null' : "'2026-11-01T10:00:00Z'"}, now(), now())`,
      );
    await product(products.published, 'published', 'https://seller.example/licence');
    await product(products.draft, 'draft', 'A draft agreement.');
    await product(products.withoutLicence, 'unpublished', null);
    const subscriptions = [
      ['00000000-0000-4000-8000-000000000030', products.published, 'active', '2026-11-02T08:00:00Z'],
      ['00000000-0000-4000-8000-000000000031', products.published, 'ended', '2026-11-03T08:00:00Z'],
      ['00000000-0000-4000-8000-000000000032', products.withoutLicence, 'active', '2026-11-04T08:00:00Z'],
    ] as const;
    for (const [id, productId, state, at] of subscriptions) {
      const offer = `00000000-0000-4000-8000-0000000001${id.slice(-2)}`;
      await sql(
        `insert into offer (id, product_id, type, title, terms, position, created_at) values ('${offer}', '${productId}', 'free', '{"en":"O","fr":"O"}', '{"type":"free"}', 0, now())`,
      );
      await sql(
        `insert into subscription (id, organization_id, product_id, seller_id, offer_id, region, outscale_account_ids, state, activates_at, created_at, updated_at) values ('${id}', '${buyer}', '${productId}', '${seller}', '${offer}', 'cloudgouv-eu-west-1', '{222222222222}', '${state}', now(), '${at}', now())`,
      );
    }

    await orm.getMigrator().up();

    // Dates as ISO text, whatever the driver makes of timestamptz.
    const versions = (await sql(
      `select product_id, number, licence, to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at, created_by_id, binds_existing_subscribers from licence_version`,
    )) as Record<string, unknown>[];
    expect(versions).toEqual([
      {
        product_id: products.published,
        number: 1,
        licence: 'https://seller.example/licence',
        created_at: '2026-11-01T10:00:00Z',
        created_by_id: null,
        binds_existing_subscribers: false,
      },
    ]);
    const history = (await sql(
      `select sl.subscription_id, v.number, sl.how, to_char(sl.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at from subscription_licence sl join licence_version v on v.id = sl.licence_version_id order by sl.subscription_id`,
    )) as Record<string, unknown>[];
    expect(history).toEqual([
      {
        subscription_id: subscriptions[0][0],
        number: 1,
        how: 'accepted_at_subscription',
        at: subscriptions[0][3],
      },
      {
        subscription_id: subscriptions[1][0],
        number: 1,
        how: 'accepted_at_subscription',
        at: subscriptions[1][3],
      },
    ]);
  });
});
