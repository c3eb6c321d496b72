import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import AnalyticsCaptureFact from "./models/analytics-capture-fact"
import AnalyticsCoPurchase from "./models/analytics-co-purchase"
import AnalyticsCurrencyRate from "./models/analytics-currency-rate"
import AnalyticsCustomerFact from "./models/analytics-customer-fact"
import AnalyticsCustomerSegment from "./models/analytics-customer-segment"
import AnalyticsDailySales from "./models/analytics-daily-sales"
import AnalyticsDailyVariant from "./models/analytics-daily-variant"
import AnalyticsLineFact from "./models/analytics-line-fact"
import AnalyticsOrderFact from "./models/analytics-order-fact"
import AnalyticsPromotionFact from "./models/analytics-promotion-fact"
import AnalyticsRefundFact from "./models/analytics-refund-fact"
import AnalyticsRun from "./models/analytics-run"
import AnalyticsSettingsModel from "./models/analytics-settings"
import type {
  AnalyticsRunKind,
  AnalyticsRunRow,
  AnalyticsSettings,
  AnalyticsSettingsUpdate,
  ApplyFactsResult,
  FactFilter,
  Granularity,
  OrderFacts,
} from "./types"
import { applyOrderFacts, clearFacts, rebuildFromFacts } from "./sql/refresh"
import {
  checkRollups,
  dayBounds,
  factOrderIdsOfDays,
  recomputeRollupDays,
  sampleFactDays,
  sampleOrderIds,
  storedFacts,
} from "./sql/reconcile"
import * as reports from "./sql/reports"
import { ensureSettings, finishRun, latestRun, startRun, updateRun, updateSettings } from "./sql/settings"
import { readerOf, transactionOf } from "../../lib/sql"
import * as customerSql from "./sql/customers"
import * as inventorySql from "./sql/inventory"
import { dayInTimeZone } from "./utils/periods"

const WRITES = "Analytics writes"

/** Facts that went through a workflow checkpoint carry dates as strings. */
function reviveFacts(f: OrderFacts): OrderFacts {
  const date = (v: Date | string) => (v instanceof Date ? v : new Date(v))
  return {
    order: {
      ...f.order,
      placed_at: date(f.order.placed_at),
      canceled_at: f.order.canceled_at ? date(f.order.canceled_at) : null,
    },
    lines: f.lines,
    refunds: f.refunds.map((r) => ({ ...r, refunded_at: date(r.refunded_at) })),
    captures: f.captures.map((c) => ({ ...c, captured_at: date(c.captured_at) })),
    promotions: f.promotions,
  }
}

/**
 * Order facts, daily rollups and their maintenance, plus the SQL the reports
 * read. Facts are the current state of each order (as Medusa computes it),
 * replaced whole on every refresh; rollups are always re-aggregated from the
 * facts of the keys a refresh touched (see sql/refresh.ts for the locking).
 */
class AnalyticsReportModuleService extends MedusaService({
  AnalyticsSettings: AnalyticsSettingsModel,
  AnalyticsCurrencyRate,
  AnalyticsOrderFact,
  AnalyticsLineFact,
  AnalyticsRefundFact,
  AnalyticsCaptureFact,
  AnalyticsPromotionFact,
  AnalyticsDailySales,
  AnalyticsDailyVariant,
  AnalyticsCustomerFact,
  AnalyticsCustomerSegment,
  AnalyticsCoPurchase,
  AnalyticsRun,
}) {
  // ── settings ──────────────────────────────────────────────────────────

  /** The store's analytics settings; created with defaults on first use. */
  @InjectTransactionManager()
  async getSettings(@MedusaContext() sharedContext: Context = {}): Promise<AnalyticsSettings> {
    return ensureSettings(transactionOf(sharedContext, WRITES))
  }

  /**
   * Updates the settings. A new time zone re-days every fact and rebuilds the
   * rollups from the facts, in the same transaction.
   */
  @InjectTransactionManager()
  async updateSettings(
    data: AnalyticsSettingsUpdate,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ settings: AnalyticsSettings; rebuilt: boolean }> {
    const knex = transactionOf(sharedContext, WRITES)
    const { settings, timeZoneChanged } = await updateSettings(knex, data)
    if (timeZoneChanged) await rebuildFromFacts(knex, settings.time_zone)
    return { settings, rebuilt: timeZoneChanged }
  }

  // ── facts ─────────────────────────────────────────────────────────────

  /**
   * Replaces the facts of a batch of orders with `facts` (built from their
   * current state) and deletes the facts of `removed_order_ids` (orders that
   * no longer exist), then re-aggregates every rollup key those orders
   * touched before or after, the customers' facts and the co-purchase pairs.
   * One transaction; idempotent (the same state twice changes nothing).
   */
  @InjectTransactionManager()
  async applyOrderFacts(
    input: { facts: OrderFacts[]; removed_order_ids?: string[]; observed_at?: Date | string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<ApplyFactsResult> {
    return applyOrderFacts(
      transactionOf(sharedContext, WRITES),
      input.facts.map(reviveFacts),
      input.removed_order_ids ?? [],
      input.observed_at ? new Date(input.observed_at) : new Date()
    )
  }

  /** The database clock: refreshes stamp the state they read with it, so the latest read wins. */
  @InjectTransactionManager()
  async clock(@MedusaContext() sharedContext: Context = {}): Promise<Date> {
    const { rows } = await transactionOf(sharedContext, WRITES).raw(`SELECT clock_timestamp() AS now`)
    return new Date(rows[0].now)
  }

  /** The stored facts of some orders, shaped as the fact builder's output (reconcile compares them). */
  @InjectTransactionManager()
  async storedFacts(orderIds: string[], @MedusaContext() sharedContext: Context = {}) {
    return storedFacts(transactionOf(sharedContext, WRITES), orderIds)
  }

  /** Every order id with facts on `days`. */
  @InjectTransactionManager()
  async factOrderIdsOfDays(days: string[], @MedusaContext() sharedContext: Context = {}) {
    return factOrderIdsOfDays(transactionOf(sharedContext, WRITES), days)
  }

  /** [start, end) instants of each day in a time zone. */
  @InjectTransactionManager()
  async dayBounds(days: string[], timeZone: string, @MedusaContext() sharedContext: Context = {}) {
    return dayBounds(transactionOf(sharedContext, WRITES), days, timeZone)
  }

  /** A random sample of days with rollups before `before`. */
  @InjectTransactionManager()
  async sampleFactDays(before: string, limit: number, @MedusaContext() sharedContext: Context = {}) {
    return sampleFactDays(transactionOf(sharedContext, WRITES), before, limit)
  }

  /** Whether Postgres knows a time zone name (the days are computed there too). */
  @InjectTransactionManager()
  async isKnownTimeZone(name: string, @MedusaContext() sharedContext: Context = {}) {
    const { rows } = await transactionOf(sharedContext, WRITES).raw(
      `SELECT 1 FROM pg_timezone_names WHERE name = ? LIMIT 1`,
      [name]
    )
    return rows.length > 0
  }

  /** Deletes every fact, rollup, customer fact and co-purchase pair (before a full backfill). */
  @InjectTransactionManager()
  async clearFacts(@MedusaContext() sharedContext: Context = {}) {
    return clearFacts(transactionOf(sharedContext, WRITES))
  }

  /** Recomputes every fact's day in the settings' time zone and rebuilds all rollups from the facts. */
  @InjectTransactionManager()
  async rebuildRollups(@MedusaContext() sharedContext: Context = {}) {
    const knex = transactionOf(sharedContext, WRITES)
    const settings = await ensureSettings(knex)
    return rebuildFromFacts(knex, settings.time_zone)
  }

  /** Rollup rows of `days` that differ from the sum of their facts (missing rows count as zero). */
  @InjectTransactionManager()
  async checkRollups(days: string[], @MedusaContext() sharedContext: Context = {}) {
    return checkRollups(transactionOf(sharedContext, WRITES), days)
  }

  /** Re-aggregates every rollup key of `days` from the facts. */
  @InjectTransactionManager()
  async recomputeRollupDays(days: string[], @MedusaContext() sharedContext: Context = {}) {
    return recomputeRollupDays(transactionOf(sharedContext, WRITES), days)
  }

  /** Up to `limit` order ids with facts on `days` (for the reconcile job's source check). */
  @InjectTransactionManager()
  async sampleOrderIds(days: string[], limit: number, @MedusaContext() sharedContext: Context = {}) {
    return sampleOrderIds(transactionOf(sharedContext, WRITES), days, limit)
  }

  // ── runs ──────────────────────────────────────────────────────────────

  @InjectTransactionManager()
  async startRun(
    input: { kind: AnalyticsRunKind; total?: number | null; cursor?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AnalyticsRunRow> {
    return startRun(transactionOf(sharedContext, WRITES), input)
  }

  @InjectTransactionManager()
  async updateRun(
    id: string,
    data: Partial<Pick<AnalyticsRunRow, "cursor" | "processed" | "total" | "summary">>,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return updateRun(transactionOf(sharedContext, WRITES), id, data)
  }

  @InjectTransactionManager()
  async finishRun(
    id: string,
    data: { status: "completed" | "failed"; summary?: Record<string, unknown> | null; error?: string | null },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return finishRun(transactionOf(sharedContext, WRITES), id, data)
  }

  /** The latest run of a kind (optionally only unfinished ones). */
  @InjectTransactionManager()
  async latestRun(
    kind: AnalyticsRunKind,
    options: { unfinished?: boolean } = {},
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AnalyticsRunRow | null> {
    return latestRun(transactionOf(sharedContext, WRITES), kind, options)
  }

  // ── report reads (H3: sales, products, payments, marketing) ───────────

  /** Sales rollup summed per (period, currency) over the filter; `granularity` null = one total per currency. */
  @InjectManager()
  async salesRollup(filter: FactFilter, granularity: Granularity | null, @MedusaContext() sharedContext: Context = {}) {
    return reports.salesRollup(readerOf(sharedContext), filter, granularity)
  }

  /** Products ranked by revenue or units per currency. */
  @InjectManager()
  async productRanking(
    filter: FactFilter,
    options: { sort: "revenue" | "units"; order: "asc" | "desc"; limit: number },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return reports.productRanking(readerOf(sharedContext), filter, options)
  }

  /** All products' units, returned units and revenue per currency. */
  @InjectManager()
  async productTotals(filter: FactFilter, @MedusaContext() sharedContext: Context = {}) {
    return reports.productTotals(readerOf(sharedContext), filter)
  }

  /** Refunds of the range grouped by reason, per currency. */
  @InjectManager()
  async refundsByReason(filter: FactFilter, @MedusaContext() sharedContext: Context = {}) {
    return reports.refundsByReason(readerOf(sharedContext), filter)
  }

  /** Promotions used in the range: uses, discount cost, attributed revenue, per currency. */
  @InjectManager()
  async promotionRows(filter: FactFilter, @MedusaContext() sharedContext: Context = {}) {
    return reports.promotionRows(readerOf(sharedContext), filter)
  }

  /** Rates valid on each day of [from, to] for the currencies into `base` (latest rate valid on the day). */
  @InjectManager()
  async ratesByDay(
    input: { currencies: string[]; base: string; from: string; to: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    return reports.ratesByDay(readerOf(sharedContext), input)
  }

  /** Counts for GET /admin/analytics/status. */
  @InjectManager()
  async factStatus(@MedusaContext() sharedContext: Context = {}) {
    return reports.factStatus(readerOf(sharedContext))
  }

  // ── H5: customers, segments, inventory, recommendations ───────────────
  // (add methods below this line)

  /** Customers per currency and period, new (first order in the period) or returning; null granularity = range totals. */
  @InjectManager()
  async customersNewReturning(
    filter: FactFilter,
    granularity: Granularity | null,
    timeZone: string,
    @MedusaContext() sharedContext: Context = {}
  ) {
    return customerSql.newReturning(readerOf(sharedContext), filter, granularity, timeZone)
  }

  /** Customers active in the range per currency and the sum of their lifetime net totals. */
  @InjectManager()
  async customerLifetimeValues(filter: FactFilter, @MedusaContext() sharedContext: Context = {}) {
    return customerSql.lifetimeValues(readerOf(sharedContext), filter)
  }

  /** Cohort sizes and month-by-month activity of the cohorts (first-order months) of the filter's range. */
  @InjectManager()
  async cohortCounts(filter: FactFilter, months: number, @MedusaContext() sharedContext: Context = {}) {
    return customerSql.cohortCounts(readerOf(sharedContext), filter, months)
  }

  /** Customers and monetary value per RFM segment. */
  @InjectManager()
  async segmentSummary(@MedusaContext() sharedContext: Context = {}) {
    return customerSql.segmentSummary(readerOf(sharedContext))
  }

  /**
   * Recomputes every customer's RFM scores and segment (monetary in
   * `currency_code`, the store's default currency) and replaces the segment
   * table; overlapping runs queue on an advisory lock.
   */
  @InjectTransactionManager()
  async recomputeSegments(
    input: { currency_code: string; now?: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<customerSql.RecomputeSegmentsResult> {
    const knex = transactionOf(sharedContext, WRITES)
    const settings = await ensureSettings(knex)
    const now = input.now ?? new Date()
    return customerSql.recomputeSegments(knex, {
      currencyCode: input.currency_code,
      now,
      today: dayInTimeZone(now, settings.time_zone),
    })
  }

  /** Every scored customer with its segment (for the customer-group sync). */
  @InjectManager()
  async segmentMembers(@MedusaContext() sharedContext: Context = {}) {
    return customerSql.segmentMembers(readerOf(sharedContext))
  }

  /** Units sold per variant in the filter's range (non-canceled orders). */
  @InjectManager()
  async variantUnits(filter: FactFilter, @MedusaContext() sharedContext: Context = {}) {
    return inventorySql.variantUnits(readerOf(sharedContext), filter)
  }

  /** The last day each variant sold. */
  @InjectManager()
  async variantLastSold(@MedusaContext() sharedContext: Context = {}) {
    return inventorySql.variantLastSold(readerOf(sharedContext))
  }
}

export default AnalyticsReportModuleService
