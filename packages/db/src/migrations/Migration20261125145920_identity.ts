import { Migration } from '@mikro-orm/migrations';

export class Migration20261125145920_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "one_time_token" ("id" uuid not null, "token_hash" varchar(64) not null, "purpose" varchar(255) not null, "account_id" uuid not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, constraint "one_time_token_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "one_time_token_account_id_index" on "one_time_token" ("account_id");`);

    this.addSql(
      `create table "sign_in_throttle" ("key" varchar(120) not null, "failures" int not null default 0, "last_failure_at" timestamptz not null, constraint "sign_in_throttle_pkey" primary key ("key"));`,
    );

    this.addSql(
      `alter table "one_time_token" add constraint "one_time_token_account_id_foreign" foreign key ("account_id") references "marketplace_account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "marketplace_account" add column "totp_pending_secret_encrypted" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "one_time_token" cascade;`);

    this.addSql(`drop table if exists "sign_in_throttle" cascade;`);

    this.addSql(`alter table "marketplace_account" drop column "totp_pending_secret_encrypted";`);
  }
}
