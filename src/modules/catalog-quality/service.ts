import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { chunks, transactionOf } from "../../lib/sql"
import CatalogQualitySetting from "./models/catalog-quality-setting"
import ProductQualityScore from "./models/product-quality-score"
import ProductSeo from "./models/product-seo"
import type {
  CatalogQualitySettings,
  FixListFilters,
  FixListResult,
  ProductFacts,
  ProductScore,
  ProductSeoData,
  RecomputeResult,
  SitemapEntry,
} from "./types"
import { consistencyFailures, emptyConsistencyRows, productsInvolved, type ConsistencyRows } from "./utils/consistency"
import { bucketCounts, scoreProduct } from "./utils/score"

const SETTINGS_COLUMNS = [
  "id",
  "check_weights",
  "min_title_length",
  "min_description_length",
  "min_images",
  "placeholder_words",
  "title_similarity",
  "publish_gate_enabled",
  "publish_gate_min_score",
  "store_url",
  "sitemap_page_size",
] as const

/**
 * A published product `p` none of whose variants sells: a variant sells when it
 * does not track stock, allows back-orders, or every inventory item it needs
 * has that quantity available at some location.
 */
const NO_STOCK_CONDITION = `NOT EXISTS (
            SELECT 1 FROM product_variant v
             WHERE v.product_id = p.id AND v.deleted_at IS NULL
               AND (v.manage_inventory = false OR v.allow_backorder = true OR (
                 EXISTS (SELECT 1 FROM product_variant_inventory_item l WHERE l.variant_id = v.id AND l.deleted_at IS NULL)
                 AND NOT EXISTS (
                   SELECT 1 FROM product_variant_inventory_item l
                    WHERE l.variant_id = v.id AND l.deleted_at IS NULL
                      AND NOT EXISTS (
                        SELECT 1 FROM inventory_level il
                         WHERE il.inventory_item_id = l.inventory_item_id AND il.deleted_at IS NULL
                           AND il.stocked_quantity - il.reserved_quantity >= greatest(l.required_quantity, 1)))))
          )`

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v))

/**
 * Catalog health: settings, per-product quality scores and SEO fields.
 *
 * Scores are derived from Medusa's product, pricing, inventory and order
 * tables, read here with parameterised, read-only SQL (same database; our
 * module writes only its own three tables). The checks themselves are the
 * pure functions of utils/score.ts and utils/consistency.ts.
 */
class CatalogQualityModuleService extends MedusaService({
  CatalogQualitySetting,
  ProductQualityScore,
  ProductSeo,
}) {
  // Settings ------------------------------------------------------------------

  @InjectTransactionManager()
  async getSettings(@MedusaContext() sharedContext: Context = {}): Promise<CatalogQualitySettings> {
    return this.ensureSettings_(transactionOf(sharedContext, "Catalog quality settings"))
  }

  @InjectTransactionManager()
  async updateSettings(
    data: Partial<Omit<CatalogQualitySettings, "id">>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<CatalogQualitySettings> {
    const knex = transactionOf(sharedContext, "Catalog quality settings")
    const settings = await this.ensureSettings_(knex)
    const update: Record<string, unknown> = { ...data, updated_at: new Date() }
    if (data.check_weights) update.check_weights = JSON.stringify(data.check_weights)
    if (data.placeholder_words) update.placeholder_words = JSON.stringify(data.placeholder_words)
    const [row] = await knex("catalog_quality_setting")
      .where({ id: settings.id })
      .update(update)
      .returning(SETTINGS_COLUMNS)
    return this.settingsOf_(row)
  }

  // Scores --------------------------------------------------------------------

  /**
   * Computes the scores of `productIds` (or of the whole catalog) without
   * storing them: the product page and the publish gate see the product as
   * it is right now.
   */
  @InjectTransactionManager()
  async scoreProducts(productIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<ProductScore[]> {
    const knex = transactionOf(sharedContext, "Catalog quality reads")
    const settings = await this.ensureSettings_(knex)
    const ids = await this.existingProducts_(knex, productIds)
    return [...(await this.computeScores_(knex, ids, settings)).values()]
  }

  /**
   * Recomputes and stores the scores of `productIds` and of every product a
   * duplicate check links to them (now or at the last computation), or of
   * the whole catalog when `productIds` is undefined. Scores of deleted
   * products are removed. Idempotent (an upsert per product); concurrent
   * recomputes are serialised by an advisory lock.
   */
  @InjectTransactionManager()
  async recomputeScores(
    productIds: string[] | undefined,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<RecomputeResult> {
    const knex = transactionOf(sharedContext, "Catalog quality recompute")
    await knex.raw(`SELECT pg_advisory_xact_lock(hashtext('catalog_quality_recompute'))`)
    const settings = await this.ensureSettings_(knex)

    let scope: string[] | null
    let removed: number
    if (productIds === undefined) {
      scope = null
      removed = await knex("product_quality_score")
        .whereNotExists(
          knex("product")
            .select(knex.raw("1"))
            .whereRaw("product.id = product_quality_score.product_id")
            .whereNull("product.deleted_at")
        )
        .delete()
    } else {
      const requested = [...new Set(productIds)]
      const existing = await this.existingProducts_(knex, requested)
      const gone = requested.filter((id) => !existing.includes(id))
      removed = gone.length ? await knex("product_quality_score").whereIn("product_id", gone).delete() : 0
      // Products whose stored duplicate findings name a changed product may be clean now.
      const previouslyRelated = requested.length
        ? (
            await knex.raw(
              `SELECT DISTINCT s.product_id FROM product_quality_score s,
                      jsonb_array_elements(s.failed_checks) f,
                      jsonb_array_elements_text(coalesce(f->'related_product_ids', '[]'::jsonb)) r(id)
                WHERE s.deleted_at IS NULL AND r.id = ANY(?)`,
              [requested]
            )
          ).rows.map((r: { product_id: string }) => r.product_id)
        : []
      const current = existing.length
        ? await this.readConsistencyRows_(knex, existing, settings.title_similarity)
        : emptyConsistencyRows()
      scope = await this.existingProducts_(knex, [
        ...new Set([...existing, ...productsInvolved(current), ...previouslyRelated]),
      ])
    }
    if (scope && !scope.length) return { recomputed: 0, removed }

    const scores = await this.computeScores_(knex, scope, settings)
    const now = new Date()
    for (const slice of chunks([...scores.values()], 500)) {
      await knex("product_quality_score")
        .insert(
          slice.map((s) => ({
            id: generateEntityId(undefined, "pqs"),
            product_id: s.product_id,
            score: s.score,
            failed_checks: JSON.stringify(s.failed_checks),
            status: s.status,
            title: s.title,
            handle: s.handle,
            units_sold: s.units_sold,
            computed_at: now,
            created_at: now,
            updated_at: now,
          }))
        )
        .onConflict(knex.raw("(product_id) WHERE deleted_at IS NULL"))
        .merge(["score", "failed_checks", "status", "title", "handle", "units_sold", "computed_at", "updated_at"])
    }
    return { recomputed: scores.size, removed }
  }

  /**
   * Of `productIds`, those whose "published with no stock" finding would change
   * (or that were never scored). Stock moves on every order; only a product
   * crossing between "sells" and "sells nowhere" needs its score recomputed.
   */
  @InjectTransactionManager()
  async stockStateChanged(productIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!productIds.length) return []
    const knex = transactionOf(sharedContext, "Catalog quality reads")
    const { rows } = await knex.raw(
      `SELECT p.id AS product_id FROM product p
        WHERE p.deleted_at IS NULL AND p.status = 'published' AND p.id = ANY(?) AND ${NO_STOCK_CONDITION}`,
      [productIds]
    )
    const noStock = new Set(rows.map((r: any) => r.product_id))
    const stored = await knex("product_quality_score")
      .whereNull("deleted_at")
      .whereIn("product_id", productIds)
      .select("product_id", "failed_checks")
    const flagged = new Map<string, boolean>(
      stored.map((r: any) => [r.product_id, (r.failed_checks ?? []).some((c: any) => c.check === "no_stock")])
    )
    return productIds.filter((id) => !flagged.has(id) || flagged.get(id) !== noStock.has(id))
  }

  /** The products of variants and inventory levels (deleted ones included: their product changed). */
  @InjectTransactionManager()
  async productIdsFor(
    input: { variant_ids?: string[]; inventory_level_ids?: string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string[]> {
    const knex = transactionOf(sharedContext, "Catalog quality reads")
    const ids = new Set<string>()
    if (input.variant_ids?.length) {
      const { rows } = await knex.raw(`SELECT DISTINCT product_id FROM product_variant WHERE id = ANY(?)`, [
        input.variant_ids,
      ])
      rows.forEach((r: any) => r.product_id && ids.add(r.product_id))
    }
    if (input.inventory_level_ids?.length) {
      const { rows } = await knex.raw(
        `SELECT DISTINCT v.product_id FROM inventory_level il
           JOIN product_variant_inventory_item l ON l.inventory_item_id = il.inventory_item_id AND l.deleted_at IS NULL
           JOIN product_variant v ON v.id = l.variant_id AND v.deleted_at IS NULL
          WHERE il.id = ANY(?)`,
        [input.inventory_level_ids]
      )
      rows.forEach((r: any) => r.product_id && ids.add(r.product_id))
    }
    return [...ids].sort()
  }

  /** The fix list: stored scores, filtered, most impactful first (published, selling, lowest score). */
  @InjectTransactionManager()
  async listFixList(filters: FixListFilters, @MedusaContext() sharedContext: Context = {}): Promise<FixListResult> {
    const knex = transactionOf(sharedContext, "Catalog quality reads")
    const filtered = () => {
      const q = knex("product_quality_score").whereNull("deleted_at")
      if (filters.min_score !== undefined) q.where("score", ">=", filters.min_score)
      if (filters.max_score !== undefined) q.where("score", "<=", filters.max_score)
      if (filters.status?.length) q.whereIn("status", filters.status)
      if (filters.check?.length) {
        q.where((w: any) => {
          for (const check of filters.check!) w.orWhereRaw(`failed_checks @> ?::jsonb`, [JSON.stringify([{ check }])])
        })
      }
      return q
    }
    const [{ count }] = await filtered().count({ count: "*" })
    const rows = await filtered()
      .select("product_id", "title", "handle", "status", "score", "units_sold", "failed_checks", "computed_at")
      .orderByRaw(`(status = 'published') DESC, units_sold DESC, score ASC, product_id ASC`)
      .limit(filters.limit)
      .offset(filters.offset)
    const all = await knex("product_quality_score")
      .whereNull("deleted_at")
      .select("score", "status")
      .count({ count: "*" })
      .groupBy("score", "status")
    const published = all.filter((r: any) => r.status === "published")
    const total = all.reduce((n: number, r: any) => n + Number(r.count), 0)
    const sum = all.reduce((n: number, r: any) => n + Number(r.score) * Number(r.count), 0)
    return {
      products: rows.map((r: any) => ({ ...r, score: Number(r.score), units_sold: Number(r.units_sold) })),
      count: Number(count),
      distribution: bucketCounts(all.map((r: any) => ({ score: Number(r.score), count: Number(r.count) }))),
      published_distribution: bucketCounts(
        published.map((r: any) => ({ score: Number(r.score), count: Number(r.count) }))
      ),
      summary: { products: total, average_score: total ? Math.round(sum / total) : null },
    }
  }

  /** Stored statuses (as of the last computation) of the given products. */
  @InjectTransactionManager()
  async storedStatuses(
    productIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, string>> {
    const knex = transactionOf(sharedContext, "Catalog quality reads")
    if (!productIds.length) return new Map()
    const rows = await knex("product_quality_score")
      .whereNull("deleted_at")
      .whereIn("product_id", productIds)
      .select("product_id", "status")
    return new Map(rows.map((r: any) => [r.product_id, r.status]))
  }

  // SEO -----------------------------------------------------------------------

  @InjectTransactionManager()
  async getProductSeo(productId: string, @MedusaContext() sharedContext: Context = {}): Promise<ProductSeoData | null> {
    const knex = transactionOf(sharedContext, "Product SEO reads")
    const row = await knex("product_seo")
      .whereNull("deleted_at")
      .where({ product_id: productId })
      .first("product_id", "meta_title", "meta_description", "canonical_handle", "noindex", "updated_at")
    return row ?? null
  }

  /** Sets the given SEO fields of a product (the others keep their value). */
  @InjectTransactionManager()
  async upsertProductSeo(
    productId: string,
    data: Partial<Omit<ProductSeoData, "product_id" | "updated_at">>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ProductSeoData> {
    const knex = transactionOf(sharedContext, "Product SEO writes")
    const current = await this.getProductSeo(productId, sharedContext)
    const next = {
      meta_title: data.meta_title !== undefined ? data.meta_title : (current?.meta_title ?? null),
      meta_description:
        data.meta_description !== undefined ? data.meta_description : (current?.meta_description ?? null),
      canonical_handle:
        data.canonical_handle !== undefined ? data.canonical_handle : (current?.canonical_handle ?? null),
      noindex: data.noindex ?? current?.noindex ?? false,
    }
    const { rows } = await knex.raw(
      `INSERT INTO product_seo (id, product_id, meta_title, meta_description, canonical_handle, noindex, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, now(), now())
       ON CONFLICT (product_id) WHERE deleted_at IS NULL
       DO UPDATE SET meta_title = EXCLUDED.meta_title, meta_description = EXCLUDED.meta_description,
                     canonical_handle = EXCLUDED.canonical_handle, noindex = EXCLUDED.noindex, updated_at = now()
       RETURNING product_id, meta_title, meta_description, canonical_handle, noindex, updated_at`,
      [
        generateEntityId(undefined, "pseo"),
        productId,
        next.meta_title,
        next.meta_description,
        next.canonical_handle,
        next.noindex,
      ]
    )
    return rows[0]
  }

  /** Restores a product's SEO row as it was (compensation); `null` removes it. */
  @InjectTransactionManager()
  async restoreProductSeo(
    productId: string,
    previous: ProductSeoData | null,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const knex = transactionOf(sharedContext, "Product SEO writes")
    if (!previous) {
      await knex("product_seo").where({ product_id: productId }).delete()
      return
    }
    await this.upsertProductSeo(productId, previous, sharedContext)
  }

  /** Whether another product already uses `handle` as its handle or canonical handle. */
  @InjectTransactionManager()
  async handleTakenBy(
    productId: string,
    handle: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<string | null> {
    const knex = transactionOf(sharedContext, "Product SEO reads")
    const { rows } = await knex.raw(
      `SELECT id FROM product WHERE deleted_at IS NULL AND id <> ? AND lower(handle) = lower(?)
       UNION
       SELECT product_id FROM product_seo WHERE deleted_at IS NULL AND product_id <> ? AND lower(canonical_handle) = lower(?)
       LIMIT 1`,
      [productId, handle, productId, handle]
    )
    return rows[0]?.id ?? null
  }

  // Sitemap -------------------------------------------------------------------

  /**
   * Every URL of the storefront of `salesChannelIds`: published products in
   * those channels that are not noindex, and the active public categories
   * and the collections holding at least one of them. Stable order.
   */
  @InjectTransactionManager()
  async listSitemapEntries(
    salesChannelIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SitemapEntry[]> {
    const knex = transactionOf(sharedContext, "Sitemap reads")
    if (!salesChannelIds.length) return []
    const { rows } = await knex.raw(
      `WITH listed AS (
         SELECT p.id, coalesce(nullif(btrim(s.canonical_handle), ''), p.handle) AS handle, p.updated_at, p.collection_id
           FROM product p
           LEFT JOIN product_seo s ON s.product_id = p.id AND s.deleted_at IS NULL
          WHERE p.deleted_at IS NULL AND p.status = 'published' AND coalesce(s.noindex, false) = false
            AND EXISTS (SELECT 1 FROM product_sales_channel psc
                         WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?))
       )
       SELECT 'product' AS type, handle, updated_at FROM listed
       UNION ALL
       SELECT 'category', c.handle, c.updated_at FROM product_category c
        WHERE c.deleted_at IS NULL AND c.is_active AND NOT c.is_internal
          AND EXISTS (SELECT 1 FROM product_category_product pc JOIN listed l ON l.id = pc.product_id
                       WHERE pc.product_category_id = c.id)
       UNION ALL
       SELECT 'collection', pcol.handle, pcol.updated_at FROM product_collection pcol
        WHERE pcol.deleted_at IS NULL AND EXISTS (SELECT 1 FROM listed l WHERE l.collection_id = pcol.id)
       ORDER BY 1 DESC, 2`,
      [salesChannelIds]
    )
    return rows.filter((r: SitemapEntry) => r.handle)
  }

  // Internals -----------------------------------------------------------------

  private settingsOf_(row: any): CatalogQualitySettings {
    return {
      ...row,
      title_similarity: Number(row.title_similarity),
      check_weights: row.check_weights ?? {},
      placeholder_words: row.placeholder_words ?? [],
    }
  }

  private async ensureSettings_(knex: any): Promise<CatalogQualitySettings> {
    const existing = await knex("catalog_quality_setting")
      .where({ scope: "store" })
      .whereNull("deleted_at")
      .first(SETTINGS_COLUMNS)
    if (existing) return this.settingsOf_(existing)
    await knex("catalog_quality_setting")
      .insert({
        id: generateEntityId(undefined, "cqset"),
        scope: "store",
        created_at: new Date(),
        updated_at: new Date(),
      })
      .onConflict(knex.raw("(scope) WHERE deleted_at IS NULL"))
      .ignore()
    return this.settingsOf_(
      await knex("catalog_quality_setting").where({ scope: "store" }).whereNull("deleted_at").first(SETTINGS_COLUMNS)
    )
  }

  private async existingProducts_(knex: any, ids: string[]): Promise<string[]> {
    if (!ids.length) return []
    const { rows } = await knex.raw(`SELECT id FROM product WHERE deleted_at IS NULL AND id = ANY(?) ORDER BY id`, [
      ids,
    ])
    return rows.map((r: { id: string }) => r.id)
  }

  /** Scores of `scope` (every product when null), keyed by product id. */
  private async computeScores_(
    knex: any,
    scope: string[] | null,
    settings: CatalogQualitySettings
  ): Promise<Map<string, ProductScore>> {
    const out = new Map<string, ProductScore>()
    if (scope && !scope.length) return out
    const facts = await this.readProductFacts_(knex, scope)
    const rows = await this.readConsistencyRows_(knex, scope, settings.title_similarity)
    const currencies = await knex.raw(
      `SELECT DISTINCT lower(currency_code) AS c FROM region WHERE deleted_at IS NULL ORDER BY 1`
    )
    const regionCurrencies = currencies.rows.map((r: { c: string }) => r.c)
    const consistency = consistencyFailures(rows, settings.check_weights)
    for (const p of facts) {
      const { score, failed } = scoreProduct(p, regionCurrencies, settings, consistency.get(p.id) ?? [])
      out.set(p.id, {
        product_id: p.id,
        title: p.title,
        handle: p.handle,
        status: p.status,
        units_sold: p.units_sold,
        score,
        failed_checks: failed,
      })
    }
    return out
  }

  private async readProductFacts_(
    knex: any,
    scope: string[] | null
  ): Promise<(ProductFacts & { handle: string | null; units_sold: number })[]> {
    const where = scope ? `AND p.id = ANY(?)` : ""
    const bind = scope ? [scope] : []
    const products = (
      await knex.raw(
        `SELECT p.id, p.title, p.handle, p.description, p.status, p.weight, p.length, p.height, p.width,
                (SELECT count(*) FROM image i WHERE i.product_id = p.id AND i.deleted_at IS NULL)::int AS image_count,
                (SELECT count(*) FROM product_category_product pc
                   JOIN product_category c ON c.id = pc.product_category_id AND c.deleted_at IS NULL
                  WHERE pc.product_id = p.id)::int AS category_count,
                s.meta_title, s.meta_description
           FROM product p
           LEFT JOIN product_seo s ON s.product_id = p.id AND s.deleted_at IS NULL
          WHERE p.deleted_at IS NULL ${where}
          ORDER BY p.id`,
        bind
      )
    ).rows
    const variants = (
      await knex.raw(
        `SELECT v.id, v.product_id, v.title, v.sku, v.weight, v.length, v.height, v.width,
                coalesce((SELECT array_agg(DISTINCT lower(pr.currency_code))
                            FROM product_variant_price_set vps
                            JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL AND pr.price_list_id IS NULL
                           WHERE vps.variant_id = v.id AND vps.deleted_at IS NULL), '{}') AS price_currencies
           FROM product_variant v
           JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
          WHERE v.deleted_at IS NULL ${where}
          ORDER BY v.product_id, v.variant_rank NULLS LAST, v.id`,
        bind
      )
    ).rows
    const sold = (
      await knex.raw(
        `SELECT li.product_id, sum(oi.quantity)::int AS units
           FROM order_item oi
           JOIN "order" o ON o.id = oi.order_id AND o.version = oi.version
           JOIN order_line_item li ON li.id = oi.item_id
           JOIN product p ON p.id = li.product_id
          WHERE oi.deleted_at IS NULL AND o.deleted_at IS NULL AND o.canceled_at IS NULL
            AND o.is_draft_order = false AND o.status <> 'draft' ${where}
          GROUP BY li.product_id`,
        bind
      )
    ).rows
    const unitsSold = new Map<string, number>(sold.map((r: any) => [r.product_id, Number(r.units)]))
    const byProduct = new Map<string, any[]>()
    for (const v of variants) byProduct.set(v.product_id, [...(byProduct.get(v.product_id) ?? []), v])
    return products.map((p: any) => ({
      id: p.id,
      title: p.title,
      handle: p.handle,
      description: p.description,
      status: p.status,
      image_count: Number(p.image_count),
      category_count: Number(p.category_count),
      weight: num(p.weight),
      length: num(p.length),
      height: num(p.height),
      width: num(p.width),
      units_sold: unitsSold.get(p.id) ?? 0,
      seo:
        p.meta_title !== null || p.meta_description !== null
          ? { meta_title: p.meta_title, meta_description: p.meta_description }
          : null,
      variants: (byProduct.get(p.id) ?? []).map((v: any) => ({
        id: v.id,
        title: v.title,
        sku: v.sku,
        price_currencies: v.price_currencies ?? [],
        weight: num(v.weight),
        length: num(v.length),
        height: num(v.height),
        width: num(v.width),
      })),
    }))
  }

  /**
   * The consistency findings (see utils/consistency.ts) that concern `scope`
   * (every product when null). Duplicate groups are returned whole, so the
   * other products involved are known.
   */
  private async readConsistencyRows_(knex: any, scope: string[] | null, similarity: number): Promise<ConsistencyRows> {
    const inGroup = scope
      ? `HAVING count(DISTINCT product_id) > 1 AND bool_or(product_id = ANY(?))`
      : `HAVING count(DISTINCT product_id) > 1`
    const groupBind = scope ? [scope] : []
    const perProduct = (column: string) => (scope ? `AND ${column} = ANY(?)` : "")

    const duplicateSkus = knex.raw(
      `SELECT min(btrim(v.sku)) AS value, array_agg(DISTINCT v.product_id ORDER BY v.product_id) AS product_ids
         FROM product_variant v JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
        WHERE v.deleted_at IS NULL AND btrim(coalesce(v.sku, '')) <> ''
        GROUP BY lower(btrim(v.sku))
        ${inGroup.replace(/product_id/g, "v.product_id")}
        ORDER BY 1`,
      groupBind
    )
    // Variants sharing a SKU inside one product are a duplicate too.
    const duplicateSkusWithin = knex.raw(
      `SELECT min(btrim(v.sku)) AS value, array_agg(DISTINCT v.product_id) AS product_ids
         FROM product_variant v JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
        WHERE v.deleted_at IS NULL AND btrim(coalesce(v.sku, '')) <> '' ${perProduct("v.product_id")}
        GROUP BY v.product_id, lower(btrim(v.sku)) HAVING count(*) > 1`,
      groupBind
    )
    const duplicateBarcodes = knex.raw(
      `WITH codes AS (
         SELECT DISTINCT v.id AS variant_id, v.product_id, btrim(c) AS shown, regexp_replace(lower(c), '[[:space:]-]', '', 'g') AS code
           FROM product_variant v
           JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
           CROSS JOIN LATERAL unnest(ARRAY[v.barcode, v.ean, v.upc]) AS c
          WHERE v.deleted_at IS NULL AND c IS NOT NULL AND btrim(c) <> ''
       ), per_variant AS (
         SELECT DISTINCT ON (variant_id, code) variant_id, product_id, shown, code FROM codes
       )
       SELECT min(shown) AS value, array_agg(DISTINCT product_id ORDER BY product_id) AS product_ids
         FROM per_variant GROUP BY code HAVING count(*) > 1 ${scope ? "AND bool_or(product_id = ANY(?))" : ""}
        ORDER BY 1`,
      groupBind
    )
    const duplicateHandles = knex.raw(
      `WITH h AS (
         SELECT p.id AS product_id, lower(btrim(p.handle)) AS value FROM product p
          WHERE p.deleted_at IS NULL AND btrim(coalesce(p.handle, '')) <> ''
         UNION
         SELECT s.product_id, lower(btrim(s.canonical_handle)) FROM product_seo s
           JOIN product p ON p.id = s.product_id AND p.deleted_at IS NULL
          WHERE s.deleted_at IS NULL AND btrim(coalesce(s.canonical_handle, '')) <> ''
       )
       SELECT value, array_agg(DISTINCT product_id ORDER BY product_id) AS product_ids FROM h
        GROUP BY value ${inGroup}
        ORDER BY 1`,
      groupBind
    )
    const similarTitles = knex.raw(
      `SELECT a.id AS product_id, b.id AS other_id, b.title AS other_title,
              similarity(lower(a.title), lower(b.title))::float8 AS similarity
         FROM product a
         JOIN product b ON b.id <> a.id AND b.deleted_at IS NULL AND btrim(coalesce(b.title, '')) <> ''
        WHERE a.deleted_at IS NULL AND btrim(coalesce(a.title, '')) <> ''
          AND similarity(lower(a.title), lower(b.title)) >= ?
          ${scope ? "AND (a.id = ANY(?) OR b.id = ANY(?))" : ""}
        ORDER BY a.id, similarity DESC, b.id`,
      scope ? [similarity, scope, scope] : [similarity]
    )
    const duplicateOptions = knex.raw(
      `WITH combos AS (
         SELECT v.product_id, v.id,
                string_agg(o.title || ': ' || ov.value, ', ' ORDER BY o.title, ov.value) AS label,
                string_agg(ov.id, ',' ORDER BY ov.id) AS combo
           FROM product_variant v
           JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
           JOIN product_variant_option vo ON vo.variant_id = v.id
           JOIN product_option_value ov ON ov.id = vo.option_value_id AND ov.deleted_at IS NULL
           JOIN product_option o ON o.id = ov.option_id
          WHERE v.deleted_at IS NULL ${perProduct("v.product_id")}
          GROUP BY v.product_id, v.id
       )
       SELECT product_id, min(label) AS values, count(*)::int AS variant_count
         FROM combos GROUP BY product_id, combo HAVING count(*) > 1 ORDER BY 1, 2`,
      groupBind
    )
    const zeroPrices = knex.raw(
      `SELECT DISTINCT v.product_id, coalesce(nullif(btrim(v.sku), ''), v.title, v.id) AS variant,
              lower(pr.currency_code) AS currency_code, v.variant_rank
         FROM product_variant v
         JOIN product p ON p.id = v.product_id AND p.deleted_at IS NULL
         JOIN product_variant_price_set vps ON vps.variant_id = v.id AND vps.deleted_at IS NULL
         JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL AND pr.price_list_id IS NULL
        WHERE v.deleted_at IS NULL AND pr.amount = 0 ${perProduct("v.product_id")}
        ORDER BY v.product_id, v.variant_rank NULLS LAST, 2, 3`,
      groupBind
    )
    const noStock = knex.raw(
      `SELECT p.id AS product_id FROM product p
        WHERE p.deleted_at IS NULL AND p.status = 'published' ${perProduct("p.id")}
          AND ${NO_STOCK_CONDITION}
        ORDER BY 1`,
      groupBind
    )
    // One connection (the transaction's): run them one after the other.
    const skus = await duplicateSkus
    const skusWithin = await duplicateSkusWithin
    const barcodes = await duplicateBarcodes
    const handles = await duplicateHandles
    const titles = await similarTitles
    const options = await duplicateOptions
    const zeros = await zeroPrices
    const stock = await noStock
    return {
      duplicate_skus: [...skus.rows, ...skusWithin.rows],
      duplicate_barcodes: barcodes.rows,
      duplicate_handles: handles.rows,
      similar_titles: titles.rows.map((r: any) => ({ ...r, similarity: Number(r.similarity) })),
      duplicate_options: options.rows,
      zero_prices: zeros.rows.map(({ variant_rank: _rank, ...r }: any) => r),
      no_stock: stock.rows,
    }
  }
}

export default CatalogQualityModuleService
