import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202004347 extends Migration {

  override async up(): Promise<void> {
    // Near-duplicate titles use trigram similarity. Medusa's Postgres search provider installs it too, but
    // it may be switched off (Meilisearch), so make sure it is there.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`alter table if exists "product_seo" drop constraint if exists "product_seo_product_id_unique";`);
    this.addSql(`alter table if exists "product_quality_score" drop constraint if exists "product_quality_score_product_id_unique";`);
    this.addSql(`alter table if exists "catalog_quality_setting" drop constraint if exists "catalog_quality_setting_scope_unique";`);
    this.addSql(`create table if not exists "catalog_quality_setting" ("id" text not null, "scope" text not null default 'store', "check_weights" jsonb not null default '{}', "min_title_length" integer not null default 10, "min_description_length" integer not null default 80, "min_images" integer not null default 1, "placeholder_words" jsonb not null default '["lorem ipsum","todo","tbd","placeholder","xxx"]', "title_similarity" real not null default 0.8, "publish_gate_enabled" boolean not null default false, "publish_gate_min_score" integer not null default 60, "store_url" text null, "sitemap_page_size" integer not null default 50000, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "catalog_quality_setting_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_catalog_quality_setting_deleted_at" ON "catalog_quality_setting" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_catalog_quality_setting_scope_unique" ON "catalog_quality_setting" ("scope") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_quality_score" ("id" text not null, "product_id" text not null, "score" integer not null, "failed_checks" jsonb not null default '[]', "status" text not null default 'draft', "title" text null, "handle" text null, "units_sold" integer not null default 0, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_quality_score_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_quality_score_deleted_at" ON "product_quality_score" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_quality_score_product_id_unique" ON "product_quality_score" ("product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_quality_score_score" ON "product_quality_score" ("score") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_quality_score_status_units_sold" ON "product_quality_score" ("status", "units_sold") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "product_seo" ("id" text not null, "product_id" text not null, "meta_title" text null, "meta_description" text null, "canonical_handle" text null, "noindex" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_seo_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_seo_deleted_at" ON "product_seo" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_product_seo_product_id_unique" ON "product_seo" ("product_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_quality_setting" cascade;`);

    this.addSql(`drop table if exists "product_quality_score" cascade;`);

    this.addSql(`drop table if exists "product_seo" cascade;`);
  }

}
