import type { Context, Logger } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import SearchClick from "./models/search-click"
import SearchOrderUnits from "./models/search-order-units"
import SearchProductPopularity from "./models/search-product-popularity"
import SearchQueryLog from "./models/search-query-log"
import SearchSetting from "./models/search-setting"
import type {
  SearchClickInput,
  SearchClickRecord,
  SearchIndexSyncState,
  SearchLogInput,
  SearchQueryStat,
  SearchReport,
  SearchReportInput,
  SearchSettings,
  SearchSyncRun,
} from "./types"
import { loggableFilters } from "./utils/filters"
import { loggableQuery } from "./utils/query-text"
import { rate } from "./utils/report"
import { normalizeRankingRules, normalizeStopWords, normalizeSynonymGroups, type RankingRule } from "./utils/settings"
import { chunks, transactionOf } from "../../lib/sql"

/** Logs wait at most this long in memory before they are written. */
const FLUSH_INTERVAL_MS = 1_000
/** A full batch is written at once. */
const FLUSH_BATCH = 250
/** Beyond this many unwritten logs (database down), the oldest are dropped: the search never waits for the log. */
const MAX_BUFFERED = 10_000

type LogRow = {
  id: string
  index_name: string
  query: string
  filters: string | null
  sort: string | null
  facets: string | null
  offset: number
  limit: number
  hits: number | null
  latency_ms: number
  engine_ms: number | null
  created_at: Date
  updated_at: Date
}

type SettingRow = {
  id: string
  synonyms: unknown
  stop_words: unknown
  ranking_rules: unknown
  updated_by: string | null
  updated_at: Date
}

/** One popularity run at a time: concurrent runs touching one product would sum each other's half-written rows. */
async function lockPopularity(knex: any) {
  await knex.raw("SELECT pg_advisory_xact_lock(hashtext('search_product_popularity'))")
}

/** The (order_id, product_id, units) rows of `search_order_units` as Medusa's order tables give them now. */
function orderUnitsSql(orderFilter: string) {
  return `SELECT oi.order_id, li.product_id, GREATEST(SUM(oi.quantity - oi.return_received_quantity), 0)::int AS units
     FROM order_item oi
     JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL AND li.product_id IS NOT NULL
     JOIN "order" o ON o.id = oi.order_id AND o.version = oi.version AND o.deleted_at IS NULL
     WHERE oi.deleted_at IS NULL AND o.status NOT IN ('canceled', 'draft') AND o.is_draft_order = false ${orderFilter}
     GROUP BY oi.order_id, li.product_id`
}

/** INSERT of order rows from a (order_id, product_id, units) source. */
const insertOrderUnits = (source: string) =>
  `INSERT INTO search_order_units (id, order_id, product_id, units)
   SELECT 'srou_' || replace(gen_random_uuid()::text, '-', ''), order_id, product_id, units FROM (${source}) rows`

/**
 * Sets each product's units sold to the sum of its order rows (0 without
 * any); `null` = every product that has rows. Returns the products whose
 * figure changed (a new product at 0 is not a change).
 */
async function resumProducts(knex: any, productIds: string[] | null): Promise<string[]> {
  const changed = new Set<string>()
  const upsert = async (source: string, bindings: unknown[]) => {
    const { rows } = await knex.raw(
      `INSERT INTO search_product_popularity (id, product_id, units_sold, created_at, updated_at)
       SELECT 'srpop_' || replace(gen_random_uuid()::text, '-', ''), product_id, units, now(), now() FROM (${source}) computed
       ON CONFLICT (product_id) WHERE deleted_at IS NULL DO UPDATE
         SET units_sold = EXCLUDED.units_sold, updated_at = now()
         WHERE search_product_popularity.units_sold IS DISTINCT FROM EXCLUDED.units_sold
       RETURNING product_id, (xmax = 0) AS inserted, units_sold`,
      bindings
    )
    for (const row of rows as { product_id: string; inserted: boolean; units_sold: number }[]) {
      if (!(row.inserted && row.units_sold === 0)) changed.add(row.product_id)
    }
  }
  const sums = `SELECT product_id, SUM(units)::int AS units FROM search_order_units WHERE deleted_at IS NULL`
  if (productIds === null) {
    await upsert(`${sums} GROUP BY product_id`, [])
  } else {
    for (const part of chunks(productIds, 500)) {
      await upsert(
        `SELECT p.id AS product_id, COALESCE(s.units, 0) AS units
         FROM unnest(?::text[]) AS p(id)
         LEFT JOIN (${sums} AND product_id = ANY(?::text[]) GROUP BY product_id) s ON s.product_id = p.id`,
        [part, part]
      )
    }
  }
  return [...changed]
}

/**
 * Search analytics and tuning: the query log (written asynchronously, in
 * batches), clicks on hits, the synonyms / stop words / ranking order the
 * store search applies, and units sold per product (the "best selling"
 * signal of the product index), kept per order from Medusa's order tables.
 *
 * Reads of other modules' tables (orders, and the Search Module's own
 * version and sync records for the status page) are read-only SQL on the
 * shared database, the same assumption the inventory cockpit makes.
 */
class SearchInsightModuleService extends MedusaService({
  SearchClick,
  SearchOrderUnits,
  SearchProductPopularity,
  SearchQueryLog,
  SearchSetting,
}) {
  protected readonly logger_: Logger
  protected buffer_: LogRow[] = []
  protected dropped_ = 0
  protected flushTimer_: NodeJS.Timeout | null = null
  protected writing_: Promise<unknown> = Promise.resolve()
  protected readonly __hooks: Record<string, () => Promise<unknown>>

  constructor(container: Record<string, unknown>, ...rest: unknown[]) {
    // MedusaService takes the container and the module options
    super(container, ...rest)
    this.logger_ = (container.logger as Logger) ?? (console as unknown as Logger)
    // Whatever is still buffered is written before the process goes away.
    this.__hooks = {
      onApplicationPrepareShutdown: () => this.flushSearchLogs(),
      onApplicationShutdown: () => this.flushSearchLogs(),
    }
  }

  /* ------------------------------- query log ------------------------------ */

  /**
   * Queues one answered search for the log and returns at once. Never throws
   * and never waits on the database: rows are written within a second, in
   * one multi-row insert per batch.
   */
  recordSearch(input: SearchLogInput): void {
    try {
      const now = input.created_at ?? new Date()
      const filters = loggableFilters(input.filters)
      this.buffer_.push({
        id: input.id,
        index_name: input.index_name.slice(0, 100),
        query: loggableQuery(input.query),
        filters: filters ? JSON.stringify(filters) : null,
        sort: input.sort,
        facets: input.facets?.length ? JSON.stringify(input.facets.slice(0, 20)) : null,
        offset: Math.max(0, Math.trunc(input.offset)),
        limit: Math.max(0, Math.trunc(input.limit)),
        hits: input.hits === null ? null : Math.max(0, Math.trunc(input.hits)),
        latency_ms: Math.max(0, Math.round(input.latency_ms)),
        engine_ms: input.engine_ms === null ? null : Math.max(0, Math.round(input.engine_ms)),
        created_at: now,
        updated_at: now,
      })
      if (this.buffer_.length > MAX_BUFFERED) {
        const excess = this.buffer_.length - MAX_BUFFERED
        this.buffer_.splice(0, excess)
        this.dropped_ += excess
      }
      if (this.buffer_.length >= FLUSH_BATCH) {
        void this.flushSearchLogs()
      } else if (!this.flushTimer_) {
        this.flushTimer_ = setTimeout(() => void this.flushSearchLogs(), FLUSH_INTERVAL_MS)
        this.flushTimer_.unref?.()
      }
    } catch (error) {
      this.logger_.warn(`[search-insight] a search could not be queued for the log: ${(error as Error).message}`)
    }
  }

  /** Logs queued in this process and not written yet. */
  pendingSearchLogs(): number {
    return this.buffer_.length
  }

  /**
   * Writes every queued log. Batches are written one after the other; a batch
   * that fails is dropped with a warning (the log is best-effort, the search
   * it describes was answered anyway). Resolves once everything queued before
   * the call is written.
   */
  async flushSearchLogs(): Promise<number> {
    if (this.flushTimer_) {
      clearTimeout(this.flushTimer_)
      this.flushTimer_ = null
    }
    const batch = this.buffer_.splice(0)
    const write = this.writing_.then(async () => {
      if (this.dropped_) {
        this.logger_.warn(`[search-insight] ${this.dropped_} search log(s) dropped: the log could not keep up`)
        this.dropped_ = 0
      }
      if (!batch.length) return 0
      try {
        await this.insertSearchLogs_(batch)
        return batch.length
      } catch (error) {
        this.logger_.warn(
          `[search-insight] ${batch.length} search log(s) could not be written: ${(error as Error).message}`
        )
        return 0
      }
    })
    this.writing_ = write.catch(() => undefined)
    return write
  }

  @InjectTransactionManager()
  protected async insertSearchLogs_(rows: LogRow[], @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Search log writes")
    for (const part of chunks(rows, 500)) {
      await knex("search_query_log").insert(part).onConflict("id").ignore()
    }
  }

  /** Removes logs and clicks older than `before`; returns how many logs went. */
  @InjectTransactionManager()
  async pruneSearchLogs(before: Date, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const knex = transactionOf(sharedContext, "Search log pruning")
    await knex("search_click").where("created_at", "<", before).delete()
    return knex("search_query_log").where("created_at", "<", before).delete()
  }

  /* --------------------------------- clicks -------------------------------- */

  /** Records a click once per (search, product): a repeated report returns the first one. */
  @InjectTransactionManager()
  async recordClick(input: SearchClickInput, @MedusaContext() sharedContext: Context = {}): Promise<SearchClickRecord> {
    const knex = transactionOf(sharedContext, "Search click writes")
    const now = new Date()
    const inserted = await knex("search_click")
      .insert({
        id: generateEntityId(undefined, "srcl"),
        search_id: input.search_id,
        product_id: input.product_id,
        position: input.position,
        created_at: now,
        updated_at: now,
      })
      .onConflict(knex.raw("(search_id, product_id) WHERE deleted_at IS NULL"))
      .ignore()
      .returning(["id", "search_id", "product_id", "position", "created_at"])
    if (inserted.length) return { ...inserted[0], created: true }
    const existing = await knex("search_click")
      .where({ search_id: input.search_id, product_id: input.product_id })
      .whereNull("deleted_at")
      .first("id", "search_id", "product_id", "position", "created_at")
    return { ...existing, created: false }
  }

  /** Removes a click recorded by `recordClick` (compensation). */
  @InjectTransactionManager()
  async removeClick(id: string, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Search click writes")
    await knex("search_click").where({ id }).delete()
  }

  /* --------------------------------- report -------------------------------- */

  /**
   * Totals, top queries and zero-result queries over a window. Queued logs of
   * this process are written first, so a report reflects every search this
   * server has answered.
   */
  async getSearchReport(input: SearchReportInput): Promise<SearchReport> {
    await this.flushSearchLogs()
    return this.readSearchReport_(input)
  }

  @InjectTransactionManager()
  protected async readSearchReport_(
    input: SearchReportInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SearchReport> {
    const knex = transactionOf(sharedContext, "Search report")
    const index = input.index_name ?? "product"
    const window = [input.from, input.to, index]
    const logs = `SELECT id, query, hits, latency_ms, created_at FROM search_query_log
                  WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ? AND index_name = ?`
    const clicked = `SELECT search_id, count(*)::int AS clicks FROM search_click WHERE deleted_at IS NULL GROUP BY search_id`
    const {
      rows: [totals],
    } = await knex.raw(
      `WITH logs AS (${logs}), clicked AS (${clicked})
       SELECT count(*)::int AS searches,
              count(*) FILTER (WHERE l.query <> '')::int AS text_searches,
              count(*) FILTER (WHERE l.query <> '' AND l.hits = 0)::int AS zero_result_searches,
              count(c.search_id)::int AS searches_with_click,
              coalesce(sum(c.clicks), 0)::int AS clicks,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY l.latency_ms) AS p50,
              percentile_cont(0.95) WITHIN GROUP (ORDER BY l.latency_ms) AS p95
       FROM logs l LEFT JOIN clicked c ON c.search_id = l.id`,
      window
    )
    const perQuery = async (zeroOnly: boolean) => {
      const { rows } = await knex.raw(
        `WITH logs AS (${logs}), clicked AS (${clicked})
         SELECT l.query,
                count(*)::int AS searches,
                coalesce(avg(l.hits), 0)::float AS avg_hits,
                coalesce(sum(c.clicks), 0)::int AS clicks,
                count(c.search_id)::int AS searches_with_click,
                max(l.created_at) AS last_searched_at
         FROM logs l LEFT JOIN clicked c ON c.search_id = l.id
         WHERE l.query <> '' ${zeroOnly ? "AND l.hits = 0" : ""}
         GROUP BY l.query
         ORDER BY searches DESC, last_searched_at DESC, l.query ASC
         LIMIT ?`,
        [...window, input.limit]
      )
      return rows.map((row: any): SearchQueryStat => ({
        query: row.query,
        searches: row.searches,
        avg_hits: Math.round(Number(row.avg_hits) * 10) / 10,
        clicks: row.clicks,
        click_through_rate: rate(row.searches_with_click, row.searches),
        last_searched_at: new Date(row.last_searched_at).toISOString(),
      }))
    }
    const [topQueries, zeroResultQueries] = [await perQuery(false), await perQuery(true)]
    const round = (value: unknown) => (value === null || value === undefined ? null : Math.round(Number(value)))
    return {
      from: input.from.toISOString(),
      to: input.to.toISOString(),
      totals: {
        searches: totals.searches,
        text_searches: totals.text_searches,
        zero_result_searches: totals.zero_result_searches,
        zero_result_rate: rate(totals.zero_result_searches, totals.text_searches),
        searches_with_click: totals.searches_with_click,
        clicks: totals.clicks,
        click_through_rate: rate(totals.searches_with_click, totals.searches),
        latency_p50_ms: round(totals.p50),
        latency_p95_ms: round(totals.p95),
      },
      top_queries: topQueries,
      zero_result_queries: zeroResultQueries,
      pending_logs: this.pendingSearchLogs(),
    }
  }

  /**
   * Earlier queries that start like `prefix` and found something, most
   * searched first (autocomplete's "popular searches").
   */
  @InjectTransactionManager()
  async suggestQueries(
    input: { prefix: string; limit: number; since: Date; index_name?: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ query: string; searches: number }[]> {
    const knex = transactionOf(sharedContext, "Search suggestions")
    const prefix = loggableQuery(input.prefix)
    if (!prefix) return []
    const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`)
    const { rows } = await knex.raw(
      `SELECT query, count(*)::int AS searches FROM search_query_log
       WHERE deleted_at IS NULL AND index_name = ? AND created_at >= ? AND query LIKE ? AND hits > 0
         AND query NOT LIKE '%[email]%' AND query NOT LIKE '%[number]%'
       GROUP BY query ORDER BY searches DESC, query ASC LIMIT ?`,
      [input.index_name ?? "product", input.since, `${escaped}%`, input.limit]
    )
    return rows
  }

  /* -------------------------------- settings ------------------------------- */

  @InjectTransactionManager()
  async getStoreSearchSettings(@MedusaContext() sharedContext: Context = {}): Promise<SearchSettings> {
    return toSettings(await this.ensureSettings_(transactionOf(sharedContext, "Search settings")))
  }

  /** Saves the given settings (normalised) and returns them with the previous ones. */
  @InjectTransactionManager()
  async saveStoreSearchSettings(
    data: { synonyms?: string[][]; stop_words?: string[]; ranking_rules?: RankingRule[]; updated_by?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ previous: SearchSettings; settings: SearchSettings }> {
    const knex = transactionOf(sharedContext, "Search settings")
    const current = await this.ensureSettings_(knex)
    // The row is locked so two saves in a row apply one after the other.
    const locked = await knex("search_setting").where({ id: current.id }).forUpdate().first()
    const update: Record<string, unknown> = { updated_at: new Date(), updated_by: data.updated_by ?? null }
    if (data.synonyms) update.synonyms = JSON.stringify(normalizeSynonymGroups(data.synonyms))
    if (data.stop_words) update.stop_words = JSON.stringify(normalizeStopWords(data.stop_words))
    if (data.ranking_rules) update.ranking_rules = JSON.stringify(normalizeRankingRules(data.ranking_rules))
    const [row] = await knex("search_setting").where({ id: current.id }).update(update).returning("*")
    return { previous: toSettings(locked), settings: toSettings(row) }
  }

  /** Puts back settings saved before (compensation of an update). */
  @InjectTransactionManager()
  async revertStoreSearchSettings(settings: SearchSettings, @MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, "Search settings")
    const current = await this.ensureSettings_(knex)
    await knex("search_setting")
      .where({ id: current.id })
      .update({
        synonyms: JSON.stringify(settings.synonyms),
        stop_words: JSON.stringify(settings.stop_words),
        ranking_rules: JSON.stringify(settings.ranking_rules),
        updated_by: settings.updated_by,
        updated_at: settings.updated_at ? new Date(settings.updated_at) : new Date(),
      })
  }

  private async ensureSettings_(knex: any): Promise<SettingRow> {
    const existing = await knex("search_setting").where({ scope: "store" }).whereNull("deleted_at").first()
    if (existing) return existing
    const now = new Date()
    await knex("search_setting")
      .insert({
        id: generateEntityId(undefined, "srset"),
        scope: "store",
        synonyms: JSON.stringify([]),
        stop_words: JSON.stringify([]),
        ranking_rules: JSON.stringify(normalizeRankingRules([])),
        created_at: now,
        updated_at: now,
      })
      .onConflict(knex.raw("(scope) WHERE deleted_at IS NULL"))
      .ignore()
    return knex("search_setting").where({ scope: "store" }).whereNull("deleted_at").first()
  }

  /* ------------------------------- popularity ------------------------------ */

  /**
   * Units sold per product for the "best selling" sort: the items of each
   * order's current version, for orders that are neither drafts nor
   * canceled, less the units received back in returns.
   *
   * Each order's contribution is kept in `search_order_units` and a product's
   * figure is the sum of its rows there. `refreshOrderUnits` replaces the
   * rows of some orders (an order event) and moves their products' figures
   * by the difference: the work follows the size of the orders, not the
   * product's sales history. This method re-sums `product_ids` from the
   * stored rows; without them it first checks every order's rows against
   * Medusa's tables (writing only the differences: orders placed before the
   * rows existed, events missed), then re-sums every product (those that no
   * longer sell go to 0).
   * Both return the products whose figure changed, so only their documents
   * are rebuilt. Idempotent: a second run with the same orders changes nothing.
   */
  @InjectTransactionManager()
  async refreshProductPopularity(
    input: { product_ids?: string[] } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ changed_product_ids: string[] }> {
    const knex = transactionOf(sharedContext, "Product popularity")
    const scoped = input.product_ids !== undefined
    const ids = [...new Set(input.product_ids ?? [])]
    if (scoped && !ids.length) return { changed_product_ids: [] }
    await lockPopularity(knex)
    if (scoped) return { changed_product_ids: await resumProducts(knex, ids) }
    // Every order's rows checked against the order tables; only differences are written.
    await knex.raw(`CREATE TEMP TABLE search_order_units_now ON COMMIT DROP AS ${orderUnitsSql("")}`)
    await knex.raw(
      `DELETE FROM search_order_units u WHERE u.deleted_at IS NULL AND NOT EXISTS (
         SELECT 1 FROM search_order_units_now n
         WHERE n.order_id = u.order_id AND n.product_id = u.product_id AND n.units = u.units)`
    )
    await knex.raw(
      insertOrderUnits(`SELECT n.* FROM search_order_units_now n WHERE NOT EXISTS (
         SELECT 1 FROM search_order_units u
         WHERE u.order_id = n.order_id AND u.product_id = n.product_id AND u.deleted_at IS NULL)`)
    )
    const changed = new Set(await resumProducts(knex, null))
    const { rows: reset } = await knex.raw(
      `UPDATE search_product_popularity p SET units_sold = 0, updated_at = now()
       WHERE p.deleted_at IS NULL AND p.units_sold <> 0
         AND NOT EXISTS (SELECT 1 FROM search_order_units u WHERE u.product_id = p.product_id AND u.deleted_at IS NULL)
       RETURNING product_id`
    )
    reset.forEach((row: { product_id: string }) => changed.add(row.product_id))
    return { changed_product_ids: [...changed] }
  }

  /**
   * Replaces the stored contributions of some orders with what Medusa's
   * tables say now and moves their products' figures by the difference (in
   * the same transaction, so a figure always equals the sum of its rows; a
   * product seen for the first time is summed whole). Returns the products
   * whose figure changed.
   */
  @InjectTransactionManager()
  async refreshOrderUnits(
    orderIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ changed_product_ids: string[] }> {
    const knex = transactionOf(sharedContext, "Product popularity")
    const ids = [...new Set(orderIds)]
    if (!ids.length) return { changed_product_ids: [] }
    await lockPopularity(knex)
    const delta = new Map<string, number>()
    const add = (rows: { product_id: string; units: number }[], sign: 1 | -1) =>
      rows.forEach((r) => delta.set(r.product_id, (delta.get(r.product_id) ?? 0) + sign * Number(r.units)))
    for (const part of chunks(ids, 500)) {
      const { rows: old } = await knex.raw(
        `DELETE FROM search_order_units WHERE order_id = ANY(?::text[]) AND deleted_at IS NULL
         RETURNING product_id, units`,
        [part]
      )
      add(old, -1)
      const { rows: fresh } = await knex.raw(
        `${insertOrderUnits(orderUnitsSql("AND oi.order_id = ANY(?::text[])"))} RETURNING product_id, units`,
        [part]
      )
      add(fresh, 1)
    }
    const products = [...delta.keys()].sort()
    const changed: string[] = []
    for (const part of chunks(products, 500)) {
      const { rows: existing } = await knex.raw(
        `SELECT product_id FROM search_product_popularity WHERE product_id = ANY(?::text[]) AND deleted_at IS NULL`,
        [part]
      )
      const known = new Set(existing.map((r: { product_id: string }) => r.product_id))
      const moved = part.filter((id) => known.has(id) && delta.get(id) !== 0)
      if (moved.length) {
        await knex.raw(
          `UPDATE search_product_popularity p SET units_sold = p.units_sold + d.delta, updated_at = now()
           FROM unnest(?::text[], ?::int[]) AS d(product_id, delta)
           WHERE p.product_id = d.product_id AND p.deleted_at IS NULL`,
          [moved, moved.map((id) => delta.get(id))]
        )
        changed.push(...moved)
      }
      const unknown = part.filter((id) => !known.has(id))
      if (unknown.length) changed.push(...(await resumProducts(knex, unknown)))
    }
    return { changed_product_ids: changed }
  }

  /* ------------------------- Search Module bookkeeping ------------------------- */

  /**
   * What the Search Module recorded about an index: its versions, the sync
   * run in progress (a seed or reindex), the last finished one and the last
   * failure. Null when the Search Module's tables are not there.
   */
  @InjectTransactionManager()
  async getIndexSyncState(
    indexName: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<SearchIndexSyncState | null> {
    const knex = transactionOf(sharedContext, "Search index state")
    const { rows: present } = await knex.raw(`SELECT to_regclass('search_index_sync') IS NOT NULL AS present`)
    if (!present[0]?.present) return null
    const record = await knex("search_index").where({ name: indexName }).whereNull("deleted_at").first()
    if (!record) {
      return {
        index: indexName,
        active_version: null,
        versions: [],
        last_sync: null,
        running_sync: null,
        last_failure: null,
        failed_syncs_24h: 0,
      }
    }
    const versions = await knex("search_index_version")
      .where({ search_index_id: record.id })
      .whereNull("deleted_at")
      .orderBy("version", "desc")
      .select("id", "version", "provider", "physical_name", "status", "created_at")
    const syncs = await knex("search_index_sync as s")
      .join("search_index_version as v", "v.id", "s.search_index_version_id")
      .where("v.search_index_id", record.id)
      .whereNull("s.deleted_at")
      .orderBy("s.created_at", "desc")
      .limit(50)
      .select(
        "s.id",
        "v.version",
        "s.status",
        "s.documents_synced",
        "s.started_at",
        "s.completed_at",
        "s.error",
        "s.filters",
        "s.created_at"
      )
    const toRun = (row: any): SearchSyncRun => ({
      id: row.id,
      version: row.version,
      status: row.status,
      documents_synced: Number(row.documents_synced),
      started_at: row.started_at ? new Date(row.started_at).toISOString() : null,
      completed_at: row.completed_at ? new Date(row.completed_at).toISOString() : null,
      error: row.error,
      full: !row.filters,
    })
    const dayAgo = Date.now() - 86_400_000
    const running = syncs.find((row: any) => row.status === "processing" || row.status === "pending")
    const done = syncs.find((row: any) => row.status === "done")
    const failed = syncs.find((row: any) => row.status === "failed")
    return {
      index: indexName,
      active_version: record.active_version,
      versions: versions.map((row: any) => ({
        version: row.version,
        provider: row.provider,
        physical_name: row.physical_name,
        status: row.status,
        created_at: new Date(row.created_at).toISOString(),
      })),
      last_sync: done ? toRun(done) : null,
      running_sync: running ? toRun(running) : null,
      last_failure: failed ? toRun(failed) : null,
      failed_syncs_24h: syncs.filter(
        (row: any) => row.status === "failed" && new Date(row.created_at).getTime() >= dayAgo
      ).length,
    }
  }
}

function toSettings(row: SettingRow): SearchSettings {
  const list = (value: unknown) => (Array.isArray(value) ? value : [])
  return {
    synonyms: normalizeSynonymGroups(list(row.synonyms).filter(Array.isArray) as string[][]),
    stop_words: normalizeStopWords(list(row.stop_words).filter((word) => typeof word === "string") as string[]),
    ranking_rules: normalizeRankingRules(list(row.ranking_rules) as string[]),
    updated_at: row.updated_at ?? null,
    updated_by: row.updated_by ?? null,
  }
}

export default SearchInsightModuleService
