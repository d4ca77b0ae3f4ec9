import { Migration } from '@mikro-orm/migrations';

export class Migration20261202014046_licence_versions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "licence_version" ("id" uuid not null, "product_id" uuid not null, "number" int not null, "licence" text not null, "created_at" timestamptz not null, "created_by_id" uuid null, "binds_existing_subscribers" boolean not null default false, constraint "licence_version_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "licence_version" add constraint "licence_version_product_number_unique" unique ("product_id", "number");`,
    );

    this.addSql(
      `create table "subscription_licence" ("id" uuid not null, "subscription_id" uuid not null, "licence_version_id" uuid not null, "how" varchar(32) not null, "at" timestamptz not null, constraint "subscription_licence_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "subscription_licence_licence_version_id_index" on "subscription_licence" ("licence_version_id");`,
    );
    this.addSql(
      `alter table "subscription_licence" add constraint "subscription_licence_subscription_version_unique" unique ("subscription_id", "licence_version_id");`,
    );

    this.addSql(
      `alter table "licence_version" add constraint "licence_version_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "licence_version" add constraint "licence_version_created_by_id_foreign" foreign key ("created_by_id") references "marketplace_account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "subscription_licence" add constraint "subscription_licence_subscription_id_foreign" foreign key ("subscription_id") references "subscription" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "subscription_licence" add constraint "subscription_licence_licence_version_id_foreign" foreign key ("licence_version_id") references "licence_version" ("id") on update cascade on delete cascade;`,
    );

    // Every product published with an agreement has its version 1, from its first publication (a
    // draft's agreement becomes version 1 when the draft is first published, as for new drafts).
    this.addSql(
      `insert into "licence_version" ("id", "product_id", "number", "licence", "created_at", "created_by_id", "binds_existing_subscribers") select gen_random_uuid(), p."id", 1, p."licence", coalesce(p."published_at", p."updated_at"), null, false from "product" p where p."state" <> 'draft' and btrim(coalesce(p."licence", '')) <> '';`,
    );
    // Every subscription of such a product accepted it when subscribing (subscribing required it).
    this.addSql(
      `insert into "subscription_licence" ("id", "subscription_id", "licence_version_id", "how", "at") select gen_random_uuid(), s."id", v."id", 'accepted_at_subscription', s."created_at" from "subscription" s join "licence_version" v on v."product_id" = s."product_id" and v."number" = 1;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "subscription_licence" drop constraint "subscription_licence_licence_version_id_foreign";`,
    );

    this.addSql(`drop table if exists "licence_version" cascade;`);

    this.addSql(`drop table if exists "subscription_licence" cascade;`);
  }
}
