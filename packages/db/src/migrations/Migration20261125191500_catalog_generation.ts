import { Migration } from '@mikro-orm/migrations';

// Written by hand (the table matches the CatalogGeneration entity): statement-level triggers bump the
// catalog's generation in every transaction that changes what the public catalog shows, so caches of
// search results know, in the same snapshot as the data, whether they are still right.
const WATCHED: [table: string, events: string][] = [
  ['product', 'insert or delete or update'],
  ['offer', 'insert or delete or update'],
  ['version', 'insert or delete or update of state, name, published_at'],
  ['image_copy', 'insert or delete or update of state, image_id, region'],
  ['showcase', 'insert or delete or update'],
  ['organization', 'update of name'],
];

export class Migration20261125191500_catalog_generation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "catalog_generation" ("id" int not null, "n" bigint not null default 0, constraint "catalog_generation_pkey" primary key ("id"));`,
    );
    this.addSql(`insert into "catalog_generation" ("id", "n") values (1, 0);`);
    this.addSql(
      `create or replace function mp_catalog_changed() returns trigger language plpgsql as $$ begin update catalog_generation set n = n + 1 where id = 1; return null; end $$;`,
    );
    for (const [table, events] of WATCHED) {
      this.addSql(
        `create trigger ${table}_catalog_changed after ${events} on "${table}" for each statement execute function mp_catalog_changed();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const [table] of WATCHED)
      this.addSql(`drop trigger if exists ${table}_catalog_changed on "${table}";`);
    this.addSql('drop function if exists mp_catalog_changed();');
    this.addSql('drop table if exists "catalog_generation";');
  }
}
