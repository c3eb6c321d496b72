import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201211258 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "payment_attempt" drop constraint if exists "payment_attempt_provider_id_attempt_key_unique";`
    )
    this.addSql(
      `alter table if exists "order_timeline_entry" drop constraint if exists "order_timeline_entry_source_key_unique";`
    )
    this.addSql(
      `alter table if exists "order_notification_delivery" drop constraint if exists "order_notification_delivery_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "notification_template" drop constraint if exists "notification_template_key_unique";`
    )
    this.addSql(
      `create table if not exists "notification_template" ("id" text not null, "key" text check ("key" in ('order_confirmation', 'order_shipped', 'order_delivered', 'order_canceled', 'refund_issued', 'payment_failed')) not null, "channel" text not null default 'email', "subject" text not null, "body" text not null, "enabled" boolean not null default true, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_template_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_notification_template_deleted_at" ON "notification_template" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_template_key_unique" ON "notification_template" ("key") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "order_notification_delivery" ("id" text not null, "idempotency_key" text not null, "template_key" text not null, "source_key" text not null, "channel" text not null, "to" text null, "order_id" text null, "cart_id" text null, "status" text check ("status" in ('pending', 'sent', 'failed', 'skipped')) not null default 'pending', "attempts" integer not null default 0, "last_error" text null, "notification_id" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_notification_delivery_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_notification_delivery_deleted_at" ON "order_notification_delivery" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_notification_delivery_idempotency_key_unique" ON "order_notification_delivery" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_notification_delivery_order_id" ON "order_notification_delivery" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_notification_delivery_status" ON "order_notification_delivery" ("status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "order_timeline_entry" ("id" text not null, "order_id" text not null, "kind" text check ("kind" in ('order.placed', 'order.updated', 'order.canceled', 'order.completed', 'fulfillment.created', 'fulfillment.canceled', 'shipment.created', 'delivery.created', 'return.requested', 'return.received', 'claim.created', 'exchange.created', 'order_edit.confirmed', 'payment.captured', 'payment.refunded', 'payment.failed', 'payment.canceled', 'payment.requires_more')) not null, "source_key" text not null, "occurred_at" timestamptz not null, "amount" numeric null, "currency_code" text null, "actor" text null, "summary" text not null, "data" jsonb null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_timeline_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_timeline_entry_deleted_at" ON "order_timeline_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_timeline_entry_source_key_unique" ON "order_timeline_entry" ("source_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_timeline_entry_order_id_occurred_at" ON "order_timeline_entry" ("order_id", "occurred_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "payment_attempt" ("id" text not null, "provider_id" text not null, "attempt_key" text not null, "status" text check ("status" in ('failed', 'canceled', 'requires_more')) not null, "payment_session_id" text not null, "payment_collection_id" text null, "cart_id" text null, "order_id" text null, "amount" numeric null, "currency_code" text null, "error_message" text null, "occurred_at" timestamptz not null, "data" jsonb null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_attempt_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_attempt_deleted_at" ON "payment_attempt" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_attempt_provider_id_attempt_key_unique" ON "payment_attempt" ("provider_id", "attempt_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_attempt_cart_id" ON "payment_attempt" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_attempt_order_id" ON "payment_attempt" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_attempt_payment_session_id" ON "payment_attempt" ("payment_session_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification_template" cascade;`)

    this.addSql(`drop table if exists "order_notification_delivery" cascade;`)

    this.addSql(`drop table if exists "order_timeline_entry" cascade;`)

    this.addSql(`drop table if exists "payment_attempt" cascade;`)
  }
}
