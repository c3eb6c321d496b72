import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201184504 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stock_movement_cause" add column if not exists "note" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stock_movement_cause" drop column if exists "note";`);
  }

}
