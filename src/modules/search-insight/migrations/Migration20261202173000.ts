import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Per-order units sold (search_order_units), filled from the orders already
 * in the store when Medusa's order tables are there (on a fresh database they
 * may be created after this migration: then there are no orders to count).
 */
export class Migration20261202173000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "search_order_units" ("id" text not null, "order_id" text not null, "product_id" text not null, "units" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "search_order_units_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_order_units_deleted_at" ON "search_order_units" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_search_order_units_order_id_product_id_unique" ON "search_order_units" ("order_id", "product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_search_order_units_product_id" ON "search_order_units" ("product_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`
      DO $$
      BEGIN
        IF to_regclass('public.order_item') IS NOT NULL AND to_regclass('public.order_line_item') IS NOT NULL
           AND to_regclass('public."order"') IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM search_order_units) THEN
          INSERT INTO search_order_units (id, order_id, product_id, units)
          SELECT 'srou_' || replace(gen_random_uuid()::text, '-', ''), oi.order_id, li.product_id,
                 GREATEST(SUM(oi.quantity - oi.return_received_quantity), 0)::int
          FROM order_item oi
          JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL AND li.product_id IS NOT NULL
          JOIN "order" o ON o.id = oi.order_id AND o.version = oi.version AND o.deleted_at IS NULL
          WHERE oi.deleted_at IS NULL AND o.status NOT IN ('canceled', 'draft') AND o.is_draft_order = false
          GROUP BY oi.order_id, li.product_id;
        END IF;
      END
      $$;
    `)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "search_order_units" cascade;`)
  }
}
