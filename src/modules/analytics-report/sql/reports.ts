import type { FactFilter, Granularity } from "../types"
import { SALES_COUNTS, SALES_MONEY } from "./refresh"

/** Bucket expression for a YYYY-MM-DD text column (ISO weeks start on Monday). */
function periodSql(column: string, granularity: Granularity | "day_raw" | null) {
  if (granularity === null) return `NULL::text`
  if (granularity === "week") return `to_char(date_trunc('week', ${column}::date), 'YYYY-MM-DD')`
  if (granularity === "month") return `substr(${column}, 1, 7) || '-01'`
  return column
}

/** WHERE clause for the day range and optional filters (parameterised). */
function where(filter: FactFilter, alias = "") {
  const p = alias ? `${alias}.` : ""
  const clauses = [`${p}day >= ?`, `${p}day <= ?`, `${p}deleted_at IS NULL`]
  const bindings: unknown[] = [filter.from, filter.to]
  if (filter.region_id !== undefined) {
    clauses.push(`${p}region_id = ?`)
    bindings.push(filter.region_id)
  }
  if (filter.sales_channel_id !== undefined) {
    clauses.push(`${p}sales_channel_id = ?`)
    bindings.push(filter.sales_channel_id)
  }
  if (filter.currency_code !== undefined) {
    clauses.push(`${p}currency_code = ?`)
    bindings.push(filter.currency_code)
  }
  return { sql: clauses.join(" AND "), bindings }
}

export type SalesRollupRow = { period: string | null; currency_code: string } & Record<
  (typeof SALES_COUNTS)[number],
  number
> &
  Record<(typeof SALES_MONEY)[number], string>

/**
 * The daily sales rollup summed per (period, currency): `granularity` null
 * gives one row per currency; "day" one per day. Reads only the rollup.
 */
export async function salesRollup(
  knex: any,
  filter: FactFilter,
  granularity: Granularity | null
): Promise<SalesRollupRow[]> {
  const w = where(filter)
  const period = periodSql("day", granularity)
  const { rows } = await knex.raw(
    `SELECT ${period} AS period, currency_code,
       ${SALES_COUNTS.map((c) => `sum(${c})::int AS ${c}`).join(", ")},
       ${SALES_MONEY.map((m) => `trim_scale(sum(${m}))::text AS ${m}`).join(", ")}
     FROM analytics_daily_sales WHERE ${w.sql}
     GROUP BY 1, 2 ORDER BY 1, 2`,
    w.bindings
  )
  return rows
}

export type ProductRankingRow = {
  currency_code: string
  product_id: string
  title: string | null
  units: number
  returned_units: number
  orders: number
  revenue: string
}

/**
 * Products ranked per currency by revenue or units (ties by product id). The
 * daily variant rollup serves unfiltered ranges; a region or sales-channel
 * filter reads the line facts.
 */
export async function productRanking(
  knex: any,
  filter: FactFilter,
  options: { sort: "revenue" | "units"; order: "asc" | "desc"; limit: number }
): Promise<ProductRankingRow[]> {
  const direction = options.order === "asc" ? "ASC" : "DESC"
  const sortColumn = options.sort === "units" ? "units" : "revenue"
  const filtered = filter.region_id !== undefined || filter.sales_channel_id !== undefined
  let source: string
  let bindings: unknown[]
  if (filtered) {
    const w = where(filter)
    source = `SELECT currency_code, product_id, sum(quantity)::int AS units, sum(returned_quantity)::int AS returned_units,
                count(DISTINCT order_id)::int AS orders, sum(subtotal - discount_total) AS revenue
              FROM analytics_line_fact WHERE ${w.sql} AND NOT is_canceled AND product_id IS NOT NULL
              GROUP BY currency_code, product_id`
    bindings = w.bindings
  } else {
    const w = where({ from: filter.from, to: filter.to, currency_code: filter.currency_code })
    source = `SELECT currency_code, product_id, sum(units)::int AS units, sum(returned_units)::int AS returned_units,
                sum(orders)::int AS orders, sum(revenue) AS revenue
              FROM analytics_daily_variant WHERE ${w.sql} AND product_id IS NOT NULL
              GROUP BY currency_code, product_id`
    bindings = w.bindings
  }
  const { rows } = await knex.raw(
    `WITH agg AS (${source}),
     ranked AS (
       SELECT agg.*, row_number() OVER (PARTITION BY currency_code ORDER BY ${sortColumn} ${direction}, product_id) AS rn
       FROM agg
     )
     SELECT r.currency_code, r.product_id, r.units, r.returned_units, r.orders, trim_scale(r.revenue)::text AS revenue,
       (SELECT l.product_title FROM analytics_line_fact l
         WHERE l.product_id = r.product_id AND l.deleted_at IS NULL ORDER BY l.day DESC LIMIT 1) AS title
     FROM ranked r WHERE r.rn <= ? ORDER BY r.currency_code, r.rn`,
    [...bindings, options.limit]
  )
  return rows
}

/** Refunds of the range (all orders: payments are cash) per currency and reason. */
export async function refundsByReason(knex: any, filter: FactFilter) {
  const w = where(filter)
  const { rows } = await knex.raw(
    `SELECT currency_code, refund_reason_id, coalesce(max(reason_label), 'No reason') AS reason_label,
       count(*)::int AS count, trim_scale(sum(amount))::text AS amount
     FROM analytics_refund_fact WHERE ${w.sql}
     GROUP BY currency_code, refund_reason_id
     ORDER BY currency_code, sum(amount) DESC, refund_reason_id NULLS LAST`,
    w.bindings
  )
  return rows as {
    currency_code: string
    refund_reason_id: string | null
    reason_label: string
    count: number
    amount: string
  }[]
}

/** Promotions used by non-canceled orders of the range, per currency. */
export async function promotionRows(knex: any, filter: FactFilter) {
  const w = where(filter)
  const { rows } = await knex.raw(
    `SELECT currency_code, promotion_id, max(code) AS code, max(campaign_id) AS campaign_id,
       count(DISTINCT order_id)::int AS uses, trim_scale(sum(discount_total))::text AS discount_cost,
       trim_scale(sum(order_total))::text AS attributed_revenue
     FROM analytics_promotion_fact WHERE ${w.sql} AND NOT is_canceled
     GROUP BY currency_code, promotion_id
     ORDER BY currency_code, sum(order_total) DESC, promotion_id`,
    w.bindings
  )
  return rows as {
    currency_code: string
    promotion_id: string
    code: string | null
    campaign_id: string | null
    uses: number
    discount_cost: string
    attributed_revenue: string
  }[]
}

/**
 * For each currency and day of [from, to]: the latest rate into `base` valid
 * on that day (null when none). Returns currency -> day -> rate.
 */
export async function ratesByDay(
  knex: any,
  input: { currencies: string[]; base: string; from: string; to: string }
): Promise<Map<string, Map<string, string | null>>> {
  const out = new Map<string, Map<string, string | null>>()
  if (!input.currencies.length) return out
  const { rows } = await knex.raw(
    `SELECT c AS currency_code, to_char(d, 'YYYY-MM-DD') AS day,
       (SELECT trim_scale(r.rate)::text FROM analytics_currency_rate r
         WHERE r.currency_code = c AND r.base_currency_code = ? AND r.valid_from <= to_char(d, 'YYYY-MM-DD')
           AND r.deleted_at IS NULL
         ORDER BY r.valid_from DESC LIMIT 1) AS rate
     FROM unnest(?::text[]) AS c, generate_series(?::date, ?::date, interval '1 day') AS d`,
    [input.base, input.currencies, input.from, input.to]
  )
  for (const r of rows) {
    const m = out.get(r.currency_code) ?? new Map<string, string | null>()
    m.set(r.day, r.rate)
    out.set(r.currency_code, m)
  }
  return out
}

export async function factStatus(knex: any) {
  const { rows } = await knex.raw(
    `SELECT count(*)::int AS facts_orders, max(refreshed_at) AS last_refreshed_at
     FROM analytics_order_fact WHERE deleted_at IS NULL`
  )
  return rows[0] as { facts_orders: number; last_refreshed_at: Date | null }
}

/** Units, returned units and revenue of all products per currency (same sources as productRanking). */
export async function productTotals(knex: any, filter: FactFilter) {
  const filtered = filter.region_id !== undefined || filter.sales_channel_id !== undefined
  const w = filtered ? where(filter) : where({ from: filter.from, to: filter.to, currency_code: filter.currency_code })
  const sql = filtered
    ? `SELECT currency_code, sum(quantity)::int AS units, sum(returned_quantity)::int AS returned_units,
         trim_scale(sum(subtotal - discount_total))::text AS revenue
       FROM analytics_line_fact WHERE ${w.sql} AND NOT is_canceled GROUP BY currency_code ORDER BY currency_code`
    : `SELECT currency_code, sum(units)::int AS units, sum(returned_units)::int AS returned_units,
         trim_scale(sum(revenue))::text AS revenue
       FROM analytics_daily_variant WHERE ${w.sql} GROUP BY currency_code ORDER BY currency_code`
  const { rows } = await knex.raw(sql, w.bindings)
  return rows as { currency_code: string; units: number; returned_units: number; revenue: string }[]
}
