import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201212012 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "order_fraud_assessment" drop constraint if exists "order_fraud_assessment_order_id_unique";`);
    this.addSql(`alter table if exists "order_exception_setting" drop constraint if exists "order_exception_setting_scope_unique";`);
    this.addSql(`alter table if exists "order_exception_occurrence" drop constraint if exists "order_exception_occurrence_source_key_unique";`);
    this.addSql(`alter table if exists "order_exception_case" drop constraint if exists "order_exception_case_cause_key_unique";`);
    this.addSql(`create table if not exists "order_exception_case" ("id" text not null, "type" text check ("type" in ('payment_failed', 'authorized_not_captured', 'capture_mismatch', 'oversold', 'canceled_refund_pending', 'not_fulfilled', 'not_delivered', 'high_fraud_risk')) not null, "cause_key" text not null, "severity" text check ("severity" in ('low', 'medium', 'high', 'critical')) not null, "status" text check ("status" in ('open', 'in_progress', 'resolved', 'dismissed')) not null default 'open', "order_id" text null, "cart_id" text null, "payment_collection_id" text null, "email" text null, "customer_id" text null, "currency_code" text null, "summary" text not null, "assignee" text null, "opened_at" timestamptz not null, "last_seen_at" timestamptz not null, "occurrences" integer not null default 1, "resolved_at" timestamptz null, "resolved_by" text null, "resolution" text null, "pending_action" text null, "last_action" jsonb null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_exception_case_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_case_deleted_at" ON "order_exception_case" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_exception_case_cause_key_unique" ON "order_exception_case" ("cause_key") WHERE status IN ('open', 'in_progress') AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_case_status_opened_at" ON "order_exception_case" ("status", "opened_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_case_type_status" ON "order_exception_case" ("type", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_case_order_id" ON "order_exception_case" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_case_cart_id" ON "order_exception_case" ("cart_id") WHERE cart_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_case_payment_collection_id" ON "order_exception_case" ("payment_collection_id") WHERE payment_collection_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_case_email_type" ON "order_exception_case" ("email", "type") WHERE email IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_case_customer_id_type" ON "order_exception_case" ("customer_id", "type") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_exception_note" ("id" text not null, "case_id" text not null, "kind" text check ("kind" in ('note', 'status', 'assignment', 'action', 'system')) not null, "author" text not null, "body" text not null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_exception_note_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_note_deleted_at" ON "order_exception_note" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_note_case_id_created_at" ON "order_exception_note" ("case_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_exception_occurrence" ("id" text not null, "source_key" text not null, "case_id" text null, "type" text not null, "occurred_at" timestamptz not null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_exception_occurrence_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_occurrence_deleted_at" ON "order_exception_occurrence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_exception_occurrence_source_key_unique" ON "order_exception_occurrence" ("source_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_occurrence_case_id" ON "order_exception_occurrence" ("case_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_occurrence_type_occurred_at" ON "order_exception_occurrence" ("type", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_exception_setting" ("id" text not null, "scope" text not null default 'store', "authorized_capture_hours" integer not null default 24, "unfulfilled_days" integer not null default 3, "undelivered_days" integer not null default 14, "fraud_threshold" integer not null default 50, "scan_window_days" integer not null default 90, "fraud_rules" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_exception_setting_pkey" primary key ("id"), constraint order_exception_setting_ranges check (authorized_capture_hours >= 0 AND unfulfilled_days >= 0 AND undelivered_days >= 0 AND fraud_threshold >= 0 AND fraud_threshold <= 100 AND scan_window_days >= 1));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_exception_setting_deleted_at" ON "order_exception_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_exception_setting_scope_unique" ON "order_exception_setting" ("scope") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "order_fraud_assessment" ("id" text not null, "order_id" text not null, "customer_id" text null, "email" text null, "currency_code" text not null, "order_total" numeric not null, "score" integer not null, "reasons" jsonb not null, "threshold" integer not null, "flagged" boolean not null default false, "assessed_at" timestamptz not null, "raw_order_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_fraud_assessment_pkey" primary key ("id"), constraint order_fraud_assessment_score_range check (score >= 0 AND score <= 100));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_fraud_assessment_deleted_at" ON "order_fraud_assessment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_fraud_assessment_order_id_unique" ON "order_fraud_assessment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_fraud_assessment_currency_code_assessed_at" ON "order_fraud_assessment" ("currency_code", "assessed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_fraud_assessment_email" ON "order_fraud_assessment" ("email") WHERE email IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_order_fraud_assessment_customer_id" ON "order_fraud_assessment" ("customer_id") WHERE customer_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_exception_case" cascade;`);

    this.addSql(`drop table if exists "order_exception_note" cascade;`);

    this.addSql(`drop table if exists "order_exception_occurrence" cascade;`);

    this.addSql(`drop table if exists "order_exception_setting" cascade;`);

    this.addSql(`drop table if exists "order_fraud_assessment" cascade;`);
  }

}
