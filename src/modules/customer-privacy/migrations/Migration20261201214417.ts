import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201214417 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "product_view" drop constraint if exists "product_view_customer_id_product_id_unique";`);
    this.addSql(`alter table if exists "customer_consent" drop constraint if exists "customer_consent_customer_id_unique";`);
    this.addSql(`create table if not exists "customer_consent" ("id" text not null, "customer_id" text not null, "marketing_email" boolean not null default false, "personalisation" boolean not null default false, "source" text check ("source" in ('customer', 'admin', 'erasure')) not null default 'customer', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_consent_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_consent_deleted_at" ON "customer_consent" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_consent_customer_id_unique" ON "customer_consent" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "privacy_request" ("id" text not null, "customer_id" text not null, "type" text check ("type" in ('export', 'erasure')) not null, "requested_by_type" text check ("requested_by_type" in ('admin', 'customer')) not null, "requested_by_id" text null, "status" text check ("status" in ('pending', 'completed', 'failed')) not null default 'pending', "completed_at" timestamptz null, "summary" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "privacy_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_deleted_at" ON "privacy_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_privacy_request_customer_id_created_at" ON "privacy_request" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_view" ("id" text not null, "customer_id" text not null, "product_id" text not null, "viewed_at" timestamptz not null, "views" integer not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_view_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_view_deleted_at" ON "product_view" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_view_customer_id_product_id_unique" ON "product_view" ("customer_id", "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_view_customer_id_viewed_at" ON "product_view" ("customer_id", "viewed_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_consent" cascade;`);

    this.addSql(`drop table if exists "privacy_request" cascade;`);

    this.addSql(`drop table if exists "product_view" cascade;`);
  }

}
