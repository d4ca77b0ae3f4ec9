import { Migration } from '@mikro-orm/migrations';

export class Migration20261125172508_files_and_prices extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "stored_file" ("id" uuid not null, "organization_id" uuid not null, "purpose" varchar(255) not null, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "content" bytea not null, "created_at" timestamptz not null, constraint "stored_file_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "stored_file_organization_id_index" on "stored_file" ("organization_id");`);

    this.addSql(
      `alter table "stored_file" add constraint "stored_file_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "subscription" add column "price" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`alter table "subscription" drop column "price";`);
  }
}
