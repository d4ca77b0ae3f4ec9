import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020309_licence_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "licence_key" ("id" uuid not null, "subscription_id" uuid not null, "version" int not null, "kind" varchar(255) not null, "text_encrypted" text null, "file_id" uuid null, "allocated_by_id" uuid null, "allocated_at" timestamptz not null, constraint "licence_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "licence_key_file_id_index" on "licence_key" ("file_id");`);
    this.addSql(
      `alter table "licence_key" add constraint "licence_key_subscription_version_unique" unique ("subscription_id", "version");`,
    );

    this.addSql(
      `alter table "licence_key" add constraint "licence_key_subscription_id_foreign" foreign key ("subscription_id") references "subscription" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "licence_key" add constraint "licence_key_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete no action;`,
    );
    this.addSql(
      `alter table "licence_key" add constraint "licence_key_allocated_by_id_foreign" foreign key ("allocated_by_id") references "marketplace_account" ("id") on update cascade on delete set null;`,
    );
    // A version is a text or a file, never both, never neither.
    this.addSql(
      `alter table "licence_key" add constraint "licence_key_kind_check" check (("kind" = 'text' and "text_encrypted" is not null and "file_id" is null) or ("kind" = 'file' and "file_id" is not null and "text_encrypted" is null));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "licence_key" cascade;`);
  }
}
