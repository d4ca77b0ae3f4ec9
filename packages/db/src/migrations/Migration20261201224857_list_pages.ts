import { Migration } from '@mikro-orm/migrations';

export class Migration20261201224857_list_pages extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "organization_page_index" on "organization" ("created_at", "id");`);
    this.addSql(
      `create index "organization_state_page_index" on "organization" ("state", "created_at", "id");`,
    );

    this.addSql(
      `create index "marketplace_account_page_index" on "marketplace_account" ("organization_id", "created_at", "id");`,
    );

    this.addSql(
      `create index "linked_outscale_account_page_index" on "linked_outscale_account" ("organization_id", "created_at", "id");`,
    );

    this.addSql(
      `create index "product_organization_page_index" on "product" ("organization_id", "created_at", "id");`,
    );

    this.addSql(
      `create index "subscription_organization_page_index" on "subscription" ("organization_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "subscription_product_page_index" on "subscription" ("product_id", "created_at", "id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "linked_outscale_account_page_index";`);

    this.addSql(`drop index "marketplace_account_page_index";`);

    this.addSql(`drop index "organization_page_index";`);
    this.addSql(`drop index "organization_state_page_index";`);

    this.addSql(`drop index "product_organization_page_index";`);

    this.addSql(`drop index "subscription_organization_page_index";`);
    this.addSql(`drop index "subscription_product_page_index";`);
  }
}
