import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201200827 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stock_movement_cause" drop constraint if exists "stock_movement_cause_event_group_id_unique";`
    )
    this.addSql(
      `alter table if exists "stock_level_snapshot" drop constraint if exists "stock_level_snapshot_inventory_item_id_location_id_unique";`
    )
    this.addSql(
      `alter table if exists "stock_ledger_entry" drop constraint if exists "stock_ledger_entry_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "inventory_threshold" drop constraint if exists "inventory_threshold_inventory_item_id_unique";`
    )
    this.addSql(
      `alter table if exists "inventory_threshold" drop constraint if exists "inventory_threshold_inventory_item_id_location_id_unique";`
    )
    this.addSql(
      `alter table if exists "inventory_alert_setting" drop constraint if exists "inventory_alert_setting_scope_unique";`
    )
    this.addSql(
      `alter table if exists "inventory_alert_delivery" drop constraint if exists "inventory_alert_delivery_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "inventory_alert" drop constraint if exists "inventory_alert_inventory_item_id_scope_key_kind_unique";`
    )
    this.addSql(
      `alter table if exists "back_in_stock_subscription" drop constraint if exists "back_in_stock_subscription_variant_id_sales_channel_id_email_unique";`
    )
    this.addSql(
      `create table if not exists "back_in_stock_subscription" ("id" text not null, "variant_id" text not null, "sales_channel_id" text not null, "customer_id" text null, "email" text not null, "status" text check ("status" in ('waiting', 'notified', 'canceled')) not null default 'waiting', "notified_at" timestamptz null, "canceled_at" timestamptz null, "token_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "back_in_stock_subscription_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_back_in_stock_subscription_deleted_at" ON "back_in_stock_subscription" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_back_in_stock_subscription_variant_id_sales_channel_id_email_unique" ON "back_in_stock_subscription" ("variant_id", "sales_channel_id", "email") WHERE status = 'waiting' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_back_in_stock_subscription_variant_id_status" ON "back_in_stock_subscription" ("variant_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_back_in_stock_subscription_customer_id" ON "back_in_stock_subscription" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "inventory_alert" ("id" text not null, "inventory_item_id" text not null, "location_id" text null, "scope_key" text not null, "kind" text check ("kind" in ('low_stock', 'out_of_stock')) not null, "severity" text check ("severity" in ('warning', 'critical')) not null, "status" text check ("status" in ('open', 'acknowledged', 'resolved')) not null default 'open', "threshold" integer not null, "raised_quantity" numeric not null, "current_quantity" numeric not null, "raised_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_by" text null, "resolved_at" timestamptz null, "resolved_by" text null, "resolution" text check ("resolution" in ('recovered', 'manual')) null, "recovered_at" timestamptz null, "note" text null, "raw_raised_quantity" jsonb not null, "raw_current_quantity" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inventory_alert_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inventory_alert_deleted_at" ON "inventory_alert" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_inventory_alert_inventory_item_id_scope_key_kind_unique" ON "inventory_alert" ("inventory_item_id", "scope_key", "kind") WHERE recovered_at IS NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inventory_alert_status_raised_at" ON "inventory_alert" ("status", "raised_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inventory_alert_inventory_item_id_raised_at" ON "inventory_alert" ("inventory_item_id", "raised_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "inventory_alert_delivery" ("id" text not null, "idempotency_key" text not null, "channel" text check ("channel" in ('feed', 'email', 'webhook')) not null, "subject_type" text check ("subject_type" in ('alert', 'digest', 'back_in_stock')) not null, "subject_id" text not null, "status" text check ("status" in ('pending', 'sent', 'failed')) not null default 'pending', "attempts" integer not null default 0, "last_error" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inventory_alert_delivery_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inventory_alert_delivery_deleted_at" ON "inventory_alert_delivery" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_inventory_alert_delivery_idempotency_key_unique" ON "inventory_alert_delivery" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inventory_alert_delivery_status_channel" ON "inventory_alert_delivery" ("status", "channel") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inventory_alert_delivery_subject_id" ON "inventory_alert_delivery" ("subject_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "inventory_alert_setting" ("id" text not null, "scope" text not null default 'store', "default_threshold" integer not null default 5, "hysteresis" integer not null default 0, "notify_feed" boolean not null default true, "notify_email" text null, "webhook_url" text null, "daily_digest" boolean not null default false, "back_in_stock_mode" text check ("back_in_stock_mode" in ('available', 'all')) not null default 'available', "velocity_window_days" integer not null default 30, "safety_stock_days" integer not null default 7, "default_lead_time_days" integer not null default 14, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inventory_alert_setting_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inventory_alert_setting_deleted_at" ON "inventory_alert_setting" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_inventory_alert_setting_scope_unique" ON "inventory_alert_setting" ("scope") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "inventory_threshold" ("id" text not null, "inventory_item_id" text not null, "location_id" text null, "threshold" integer not null, "safety_stock" integer null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "inventory_threshold_pkey" primary key ("id"), constraint inventory_threshold_non_negative check (threshold >= 0 AND (safety_stock IS NULL OR safety_stock >= 0)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_inventory_threshold_deleted_at" ON "inventory_threshold" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_inventory_threshold_inventory_item_id_location_id_unique" ON "inventory_threshold" ("inventory_item_id", "location_id") WHERE location_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_inventory_threshold_inventory_item_id_unique" ON "inventory_threshold" ("inventory_item_id") WHERE location_id IS NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stock_ledger_entry" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "quantity_before" numeric not null, "quantity_after" numeric not null, "delta" numeric not null, "reason" text check ("reason" in ('order', 'return', 'receipt', 'stocktake', 'manual', 'import', 'other')) not null, "actor" text null, "reference_type" text null, "reference_id" text null, "note" text null, "idempotency_key" text not null, "event_group_id" text null, "raw_quantity_before" jsonb not null, "raw_quantity_after" jsonb not null, "raw_delta" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_ledger_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_ledger_entry_deleted_at" ON "stock_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_ledger_entry_idempotency_key_unique" ON "stock_ledger_entry" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_ledger_entry_inventory_item_id_created_at" ON "stock_ledger_entry" ("inventory_item_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_ledger_entry_location_id_created_at" ON "stock_ledger_entry" ("location_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_ledger_entry_reason_created_at" ON "stock_ledger_entry" ("reason", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_ledger_entry_reference_id" ON "stock_ledger_entry" ("reference_id") WHERE reference_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_ledger_entry_event_group_id" ON "stock_ledger_entry" ("event_group_id") WHERE event_group_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stock_level_snapshot" ("id" text not null, "inventory_item_id" text not null, "location_id" text not null, "stocked_quantity" numeric not null, "raw_stocked_quantity" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_level_snapshot_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_level_snapshot_deleted_at" ON "stock_level_snapshot" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_level_snapshot_inventory_item_id_location_id_unique" ON "stock_level_snapshot" ("inventory_item_id", "location_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stock_movement_cause" ("id" text not null, "event_group_id" text not null, "reason" text check ("reason" in ('order', 'return', 'receipt', 'stocktake', 'manual', 'import', 'other')) not null, "reference_type" text null, "reference_id" text null, "actor" text null, "note" text null, "stock_keys" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_movement_cause_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_movement_cause_deleted_at" ON "stock_movement_cause" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stock_movement_cause_event_group_id_unique" ON "stock_movement_cause" ("event_group_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "back_in_stock_subscription" cascade;`)

    this.addSql(`drop table if exists "inventory_alert" cascade;`)

    this.addSql(`drop table if exists "inventory_alert_delivery" cascade;`)

    this.addSql(`drop table if exists "inventory_alert_setting" cascade;`)

    this.addSql(`drop table if exists "inventory_threshold" cascade;`)

    this.addSql(`drop table if exists "stock_ledger_entry" cascade;`)

    this.addSql(`drop table if exists "stock_level_snapshot" cascade;`)

    this.addSql(`drop table if exists "stock_movement_cause" cascade;`)
  }
}
