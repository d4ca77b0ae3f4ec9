import { Migration } from '@mikro-orm/migrations';

export class Migration20261125154024_catalog extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "product" ("id" uuid not null, "organization_id" uuid not null, "kind" varchar(255) not null, "state" varchar(255) not null default 'draft', "name" jsonb not null, "short_description" jsonb not null, "description" jsonb not null, "categories" text[] not null, "regions" text[] not null, "support_contact" varchar(500) not null, "documentation_url" varchar(2000) null, "external_url" varchar(2000) null, "licence" text null, "deployment_template" text null, "operating_system" varchar(100) null, "architecture" varchar(20) null, "recommended_vm_types" text[] not null, "logo_url" varchar(2000) null, "screenshot_urls" text[] not null, "product_code" varchar(64) null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "product_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "product_organization_id_index" on "product" ("organization_id");`);

    this.addSql(
      `create table "offer" ("id" uuid not null, "product_id" uuid not null, "type" varchar(255) not null, "title" jsonb not null, "terms" jsonb not null, "position" int not null default 0, "created_at" timestamptz not null, constraint "offer_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "offer_product_id_index" on "offer" ("product_id");`);

    this.addSql(
      `create table "showcase" ("id" uuid not null, "organization_id" uuid not null, "company_name" varchar(200) not null, "logo_url" varchar(2000) null, "short_description" jsonb not null, "description" jsonb not null, "website" varchar(2000) null, "contact_email" varchar(320) not null, "support_contact" varchar(500) not null, "published_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "showcase_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "showcase" add constraint "showcase_organization_id_unique" unique ("organization_id");`,
    );

    this.addSql(
      `create table "version" ("id" uuid not null, "product_id" uuid not null, "name" varchar(100) not null, "release_notes" jsonb not null, "sources" jsonb not null, "state" varchar(255) not null default 'draft', "published_at" timestamptz null, "unpublished_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "version_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "version_product_id_index" on "version" ("product_id");`);
    this.addSql(
      `alter table "version" add constraint "version_product_id_name_unique" unique ("product_id", "name");`,
    );

    this.addSql(
      `create table "image_copy" ("id" uuid not null, "version_id" uuid not null, "region" varchar(255) not null, "source_image_id" varchar(32) not null, "image_id" varchar(32) null, "state" varchar(255) not null default 'pending', "progress" int not null default 0, "visibility" varchar(255) not null, "error" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "image_copy_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "image_copy_version_id_index" on "image_copy" ("version_id");`);
    this.addSql(
      `alter table "image_copy" add constraint "image_copy_version_id_region_unique" unique ("version_id", "region");`,
    );

    this.addSql(
      `alter table "product" add constraint "product_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "offer" add constraint "offer_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "showcase" add constraint "showcase_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "version" add constraint "version_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "image_copy" add constraint "image_copy_version_id_foreign" foreign key ("version_id") references "version" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "offer" drop constraint "offer_product_id_foreign";`);

    this.addSql(`alter table "version" drop constraint "version_product_id_foreign";`);

    this.addSql(`alter table "image_copy" drop constraint "image_copy_version_id_foreign";`);

    this.addSql(`drop table if exists "product" cascade;`);

    this.addSql(`drop table if exists "offer" cascade;`);

    this.addSql(`drop table if exists "showcase" cascade;`);

    this.addSql(`drop table if exists "version" cascade;`);

    this.addSql(`drop table if exists "image_copy" cascade;`);
  }
}
