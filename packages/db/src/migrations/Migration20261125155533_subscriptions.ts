import { Migration } from '@mikro-orm/migrations';

export class Migration20261125155533_subscriptions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "subscription" ("id" uuid not null, "organization_id" uuid not null, "product_id" uuid not null, "offer_id" uuid not null, "region" varchar(255) not null, "outscale_account_ids" text[] not null, "state" varchar(255) not null, "subscribed_by_id" uuid null, "activates_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "subscription_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "subscription_organization_id_index" on "subscription" ("organization_id");`);
    this.addSql(`create index "subscription_product_id_index" on "subscription" ("product_id");`);

    this.addSql(
      `alter table "subscription" add constraint "subscription_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_offer_id_foreign" foreign key ("offer_id") references "offer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_subscribed_by_id_foreign" foreign key ("subscribed_by_id") references "marketplace_account" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "subscription" cascade;`);
  }
}
