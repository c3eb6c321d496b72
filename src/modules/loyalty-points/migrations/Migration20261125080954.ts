import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261125080954 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "loyalty_rule" drop constraint if exists "loyalty_rule_currency_code_unique";`)
    this.addSql(
      `alter table if exists "loyalty_reservation" drop constraint if exists "loyalty_reservation_cart_id_unique";`
    )
    this.addSql(
      `alter table if exists "loyalty_entry" drop constraint if exists "loyalty_entry_kind_source_source_id_unique";`
    )
    this.addSql(
      `alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_customer_id_unique";`
    )
    this.addSql(
      `alter table if exists "coupon_redemption" drop constraint if exists "coupon_redemption_code_id_cart_id_unique";`
    )
    this.addSql(`alter table if exists "coupon_code" drop constraint if exists "coupon_code_code_unique";`)
    this.addSql(
      `create table if not exists "coupon_batch" ("id" text not null, "name" text not null, "promotion_id" text not null, "promotion_code" text not null, "prefix" text null, "count" integer not null, "generated_count" integer not null default 0, "status" text check ("status" in ('generating', 'ready', 'failed')) not null default 'generating', "single_use" boolean not null default true, "once_per_customer" boolean not null default false, "expires_at" timestamptz null, "customer_group_id" text null, "exchange_points" integer null, "created_by" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coupon_batch_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_batch_deleted_at" ON "coupon_batch" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_batch_promotion_id" ON "coupon_batch" ("promotion_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "coupon_code" ("id" text not null, "batch_id" text not null, "code" text not null, "status" text check ("status" in ('unused', 'applied', 'redeemed', 'revoked')) not null default 'unused', "customer_id" text null, "cart_id" text null, "order_id" text null, "applied_at" timestamptz null, "redeemed_at" timestamptz null, "revoked_at" timestamptz null, "expires_at" timestamptz null, "redemption_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coupon_code_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_code_deleted_at" ON "coupon_code" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coupon_code_code_unique" ON "coupon_code" ("code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_code_batch_id_status" ON "coupon_code" ("batch_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_code_cart_id" ON "coupon_code" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_code_customer_id" ON "coupon_code" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "coupon_redemption" ("id" text not null, "code_id" text not null, "batch_id" text not null, "cart_id" text not null, "order_id" text null, "customer_id" text null, "email" text null, "status" text check ("status" in ('applied', 'redeemed', 'released')) not null default 'applied', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coupon_redemption_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_redemption_deleted_at" ON "coupon_redemption" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coupon_redemption_code_id_cart_id_unique" ON "coupon_redemption" ("code_id", "cart_id") WHERE status <> 'released' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_redemption_cart_id_status" ON "coupon_redemption" ("cart_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_redemption_batch_id_customer_id" ON "coupon_redemption" ("batch_id", "customer_id") WHERE status = 'redeemed' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_coupon_redemption_batch_id_email" ON "coupon_redemption" ("batch_id", "email") WHERE status = 'redeemed' AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_account" ("id" text not null, "customer_id" text not null, "points_available" integer not null default 0, "points_pending" integer not null default 0, "points_debt" integer not null default 0, "points_reserved" integer not null default 0, "lifetime_earned" integer not null default 0, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_account_pkey" primary key ("id"), constraint loyalty_account_balances_non_negative check (points_available >= 0 AND points_pending >= 0 AND points_debt >= 0 AND points_reserved >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_deleted_at" ON "loyalty_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_account_customer_id_unique" ON "loyalty_account" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_entry" ("id" text not null, "account_id" text not null, "customer_id" text not null, "kind" text check ("kind" in ('earn', 'redeem', 'expire', 'reverse', 'adjust')) not null, "points" integer not null, "source" text not null, "source_id" text not null, "order_id" text null, "actor" text null, "reason" text null, "amount" numeric null, "currency_code" text null, "lot_status" text check ("lot_status" in ('pending', 'available', 'spent')) null, "remaining" integer not null default 0, "available_at" timestamptz null, "expires_at" timestamptz null, "metadata" jsonb null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_entry_pkey" primary key ("id"), constraint loyalty_entry_remaining_valid check (remaining >= 0 AND remaining <= GREATEST(points, 0)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_deleted_at" ON "loyalty_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_entry_kind_source_source_id_unique" ON "loyalty_entry" ("kind", "source", "source_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_account_id_created_at" ON "loyalty_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_order_id" ON "loyalty_entry" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_lot_status_expires_at" ON "loyalty_entry" ("lot_status", "expires_at") WHERE remaining > 0 AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_reservation" ("id" text not null, "cart_id" text not null, "customer_id" text not null, "points" integer not null, "amount" numeric not null, "currency_code" text not null, "promotion_id" text null, "promotion_code" text not null, "status" text check ("status" in ('active', 'consumed', 'released')) not null default 'active', "order_id" text null, "released_reason" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_reservation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_reservation_deleted_at" ON "loyalty_reservation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_reservation_cart_id_unique" ON "loyalty_reservation" ("cart_id") WHERE status = 'active' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_reservation_customer_id_status" ON "loyalty_reservation" ("customer_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_reservation_status_created_at" ON "loyalty_reservation" ("status", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "loyalty_rule" ("id" text not null, "currency_code" text not null, "is_active" boolean not null default true, "points_per_unit" numeric not null default 1, "rounding" text check ("rounding" in ('floor', 'round', 'ceil')) not null default 'floor', "include_tax" boolean not null default false, "include_shipping" boolean not null default false, "points_per_currency_unit" integer not null default 100, "min_redemption" integer not null default 0, "max_redemption_share" numeric not null default 0.5, "expiry_months" integer null, "pending_days" integer not null default 0, "welcome_points" integer not null default 0, "tiers" jsonb null, "raw_points_per_unit" jsonb not null default '{"value":"1","precision":20}', "raw_max_redemption_share" jsonb not null default '{"value":"0.5","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_rule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_rule_deleted_at" ON "loyalty_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_rule_currency_code_unique" ON "loyalty_rule" ("currency_code") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "coupon_batch" cascade;`)

    this.addSql(`drop table if exists "coupon_code" cascade;`)

    this.addSql(`drop table if exists "coupon_redemption" cascade;`)

    this.addSql(`drop table if exists "loyalty_account" cascade;`)

    this.addSql(`drop table if exists "loyalty_entry" cascade;`)

    this.addSql(`drop table if exists "loyalty_reservation" cascade;`)

    this.addSql(`drop table if exists "loyalty_rule" cascade;`)
  }
}
