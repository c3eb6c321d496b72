import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201211757 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "analytics_settings" drop constraint if exists "analytics_settings_scope_unique";`);
    this.addSql(`alter table if exists "analytics_refund_fact" drop constraint if exists "analytics_refund_fact_refund_id_unique";`);
    this.addSql(`alter table if exists "analytics_promotion_fact" drop constraint if exists "analytics_promotion_fact_order_id_promotion_id_unique";`);
    this.addSql(`alter table if exists "analytics_order_fact" drop constraint if exists "analytics_order_fact_order_id_unique";`);
    this.addSql(`alter table if exists "analytics_line_fact" drop constraint if exists "analytics_line_fact_line_item_id_unique";`);
    this.addSql(`alter table if exists "analytics_daily_variant" drop constraint if exists "analytics_daily_variant_day_variant_id_currency_code_unique";`);
    this.addSql(`alter table if exists "analytics_daily_sales" drop constraint if exists "analytics_daily_sales_day_currency_code_region_id_sales_channel_id_unique";`);
    this.addSql(`alter table if exists "analytics_customer_segment" drop constraint if exists "analytics_customer_segment_customer_id_unique";`);
    this.addSql(`alter table if exists "analytics_customer_fact" drop constraint if exists "analytics_customer_fact_customer_id_currency_code_unique";`);
    this.addSql(`alter table if exists "analytics_currency_rate" drop constraint if exists "analytics_currency_rate_currency_code_base_currency_code_valid_from_unique";`);
    this.addSql(`alter table if exists "analytics_co_purchase" drop constraint if exists "analytics_co_purchase_product_id_other_product_id_unique";`);
    this.addSql(`alter table if exists "analytics_capture_fact" drop constraint if exists "analytics_capture_fact_capture_id_unique";`);
    this.addSql(`create table if not exists "analytics_capture_fact" ("id" text not null, "capture_id" text not null, "order_id" text not null, "payment_id" text not null, "currency_code" text not null, "region_id" text not null default '', "sales_channel_id" text not null default '', "amount" numeric not null, "captured_at" timestamptz not null, "day" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_capture_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_capture_fact_deleted_at" ON "analytics_capture_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_capture_fact_capture_id_unique" ON "analytics_capture_fact" ("capture_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_capture_fact_order_id" ON "analytics_capture_fact" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_capture_fact_day_currency_code_region_id_sales_channel_id" ON "analytics_capture_fact" ("day", "currency_code", "region_id", "sales_channel_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_co_purchase" ("id" text not null, "product_id" text not null, "other_product_id" text not null, "orders_count" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_co_purchase_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_co_purchase_deleted_at" ON "analytics_co_purchase" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_co_purchase_product_id_other_product_id_unique" ON "analytics_co_purchase" ("product_id", "other_product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_currency_rate" ("id" text not null, "currency_code" text not null, "base_currency_code" text not null, "rate" numeric not null, "valid_from" text not null, "raw_rate" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_currency_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_currency_rate_deleted_at" ON "analytics_currency_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_currency_rate_currency_code_base_currency_code_valid_from_unique" ON "analytics_currency_rate" ("currency_code", "base_currency_code", "valid_from") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_customer_fact" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "first_order_at" timestamptz not null, "last_order_at" timestamptz not null, "orders_count" integer not null default 0, "net_total" numeric not null, "raw_net_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_customer_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_customer_fact_deleted_at" ON "analytics_customer_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_customer_fact_customer_id_currency_code_unique" ON "analytics_customer_fact" ("customer_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_customer_segment" ("id" text not null, "customer_id" text not null, "recency_days" integer not null, "frequency" integer not null, "monetary" numeric not null, "monetary_currency_code" text not null, "r_score" integer not null, "f_score" integer not null, "m_score" integer not null, "segment" text check ("segment" in ('champions', 'loyal', 'potential_loyalist', 'new', 'promising', 'needs_attention', 'at_risk', 'cant_lose', 'hibernating', 'lost')) not null, "computed_at" timestamptz not null, "raw_monetary" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_customer_segment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_customer_segment_deleted_at" ON "analytics_customer_segment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_customer_segment_customer_id_unique" ON "analytics_customer_segment" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_customer_segment_segment" ON "analytics_customer_segment" ("segment") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_daily_sales" ("id" text not null, "day" text not null, "currency_code" text not null, "region_id" text not null default '', "sales_channel_id" text not null default '', "orders" integer not null default 0, "canceled_orders" integer not null default 0, "captured_orders" integer not null default 0, "units" integer not null default 0, "returned_units" integer not null default 0, "gross_sales" numeric not null, "discounts" numeric not null, "refunds" numeric not null, "canceled_refunds" numeric not null, "net_sales" numeric not null, "tax" numeric not null, "shipping" numeric not null, "total" numeric not null, "captured" numeric not null, "new_customers" integer not null default 0, "raw_gross_sales" jsonb not null, "raw_discounts" jsonb not null, "raw_refunds" jsonb not null, "raw_canceled_refunds" jsonb not null, "raw_net_sales" jsonb not null, "raw_tax" jsonb not null, "raw_shipping" jsonb not null, "raw_total" jsonb not null, "raw_captured" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_daily_sales_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_daily_sales_deleted_at" ON "analytics_daily_sales" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_daily_sales_day_currency_code_region_id_sales_channel_id_unique" ON "analytics_daily_sales" ("day", "currency_code", "region_id", "sales_channel_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_daily_variant" ("id" text not null, "day" text not null, "variant_id" text not null, "currency_code" text not null, "product_id" text null, "orders" integer not null default 0, "units" integer not null default 0, "returned_units" integer not null default 0, "revenue" numeric not null, "raw_revenue" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_daily_variant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_daily_variant_deleted_at" ON "analytics_daily_variant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_daily_variant_day_variant_id_currency_code_unique" ON "analytics_daily_variant" ("day", "variant_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_daily_variant_product_id_day" ON "analytics_daily_variant" ("product_id", "day") WHERE product_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_line_fact" ("id" text not null, "line_item_id" text not null, "order_id" text not null, "product_id" text null, "variant_id" text not null default '', "product_title" text null, "variant_title" text null, "variant_sku" text null, "currency_code" text not null, "region_id" text not null default '', "sales_channel_id" text not null default '', "day" text not null, "quantity" integer not null default 0, "returned_quantity" integer not null default 0, "subtotal" numeric not null, "discount_total" numeric not null, "tax_total" numeric not null, "total" numeric not null, "is_canceled" boolean not null default false, "raw_subtotal" jsonb not null, "raw_discount_total" jsonb not null, "raw_tax_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_line_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_line_fact_deleted_at" ON "analytics_line_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_line_fact_line_item_id_unique" ON "analytics_line_fact" ("line_item_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_line_fact_order_id" ON "analytics_line_fact" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_line_fact_day_variant_id_currency_code" ON "analytics_line_fact" ("day", "variant_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_line_fact_product_id" ON "analytics_line_fact" ("product_id") WHERE product_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_order_fact" ("id" text not null, "order_id" text not null, "order_version" integer not null default 1, "display_id" integer null, "customer_id" text null, "region_id" text not null default '', "sales_channel_id" text not null default '', "currency_code" text not null, "placed_at" timestamptz not null, "day" text not null, "status" text not null, "is_canceled" boolean not null default false, "canceled_at" timestamptz null, "item_subtotal" numeric not null, "discount_total" numeric not null, "shipping_total" numeric not null, "tax_total" numeric not null, "total" numeric not null, "captured_total" numeric not null, "refunded_total" numeric not null, "units" integer not null default 0, "returned_units" integer not null default 0, "is_first_order" boolean not null default false, "refreshed_at" timestamptz not null, "raw_item_subtotal" jsonb not null, "raw_discount_total" jsonb not null, "raw_shipping_total" jsonb not null, "raw_tax_total" jsonb not null, "raw_total" jsonb not null, "raw_captured_total" jsonb not null, "raw_refunded_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_order_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_order_fact_deleted_at" ON "analytics_order_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_order_fact_order_id_unique" ON "analytics_order_fact" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_order_fact_day_currency_code_region_id_sales_channel_id" ON "analytics_order_fact" ("day", "currency_code", "region_id", "sales_channel_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_order_fact_customer_id_placed_at" ON "analytics_order_fact" ("customer_id", "placed_at") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_promotion_fact" ("id" text not null, "order_id" text not null, "promotion_id" text not null, "code" text null, "campaign_id" text null, "currency_code" text not null, "region_id" text not null default '', "sales_channel_id" text not null default '', "day" text not null, "discount_total" numeric not null, "order_total" numeric not null, "is_canceled" boolean not null default false, "raw_discount_total" jsonb not null, "raw_order_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_promotion_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_promotion_fact_deleted_at" ON "analytics_promotion_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_promotion_fact_order_id_promotion_id_unique" ON "analytics_promotion_fact" ("order_id", "promotion_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_promotion_fact_day_promotion_id" ON "analytics_promotion_fact" ("day", "promotion_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_refund_fact" ("id" text not null, "refund_id" text not null, "order_id" text not null, "payment_id" text not null, "currency_code" text not null, "region_id" text not null default '', "sales_channel_id" text not null default '', "amount" numeric not null, "refund_reason_id" text null, "reason_label" text null, "refunded_at" timestamptz not null, "day" text not null, "is_canceled_order" boolean not null default false, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_refund_fact_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_refund_fact_deleted_at" ON "analytics_refund_fact" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_refund_fact_refund_id_unique" ON "analytics_refund_fact" ("refund_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_refund_fact_order_id" ON "analytics_refund_fact" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_refund_fact_day_currency_code_region_id_sales_channel_id" ON "analytics_refund_fact" ("day", "currency_code", "region_id", "sales_channel_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_run" ("id" text not null, "kind" text check ("kind" in ('backfill', 'rebuild', 'reconcile')) not null, "status" text check ("status" in ('running', 'completed', 'failed')) not null default 'running', "cursor" text null, "processed" integer not null default 0, "total" integer null, "summary" jsonb null, "error" text null, "started_at" timestamptz not null, "finished_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_run_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_run_deleted_at" ON "analytics_run" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_run_kind_started_at" ON "analytics_run" ("kind", "started_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "analytics_settings" ("id" text not null, "scope" text not null default 'store', "time_zone" text not null default 'UTC', "dead_stock_days" integer not null default 90, "max_range_days" integer not null default 731, "sync_segments_to_groups" boolean not null default false, "weekly_digest" boolean not null default true, "reconcile_sample_days" integer not null default 7, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "analytics_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_analytics_settings_deleted_at" ON "analytics_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_analytics_settings_scope_unique" ON "analytics_settings" ("scope") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "analytics_capture_fact" cascade;`);

    this.addSql(`drop table if exists "analytics_co_purchase" cascade;`);

    this.addSql(`drop table if exists "analytics_currency_rate" cascade;`);

    this.addSql(`drop table if exists "analytics_customer_fact" cascade;`);

    this.addSql(`drop table if exists "analytics_customer_segment" cascade;`);

    this.addSql(`drop table if exists "analytics_daily_sales" cascade;`);

    this.addSql(`drop table if exists "analytics_daily_variant" cascade;`);

    this.addSql(`drop table if exists "analytics_line_fact" cascade;`);

    this.addSql(`drop table if exists "analytics_order_fact" cascade;`);

    this.addSql(`drop table if exists "analytics_promotion_fact" cascade;`);

    this.addSql(`drop table if exists "analytics_refund_fact" cascade;`);

    this.addSql(`drop table if exists "analytics_run" cascade;`);

    this.addSql(`drop table if exists "analytics_settings" cascade;`);
  }

}
