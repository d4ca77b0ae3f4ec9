import { Migration } from '@mikro-orm/migrations';

export class Migration20261202012941_activation_procedure extends Migration {
  override async up(): Promise<void> {
    // Existing products have none yet (null): a published subscription product stays published; its
    // seller's form shows the section to be completed.
    this.addSql(`alter table "product" add column "activation_procedure" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product" drop column "activation_procedure";`);
  }
}
