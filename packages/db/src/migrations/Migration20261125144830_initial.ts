import { Migration } from '@mikro-orm/migrations';

export class Migration20261125144830_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organization" ("id" uuid not null, "name" varchar(200) not null, "types" text[] not null, "region" varchar(255) not null, "language" varchar(2) not null, "state" varchar(255) not null default 'pending_validation', "rejection_reason" text null, "outscale_account_id" varchar(12) not null, "outscale_email" varchar(320) not null, "access_key" varchar(64) not null, "secret_key_encrypted" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "validated_at" timestamptz null, constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_outscale_account_id_unique" unique ("outscale_account_id");`,
    );

    this.addSql(
      `create table "marketplace_account" ("id" uuid not null, "organization_id" uuid null, "email" varchar(320) not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "roles" text[] not null, "operator" boolean not null default false, "language" varchar(2) not null, "password_hash" text null, "totp_secret_encrypted" text null, "totp_last_step" bigint null, "eim_user_name" varchar(64) null, "eim_state" varchar(255) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "marketplace_account_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "marketplace_account_organization_id_index" on "marketplace_account" ("organization_id");`,
    );
    this.addSql(
      `alter table "marketplace_account" add constraint "marketplace_account_email_unique" unique ("email");`,
    );

    this.addSql(
      `create table "linked_outscale_account" ("id" uuid not null, "organization_id" uuid not null, "label" varchar(100) not null, "account_id" varchar(12) not null, "region" varchar(255) not null, "access_key" varchar(64) not null, "secret_key_encrypted" text not null, "created_at" timestamptz not null, constraint "linked_outscale_account_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "linked_outscale_account_organization_id_index" on "linked_outscale_account" ("organization_id");`,
    );
    this.addSql(
      `alter table "linked_outscale_account" add constraint "linked_outscale_account_organization_id_account_i_dab7e_unique" unique ("organization_id", "account_id", "region");`,
    );

    this.addSql(
      `create table "session" ("id" varchar(64) not null, "account_id" uuid not null, "expires_at" timestamptz not null, "second_factor_verified" boolean not null default false, "created_at" timestamptz not null, "ip_address" varchar(64) null, "user_agent" varchar(500) null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `alter table "marketplace_account" add constraint "marketplace_account_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "linked_outscale_account" add constraint "linked_outscale_account_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "marketplace_account" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "marketplace_account" drop constraint "marketplace_account_organization_id_foreign";`,
    );

    this.addSql(
      `alter table "linked_outscale_account" drop constraint "linked_outscale_account_organization_id_foreign";`,
    );

    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "marketplace_account" cascade;`);

    this.addSql(`drop table if exists "linked_outscale_account" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);
  }
}
