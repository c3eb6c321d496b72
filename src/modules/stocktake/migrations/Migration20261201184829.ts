import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201184829 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stocktake_line" drop constraint if exists "stocktake_line_stocktake_id_inventory_item_id_unique";`
    )
    this.addSql(
      `create table if not exists "stocktake" ("id" text not null, "location_id" text not null, "name" text null, "notes" text null, "status" text check ("status" in ('counting', 'approved', 'canceled')) not null default 'counting', "scope" text check ("scope" in ('all', 'subset')) not null default 'all', "created_by" text null, "approved_by" text null, "approved_at" timestamptz null, "canceled_by" text null, "canceled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stocktake_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stocktake_deleted_at" ON "stocktake" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stocktake_location_id_status" ON "stocktake" ("location_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stocktake_status_created_at" ON "stocktake" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stocktake_line" ("id" text not null, "stocktake_id" text not null, "inventory_item_id" text not null, "sku" text null, "title" text null, "expected_quantity" integer not null, "counted_quantity" integer null, "counted_at" timestamptz null, "counted_by" text null, "unit_cost" numeric null, "currency_code" text null, "applied_delta" integer null, "raw_unit_cost" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stocktake_line_pkey" primary key ("id"), constraint stocktake_line_counted_valid check (counted_quantity IS NULL OR counted_quantity >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stocktake_line_stocktake_id" ON "stocktake_line" ("stocktake_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stocktake_line_deleted_at" ON "stocktake_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stocktake_line_stocktake_id_inventory_item_id_unique" ON "stocktake_line" ("stocktake_id", "inventory_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stocktake_line_stocktake_id_sku" ON "stocktake_line" ("stocktake_id", "sku") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stocktake_line_inventory_item_id" ON "stocktake_line" ("inventory_item_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "stocktake_line" add constraint "stocktake_line_stocktake_id_foreign" foreign key ("stocktake_id") references "stocktake" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stocktake_line" drop constraint if exists "stocktake_line_stocktake_id_foreign";`
    )

    this.addSql(`drop table if exists "stocktake" cascade;`)

    this.addSql(`drop table if exists "stocktake_line" cascade;`)
  }
}
