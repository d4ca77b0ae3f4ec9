import { Migration } from '@mikro-orm/migrations';

export class Migration20261202043206_usage extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "metering_cursor" ("outscale_account_id" varchar(12) not null, "region" varchar(255) not null, "last_hour" timestamptz not null, "updated_at" timestamptz not null, constraint "metering_cursor_pkey" primary key ("outscale_account_id", "region"));`,
    );

    this.addSql(
      `create table "usage_record" ("id" uuid not null, "subscription_id" uuid not null, "product_id" uuid not null, "outscale_account_id" varchar(12) not null, "region" varchar(255) not null, "vm_id" varchar(32) not null, "vm_type" varchar(64) not null, "hour" timestamptz not null, "milli_hours" int not null, "recorded_at" timestamptz not null, constraint "usage_record_pkey" primary key ("id"), constraint usage_record_milli_hours_check check (milli_hours >= 1 and milli_hours <= 1000));`,
    );
    this.addSql(
      `create index "usage_record_subscription_hour_index" on "usage_record" ("subscription_id", "hour");`,
    );
    this.addSql(
      `create index "usage_record_account_hour_index" on "usage_record" ("outscale_account_id", "region", "hour");`,
    );
    this.addSql(
      `alter table "usage_record" add constraint "usage_record_vm_product_hour_unique" unique ("vm_id", "product_id", "hour");`,
    );

    this.addSql(
      `alter table "usage_record" add constraint "usage_record_subscription_id_foreign" foreign key ("subscription_id") references "subscription" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "usage_record" add constraint "usage_record_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "metering_cursor" cascade;`);

    this.addSql(`drop table if exists "usage_record" cascade;`);
  }
}
