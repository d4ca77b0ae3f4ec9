import { Migration } from '@mikro-orm/migrations';

// Written by hand: what the catalog's search needs from PostgreSQL before the generated columns that
// use it. `unaccent` is only STABLE; the wrapper pins its dictionary so it can be IMMUTABLE, as
// generated columns and indexes require. On a managed PostgreSQL, both extensions must be allowed.
export class Migration20261125162000_search_functions extends Migration {
  override async up(): Promise<void> {
    this.addSql('create extension if not exists unaccent;');
    this.addSql('create extension if not exists pg_trgm;');
    this.addSql(
      `create or replace function mp_unaccent(text) returns text language sql immutable parallel safe strict as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists mp_unaccent(text);');
  }
}
