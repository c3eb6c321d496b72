import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201184743 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "supplier_item" drop constraint if exists "supplier_item_supplier_id_inventory_item_id_unique";`
    )
    this.addSql(
      `alter table if exists "purchase_order_receipt" drop constraint if exists "purchase_order_receipt_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "purchase_order_line" drop constraint if exists "purchase_order_line_purchase_order_id_inventory_item_id_unique";`
    )
    this.addSql(
      `alter table if exists "purchase_order" drop constraint if exists "purchase_order_display_number_unique";`
    )
    this.addSql(
      `create table if not exists "purchase_order" ("id" text not null, "display_number" serial, "supplier_id" text not null, "location_id" text not null, "status" text check ("status" in ('draft', 'ordered', 'partially_received', 'received', 'canceled')) not null default 'draft', "currency_code" text not null, "ordered_at" timestamptz null, "expected_at" timestamptz null, "received_at" timestamptz null, "canceled_at" timestamptz null, "created_by" text null, "notes" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_order_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_order_deleted_at" ON "purchase_order" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_order_display_number_unique" ON "purchase_order" ("display_number") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_order_supplier_id" ON "purchase_order" ("supplier_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_order_status_created_at" ON "purchase_order" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "purchase_order_line" ("id" text not null, "purchase_order_id" text not null, "inventory_item_id" text not null, "quantity_ordered" integer not null, "quantity_received" integer not null default 0, "unit_cost" numeric not null, "raw_unit_cost" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_order_line_pkey" primary key ("id"), constraint purchase_order_line_quantities_valid check (quantity_ordered > 0 AND quantity_received >= 0), constraint purchase_order_line_unit_cost_valid check (unit_cost >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_order_line_purchase_order_id" ON "purchase_order_line" ("purchase_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_order_line_deleted_at" ON "purchase_order_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_order_line_purchase_order_id_inventory_item_id_unique" ON "purchase_order_line" ("purchase_order_id", "inventory_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_order_line_inventory_item_id" ON "purchase_order_line" ("inventory_item_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "purchase_order_receipt" ("id" text not null, "purchase_order_id" text not null, "idempotency_key" text not null, "lines" jsonb not null, "received_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "purchase_order_receipt_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_order_receipt_purchase_order_id" ON "purchase_order_receipt" ("purchase_order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_purchase_order_receipt_deleted_at" ON "purchase_order_receipt" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_purchase_order_receipt_idempotency_key_unique" ON "purchase_order_receipt" ("idempotency_key") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "supplier" ("id" text not null, "name" text not null, "contact_name" text null, "email" text null, "phone" text null, "lead_time_days" integer not null default 14, "minimum_order_quantity" integer not null default 0, "currency_code" text not null, "notes" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_pkey" primary key ("id"), constraint supplier_lead_time_days_valid check (lead_time_days >= 0), constraint supplier_minimum_order_quantity_valid check (minimum_order_quantity >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_supplier_deleted_at" ON "supplier" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "supplier_item" ("id" text not null, "supplier_id" text not null, "inventory_item_id" text not null, "supplier_sku" text null, "cost_price" numeric not null, "currency_code" text not null, "is_preferred" boolean not null default false, "raw_cost_price" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "supplier_item_pkey" primary key ("id"), constraint supplier_item_cost_price_valid check (cost_price >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_supplier_item_supplier_id" ON "supplier_item" ("supplier_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_supplier_item_deleted_at" ON "supplier_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_supplier_item_supplier_id_inventory_item_id_unique" ON "supplier_item" ("supplier_id", "inventory_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_supplier_item_inventory_item_id" ON "supplier_item" ("inventory_item_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "purchase_order_line" add constraint "purchase_order_line_purchase_order_id_foreign" foreign key ("purchase_order_id") references "purchase_order" ("id") on update cascade on delete cascade;`
    )

    this.addSql(
      `alter table if exists "purchase_order_receipt" add constraint "purchase_order_receipt_purchase_order_id_foreign" foreign key ("purchase_order_id") references "purchase_order" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "supplier_item" add constraint "supplier_item_supplier_id_foreign" foreign key ("supplier_id") references "supplier" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "purchase_order_line" drop constraint if exists "purchase_order_line_purchase_order_id_foreign";`
    )

    this.addSql(
      `alter table if exists "purchase_order_receipt" drop constraint if exists "purchase_order_receipt_purchase_order_id_foreign";`
    )

    this.addSql(`alter table if exists "supplier_item" drop constraint if exists "supplier_item_supplier_id_foreign";`)

    this.addSql(`drop table if exists "purchase_order" cascade;`)

    this.addSql(`drop table if exists "purchase_order_line" cascade;`)

    this.addSql(`drop table if exists "purchase_order_receipt" cascade;`)

    this.addSql(`drop table if exists "supplier" cascade;`)

    this.addSql(`drop table if exists "supplier_item" cascade;`)
  }
}
