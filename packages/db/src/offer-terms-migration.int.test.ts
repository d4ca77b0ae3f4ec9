// Existing products and offers migrate: free-text categories become slugs, and offers buyers have seen
// keep what publication now asks of them (migration offer_terms_and_categories).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Offer, Product } from './entities/index.ts';
import { type Orm, openOrm } from './orm.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

const MIGRATION = 'Migration20261202013339_offer_terms_and_categories';

describe('the offer terms and categories migration', () => {
  let database: TestDatabase;
  let orm: Orm;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await openOrm({ url: database.url });
    const migrator = orm.getMigrator();
    const all = (await migrator.getPendingMigrations()).map((m) => m.name);
    const before = all[all.indexOf(MIGRATION) - 1];
    await migrator.up({ to: before });

    const sql = orm.em.getConnection();
    const [org] = await sql.execute<{ id: string }[]>(
      `insert into organization (id, name, types, region, language, state, outscale_account_id, outscale_email, access_key, secret_key_encrypted, created_at, updated_at)
       values (gen_random_uuid(), 'Seller', '{seller}', 'cloudgouv-eu-west-1', 'en', 'validated', '123456789012', 'a@b.example', 'AK', 'v1:x', now(), now()) returning id`,
    );
    const product = async (name: string, state: string, categories: string[], recommended: string[] = []) => {
      const [row] = await sql.execute<{ id: string }[]>(
        `insert into product (id, organization_id, kind, state, name, short_description, description, categories, regions, support_contact, recommended_vm_types, screenshot_urls, created_at, updated_at)
         values (gen_random_uuid(), ?, 'omi', ?, ?, '{"en": "A short text", "fr": "Un texte court"}', '{"en": "", "fr": ""}',
           array(select jsonb_array_elements_text(?::jsonb)), '{cloudgouv-eu-west-1}', 's',
           array(select jsonb_array_elements_text(?::jsonb)), '{}', now(), now()) returning id`,
        [
          org?.id,
          state,
          JSON.stringify({ en: name, fr: name }),
          JSON.stringify(categories),
          JSON.stringify(recommended),
        ],
      );
      return row?.id ?? '';
    };
    const offer = async (productId: string, terms: object) => {
      const [row] = await sql.execute<{ id: string }[]>(
        `insert into offer (id, product_id, type, title, terms, position, created_at)
         values (gen_random_uuid(), ?, ?, '{"en": "Offer", "fr": "Offre"}', ?, 0, now()) returning id`,
        [productId, (terms as { type: string }).type, JSON.stringify(terms)],
      );
      return row?.id ?? '';
    };
    ids.published = await product(
      'Published',
      'published',
      ['Sécurité', 'security', 'Bases de données'],
      ['tinav6.c8r16p1'],
    );
    ids.hourlyOffer = await offer(ids.published, {
      type: 'hourly',
      prices: [
        { vmType: 'tinav6.c4r8p2', onDemandPerHour: { amount: 12, currency: 'EUR' } },
        { vmType: 'tinav6.c99r99p9', onDemandPerHour: { amount: 99, currency: 'EUR' } },
      ],
    });
    ids.unknown = await product('Unknown words', 'unpublished', ['Stuff', 'Things']);
    ids.freeOffer = await offer(ids.unknown, { type: 'free' });
    ids.draft = await product('Draft', 'draft', [
      'OPERATING-SYSTEMS',
      'Stuff',
      'Systèmes d’exploitation',
      'DevOps',
    ]);
    ids.draftOffer = await offer(ids.draft, { type: 'free' });
    ids.none = await product('None', 'draft', []);

    await migrator.up();
  });
  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  it('maps known words, English or French, accents and case ignored, to slugs; drops unknown ones', async () => {
    const em = orm.em.fork();
    const categories = async (id: string | undefined) => (await em.findOneOrFail(Product, { id })).categories;
    expect(await categories(ids.published)).toEqual(['security', 'databases']);
    expect(await categories(ids.draft)).toEqual(['operating-systems', 'development-tools']);
    // Nothing known: `other`, so the product is still in a category; none stays none.
    expect(await categories(ids.unknown)).toEqual(['other']);
    expect(await categories(ids.none)).toEqual([]);
  });

  it('gives offers buyers have seen a description and recommended VMs; drafts stay as they were', async () => {
    const em = orm.em.fork();
    const hourly = await em.findOneOrFail(Offer, { id: ids.hourlyOffer });
    expect(hourly.target).toBe('all');
    expect(hourly.description).toEqual({ en: 'A short text', fr: 'Un texte court' });
    // Its valid VM types, then the product's recommended ones; tinav6.c99r99p9 is no OUTSCALE VM.
    expect(hourly.recommendedVms).toEqual([
      { cpuGeneration: 'v6', vCpus: 4, memoryGiB: 8, performance: 'high' },
      { cpuGeneration: 'v6', vCpus: 8, memoryGiB: 16, performance: 'highest' },
    ]);
    const free = await em.findOneOrFail(Offer, { id: ids.freeOffer });
    expect(free.recommendedVms).toEqual([
      { cpuGeneration: 'v6', vCpus: 2, memoryGiB: 4, performance: 'high' },
    ]);
    const draft = await em.findOneOrFail(Offer, { id: ids.draftOffer });
    expect(draft).toMatchObject({ target: 'all', description: { en: '', fr: '' }, recommendedVms: [] });
  });
});
