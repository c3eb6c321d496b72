import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import type { FactFilter, Granularity } from "../types"
import type { CohortActivity, CohortSize } from "../utils/cohorts"
import { buildRfmInputs, scoreRfm, type RfmSegment } from "../utils/rfm"
import { chunks, rawBigNumber } from "../../../lib/sql"

/**
 * SQL of the customers and cohorts reports and of the RFM segments. Reads
 * the fact tables only; every value is bound (no request value is spliced).
 */

/** `AND ...` for the optional filters of an order-fact query (alias `f`). */
function orderFilters(filter: Partial<FactFilter>, params: any[]) {
  let sql = ""
  if (filter.region_id !== undefined) {
    sql += " AND f.region_id = ?"
    params.push(filter.region_id)
  }
  if (filter.sales_channel_id !== undefined) {
    sql += " AND f.sales_channel_id = ?"
    params.push(filter.sales_channel_id)
  }
  if (filter.currency_code !== undefined) {
    sql += " AND f.currency_code = ?"
    params.push(filter.currency_code.toLowerCase())
  }
  return sql
}

/** The period start of `f.day` at a granularity, as YYYY-MM-DD text (ISO weeks start on Monday). */
function bucketSql(granularity: Granularity | null) {
  if (granularity === "day") return "f.day"
  if (granularity === "week") return "to_char(date_trunc('week', f.day::date), 'YYYY-MM-DD')"
  if (granularity === "month") return "substr(f.day, 1, 7) || '-01'"
  return "?::text"
}

export type NewReturningRow = {
  currency_code: string
  period: string
  new_customers: number
  returning_customers: number
}

/**
 * Customers with a non-canceled order in the range, per currency and period:
 * new when their first non-canceled order (any currency, day in `timeZone`)
 * falls on or after the period's start (clipped to the range), returning when
 * it is earlier. `granularity` null = one row per currency for the whole range.
 */
export async function newReturning(
  knex: Knex,
  filter: FactFilter,
  granularity: Granularity | null,
  timeZone: string
): Promise<NewReturningRow[]> {
  const params: any[] = []
  const bucket = bucketSql(granularity)
  if (!granularity) params.push(filter.from)
  params.push(filter.from, filter.to)
  const where = orderFilters(filter, params)
  params.push(timeZone, filter.from, filter.from)
  const { rows } = await knex.raw(
    `WITH active AS (
       SELECT DISTINCT f.currency_code, f.customer_id, ${bucket} AS period
       FROM analytics_order_fact f
       WHERE f.deleted_at IS NULL AND NOT f.is_canceled AND f.customer_id IS NOT NULL
         AND f.day >= ? AND f.day <= ?${where}
     ), firsts AS (
       SELECT c.customer_id, to_char((min(c.first_order_at) AT TIME ZONE ?)::date, 'YYYY-MM-DD') AS first_day
       FROM analytics_customer_fact c
       WHERE c.deleted_at IS NULL AND c.customer_id IN (SELECT customer_id FROM active)
       GROUP BY c.customer_id
     )
     SELECT a.currency_code, a.period,
       count(*) FILTER (WHERE fi.first_day >= greatest(a.period, ?))::int AS new_customers,
       count(*) FILTER (WHERE fi.first_day < greatest(a.period, ?))::int AS returning_customers
     FROM active a JOIN firsts fi ON fi.customer_id = a.customer_id
     GROUP BY a.currency_code, a.period
     ORDER BY a.currency_code, a.period`,
    params
  )
  return rows
}

export type LifetimeValueRow = { currency_code: string; customers: number; lifetime_total: string }

/**
 * The customers with a non-canceled order in the range, per currency, and the
 * sum of their lifetime net totals in that currency (all their orders, not
 * only the range's): customer lifetime value = lifetime_total ÷ customers.
 */
export async function lifetimeValues(knex: Knex, filter: FactFilter): Promise<LifetimeValueRow[]> {
  const params: any[] = [filter.from, filter.to]
  const where = orderFilters(filter, params)
  const { rows } = await knex.raw(
    `WITH active AS (
       SELECT DISTINCT f.currency_code, f.customer_id
       FROM analytics_order_fact f
       WHERE f.deleted_at IS NULL AND NOT f.is_canceled AND f.customer_id IS NOT NULL
         AND f.day >= ? AND f.day <= ?${where}
     )
     SELECT a.currency_code, count(*)::int AS customers, coalesce(sum(c.net_total), 0)::text AS lifetime_total
     FROM active a
     JOIN analytics_customer_fact c
       ON c.customer_id = a.customer_id AND c.currency_code = a.currency_code AND c.deleted_at IS NULL
     GROUP BY a.currency_code
     ORDER BY a.currency_code`,
    params
  )
  return rows
}

/**
 * Cohort sizes and monthly activity for the cohorts of [from, to]. A cohort
 * is the month of a customer's first non-canceled order among the orders the
 * filters keep (region, sales channel, currency); activity counts the same
 * orders, up to `months` months after the cohort month.
 */
export async function cohortCounts(
  knex: Knex,
  filter: FactFilter,
  months: number
): Promise<{ sizes: CohortSize[]; activity: CohortActivity[] }> {
  const params: any[] = []
  const where = orderFilters(filter, params)
  params.push(`${filter.from.slice(0, 7)}-01`, `${filter.to.slice(0, 7)}-01`, months)
  const { rows } = await knex.raw(
    `WITH f AS (
       SELECT f.customer_id, f.day
       FROM analytics_order_fact f
       WHERE f.deleted_at IS NULL AND NOT f.is_canceled AND f.customer_id IS NOT NULL${where}
     ), members AS (
       SELECT customer_id, substr(min(day), 1, 7) || '-01' AS cohort FROM f GROUP BY customer_id
     ), cohort_members AS (
       SELECT * FROM members WHERE cohort >= ? AND cohort <= ?
     ), activity AS (
       SELECT DISTINCT m.cohort, m.customer_id,
         (substr(f.day, 1, 4)::int - substr(m.cohort, 1, 4)::int) * 12
           + (substr(f.day, 6, 2)::int - substr(m.cohort, 6, 2)::int) AS month_offset
       FROM cohort_members m JOIN f ON f.customer_id = m.customer_id
     )
     SELECT cohort, month_offset, count(*)::int AS customers, false AS is_size
     FROM activity WHERE month_offset >= 0 AND month_offset < ?
     GROUP BY cohort, month_offset
     UNION ALL
     SELECT cohort, 0, count(*)::int, true FROM cohort_members GROUP BY cohort
     ORDER BY 1, 2`,
    params
  )
  const sizes: CohortSize[] = []
  const activity: CohortActivity[] = []
  for (const r of rows) {
    if (r.is_size) sizes.push({ cohort: r.cohort, customers: r.customers })
    else activity.push({ cohort: r.cohort, month_offset: r.month_offset, customers: r.customers })
  }
  return { sizes, activity }
}

export type SegmentSummaryRow = {
  segment: RfmSegment
  monetary_currency_code: string
  customers: number
  monetary: string
  computed_at: Date
}

/** Customers and summed monetary value per segment (the latest recompute). */
export async function segmentSummary(knex: Knex): Promise<SegmentSummaryRow[]> {
  const { rows } = await knex.raw(
    `SELECT segment, monetary_currency_code, count(*)::int AS customers, sum(monetary)::text AS monetary,
            max(computed_at) AS computed_at
     FROM analytics_customer_segment WHERE deleted_at IS NULL
     GROUP BY segment, monetary_currency_code`
  )
  return rows
}

export type RecomputeSegmentsResult = {
  computed_at: Date
  currency_code: string
  customers: number
  removed: number
  by_segment: Partial<Record<RfmSegment, number>>
  missing_rate_customers: number
  missing_rate_currencies: string[]
}

/**
 * Recomputes every customer's RFM scores and segment from the customer facts
 * and replaces the segment table with the result, in one transaction under an
 * advisory lock (overlapping runs queue; each writes one consistent
 * snapshot). Monetary is converted into `currencyCode` with the latest rate
 * valid on `today` (see utils/rfm.ts).
 */
export async function recomputeSegments(
  knex: Knex,
  { currencyCode, now, today }: { currencyCode: string; now: Date; today: string }
): Promise<RecomputeSegmentsResult> {
  const base = currencyCode.toLowerCase()
  await knex.raw(`SELECT pg_advisory_xact_lock(hashtext('analytics_customer_segment'))`)
  const { rows: rateRows } = await knex.raw(
    `SELECT DISTINCT ON (currency_code) currency_code, rate::text AS rate
     FROM analytics_currency_rate
     WHERE deleted_at IS NULL AND base_currency_code = ? AND valid_from <= ?
     ORDER BY currency_code, valid_from DESC`,
    [base, today]
  )
  const rates: Record<string, string> = {}
  for (const r of rateRows) rates[String(r.currency_code).toLowerCase()] = r.rate
  const { rows: facts } = await knex.raw(
    `SELECT customer_id, currency_code, last_order_at, orders_count, net_total::text AS net_total
     FROM analytics_customer_fact
     WHERE deleted_at IS NULL AND orders_count > 0`
  )
  const prepared = buildRfmInputs(facts, base, rates, now)
  const scored = scoreRfm(prepared.inputs)
  const bySegment: Partial<Record<RfmSegment, number>> = {}
  for (const part of chunks(scored, 1000)) {
    await knex("analytics_customer_segment")
      .insert(
        part.map((s) => {
          bySegment[s.segment] = (bySegment[s.segment] ?? 0) + 1
          return {
            id: generateEntityId(undefined, "anseg"),
            customer_id: s.customer_id,
            recency_days: s.recency_days,
            frequency: s.frequency,
            monetary: s.monetary,
            raw_monetary: rawBigNumber(s.monetary),
            monetary_currency_code: base,
            r_score: s.r_score,
            f_score: s.f_score,
            m_score: s.m_score,
            segment: s.segment,
            computed_at: now,
            created_at: now,
            updated_at: now,
          }
        })
      )
      .onConflict(knex.raw("(customer_id) WHERE deleted_at IS NULL"))
      .merge([
        "recency_days",
        "frequency",
        "monetary",
        "raw_monetary",
        "monetary_currency_code",
        "r_score",
        "f_score",
        "m_score",
        "segment",
        "computed_at",
        "updated_at",
      ])
  }
  // Customers no longer scored (every order canceled, or deleted facts).
  const removed = await knex("analytics_customer_segment").whereNot("computed_at", now).delete()
  return {
    computed_at: now,
    currency_code: base,
    customers: scored.length,
    removed: Number(removed) || 0,
    by_segment: bySegment,
    missing_rate_customers: prepared.missing_rate_customers,
    missing_rate_currencies: prepared.missing_rate_currencies,
  }
}

/** Every scored customer's segment, in customer id order (the group sync's input). */
export async function segmentMembers(knex: Knex): Promise<{ customer_id: string; segment: RfmSegment }[]> {
  return knex("analytics_customer_segment")
    .whereNull("deleted_at")
    .select("customer_id", "segment")
    .orderBy("customer_id")
}
