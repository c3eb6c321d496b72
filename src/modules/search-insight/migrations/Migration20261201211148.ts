import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261201211148 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "search_setting" drop constraint if exists "search_setting_scope_unique";`)
    this.addSql(
      `alter table if exists "search_product_popularity" drop constraint if exists "search_product_popularity_product_id_unique";`
    )
    this.addSql(
      `alter table if exists "search_click" drop constraint if exists "search_click_search_id_product_id_unique";`
    )
    this.addSql(
      `create table if not exists "search_click" ("id" text not null, "search_id" text not null, "product_id" text not null, "position" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_click_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_click_deleted_at" ON "search_click" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_click_search_id_product_id_unique" ON "search_click" ("search_id", "product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_click_created_at" ON "search_click" ("created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "search_product_popularity" ("id" text not null, "product_id" text not null, "units_sold" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_product_popularity_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_product_popularity_deleted_at" ON "search_product_popularity" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_product_popularity_product_id_unique" ON "search_product_popularity" ("product_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "search_query_log" ("id" text not null, "index_name" text not null, "query" text not null default '', "filters" jsonb null, "sort" text null, "facets" jsonb null, "offset" integer not null default 0, "limit" integer not null default 20, "hits" integer null, "latency_ms" integer not null, "engine_ms" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_query_log_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_query_log_deleted_at" ON "search_query_log" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_query_log_created_at" ON "search_query_log" ("created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_query_log_query_created_at" ON "search_query_log" ("query", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "search_setting" ("id" text not null, "scope" text not null default 'store', "synonyms" jsonb null, "stop_words" jsonb null, "ranking_rules" jsonb null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_setting_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_setting_deleted_at" ON "search_setting" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_setting_scope_unique" ON "search_setting" ("scope") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_click" cascade;`)

    this.addSql(`drop table if exists "search_product_popularity" cascade;`)

    this.addSql(`drop table if exists "search_query_log" cascade;`)

    this.addSql(`drop table if exists "search_setting" cascade;`)
  }
}
