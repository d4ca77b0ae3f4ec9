import { Migration } from '@mikro-orm/migrations';

export class Migration20261202043651_price_catalogue extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "price_catalogue" ("id" uuid not null, "region" varchar(255) not null, "read_on" varchar(10) not null, "read_at" timestamptz not null, "entries" jsonb not null, "vm_types" jsonb not null, constraint "price_catalogue_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "price_catalogue" add constraint "price_catalogue_region_read_on_unique" unique ("region", "read_on");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "price_catalogue" cascade;`);
  }
}
