import { Migration } from '@mikro-orm/migrations';

export class Migration20261125162146_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "product" add column "search_en" tsvector generated always as (setweight(to_tsvector('english', mp_unaccent(coalesce(name->>'en', ''))), 'A'::"char") || setweight(to_tsvector('english', mp_unaccent(coalesce(short_description->>'en', ''))), 'B'::"char") || setweight(to_tsvector('english', mp_unaccent(coalesce(description->>'en', ''))), 'C'::"char")) stored null, add column "search_fr" tsvector generated always as (setweight(to_tsvector('french', mp_unaccent(coalesce(name->>'fr', ''))), 'A'::"char") || setweight(to_tsvector('french', mp_unaccent(coalesce(short_description->>'fr', ''))), 'B'::"char") || setweight(to_tsvector('french', mp_unaccent(coalesce(description->>'fr', ''))), 'C'::"char")) stored null, add column "search_text" text generated always as (lower(mp_unaccent(coalesce(name->>'en', '') || ' ' || coalesce(name->>'fr', '') || ' ' || coalesce(short_description->>'en', '') || ' ' || coalesce(short_description->>'fr', '') || ' ' || coalesce(description->>'en', '') || ' ' || coalesce(description->>'fr', '')))) stored null;`,
    );
    this.addSql(`create index "product_search_en_index" on "product" using gin ("search_en");`);
    this.addSql(`create index "product_search_fr_index" on "product" using gin ("search_fr");`);
    this.addSql(
      `create index "product_search_text_index" on "product" using gin ("search_text" gin_trgm_ops);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "product_search_en_index";`);
    this.addSql(`drop index "product_search_fr_index";`);
    this.addSql(`drop index "product_search_text_index";`);
    this.addSql(
      `alter table "product" drop column "search_en", drop column "search_fr", drop column "search_text";`,
    );
  }
}
