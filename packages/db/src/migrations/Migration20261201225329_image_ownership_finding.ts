import { Migration } from '@mikro-orm/migrations';

export class Migration20261201225329_image_ownership_finding extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "image_ownership_finding" ("id" uuid not null, "version_id" uuid not null, "product_id" uuid not null, "organization_id" uuid not null, "region" varchar(255) not null, "image_id" varchar(32) not null, "reason" varchar(255) not null, "owner_id" varchar(12) null, "found_at" timestamptz not null, constraint "image_ownership_finding_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "image_ownership_finding_version_id_index" on "image_ownership_finding" ("version_id");`,
    );
    this.addSql(
      `create index "image_ownership_finding_product_id_index" on "image_ownership_finding" ("product_id");`,
    );
    this.addSql(
      `create index "image_ownership_finding_organization_id_index" on "image_ownership_finding" ("organization_id");`,
    );
    this.addSql(
      `create index "image_ownership_finding_found_at_index" on "image_ownership_finding" ("found_at");`,
    );
    this.addSql(
      `alter table "image_ownership_finding" add constraint "image_ownership_finding_version_id_region_image_id_unique" unique ("version_id", "region", "image_id");`,
    );

    this.addSql(
      `alter table "image_ownership_finding" add constraint "image_ownership_finding_version_id_foreign" foreign key ("version_id") references "version" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "image_ownership_finding" add constraint "image_ownership_finding_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "image_ownership_finding" add constraint "image_ownership_finding_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "image_ownership_finding" cascade;`);
  }
}
