import { Migration } from '@mikro-orm/migrations';

export class Migration20261202012800_subscription_lifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "subscription" add column "seller_id" uuid null, add column "key_allocated_at" timestamptz null, add column "contract_holder" varchar(255) not null default 'not_needed', add column "ends_at" timestamptz null, add column "cancelled_at" timestamptz null, add column "cancelled_by_id" uuid null, add column "shared_at" timestamptz null;`,
    );
    // Existing subscriptions: their seller is their product's organization.
    this.addSql(
      `update "subscription" s set "seller_id" = p."organization_id" from "product" p where p."id" = s."product_id";`,
    );
    this.addSql(`alter table "subscription" alter column "seller_id" set not null;`);
    // Private copies (hourly, subscription offers) of live subscriptions were shared when they activated.
    this.addSql(
      `update "subscription" s set "shared_at" = s."updated_at" from "offer" o where o."id" = s."offer_id" and s."state" = 'active' and o."type" in ('hourly', 'subscription');`,
    );
    // Subscription offers had no licence key: they wait for the seller's now, and the lifecycle sweep
    // removes their launch permissions until the key comes (SPEC §7d).
    this.addSql(
      `update "subscription" s set "state" = 'awaiting_key' from "offer" o where o."id" = s."offer_id" and o."type" = 'subscription' and s."state" in ('scheduled', 'active');`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_seller_id_foreign" foreign key ("seller_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "subscription" add constraint "subscription_cancelled_by_id_foreign" foreign key ("cancelled_by_id") references "marketplace_account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create index "subscription_seller_page_index" on "subscription" ("seller_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "subscription_state_activates_index" on "subscription" ("state", "activates_at");`,
    );
    this.addSql(`create index "subscription_state_ends_index" on "subscription" ("state", "ends_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "subscription" drop constraint "subscription_seller_id_foreign";`);
    this.addSql(`alter table "subscription" drop constraint "subscription_cancelled_by_id_foreign";`);

    this.addSql(`drop index "subscription_seller_page_index";`);
    this.addSql(`drop index "subscription_state_activates_index";`);
    this.addSql(`drop index "subscription_state_ends_index";`);
    this.addSql(
      `alter table "subscription" drop column "seller_id", drop column "key_allocated_at", drop column "contract_holder", drop column "ends_at", drop column "cancelled_at", drop column "cancelled_by_id", drop column "shared_at";`,
    );
  }
}
