import type { OrderFacts } from "../types"
import { chunks } from "../../../lib/sql"
import {
  expectedSalesSql,
  expectedVariantSql,
  lockKeys,
  lockRebuildShared,
  SALES_COUNTS,
  SALES_MONEY,
  writeSales,
  writeVariants,
} from "./refresh"

export type RollupDrift = {
  table: "analytics_daily_sales" | "analytics_daily_variant"
  key: Record<string, string>
  expected: Record<string, unknown> | null
  actual: Record<string, unknown> | null
}

const salesKeysOfDays = `SELECT day, currency_code, region_id, sales_channel_id FROM analytics_order_fact WHERE day = ANY(?::text[]) AND deleted_at IS NULL
  UNION SELECT day, currency_code, region_id, sales_channel_id FROM analytics_refund_fact WHERE day = ANY(?::text[]) AND deleted_at IS NULL
  UNION SELECT day, currency_code, region_id, sales_channel_id FROM analytics_capture_fact WHERE day = ANY(?::text[]) AND deleted_at IS NULL
  UNION SELECT day, currency_code, region_id, sales_channel_id FROM analytics_daily_sales WHERE day = ANY(?::text[]) AND deleted_at IS NULL`
const variantKeysOfDays = `SELECT day, variant_id, currency_code FROM analytics_line_fact WHERE day = ANY(?::text[]) AND deleted_at IS NULL
  UNION SELECT day, variant_id, currency_code FROM analytics_daily_variant WHERE day = ANY(?::text[]) AND deleted_at IS NULL`

/** Rollup rows of `days` that differ from the sum of their facts (a missing row counts as all zeros). */
export async function checkRollups(knex: any, days: string[]): Promise<RollupDrift[]> {
  if (!days.length) return []
  const cols = [...SALES_COUNTS, ...SALES_MONEY]
  const { rows: sales } = await knex.raw(
    `WITH ${expectedSalesSql(salesKeysOfDays)}
     SELECT e.day, e.currency_code, e.region_id, e.sales_channel_id, e.present, s.id AS rollup_id,
       ${cols.map((c) => `e.${c}::text AS e_${c}, s.${c}::text AS s_${c}`).join(", ")}
     FROM e LEFT JOIN analytics_daily_sales s
       ON s.day = e.day AND s.currency_code = e.currency_code AND s.region_id = e.region_id
      AND s.sales_channel_id = e.sales_channel_id AND s.deleted_at IS NULL
     WHERE (e.present AND s.id IS NULL) OR (NOT e.present AND s.id IS NOT NULL)
        OR (e.present AND (${cols.map((c) => `e.${c}`).join(", ")}) IS DISTINCT FROM (${cols.map((c) => `s.${c}`).join(", ")}))`,
    [days, days, days, days]
  )
  const vcols = ["orders", "units", "returned_units", "revenue"]
  const { rows: variants } = await knex.raw(
    `WITH ${expectedVariantSql(variantKeysOfDays)}
     SELECT e.day, e.variant_id, e.currency_code, e.present, v.id AS rollup_id,
       ${vcols.map((c) => `e.${c}::text AS e_${c}, v.${c}::text AS s_${c}`).join(", ")}
     FROM e LEFT JOIN analytics_daily_variant v
       ON v.day = e.day AND v.variant_id = e.variant_id AND v.currency_code = e.currency_code AND v.deleted_at IS NULL
     WHERE (e.present AND v.id IS NULL) OR (NOT e.present AND v.id IS NOT NULL)
        OR (e.present AND (${vcols.map((c) => `e.${c}`).join(", ")}) IS DISTINCT FROM (${vcols.map((c) => `v.${c}`).join(", ")}))`,
    [days, days]
  )
  const pick = (row: any, prefix: string, columns: string[]) =>
    Object.fromEntries(columns.map((c) => [c, row[`${prefix}${c}`]]))
  return [
    ...sales.map((r: any) => ({
      table: "analytics_daily_sales" as const,
      key: { day: r.day, currency_code: r.currency_code, region_id: r.region_id, sales_channel_id: r.sales_channel_id },
      expected: r.present ? pick(r, "e_", cols) : null,
      actual: r.rollup_id ? pick(r, "s_", cols) : null,
    })),
    ...variants.map((r: any) => ({
      table: "analytics_daily_variant" as const,
      key: { day: r.day, variant_id: r.variant_id, currency_code: r.currency_code },
      expected: r.present ? pick(r, "e_", vcols) : null,
      actual: r.rollup_id ? pick(r, "s_", vcols) : null,
    })),
  ]
}

/** Re-aggregates every rollup key of `days` from the facts, under the usual key locks. */
export async function recomputeRollupDays(knex: any, days: string[]) {
  if (!days.length) return { sales_keys: 0, variant_keys: 0 }
  await lockRebuildShared(knex)
  const { rows: sales } = await knex.raw(
    `SELECT * FROM (${salesKeysOfDays}) k ORDER BY day || '|' || currency_code || '|' || region_id || '|' || sales_channel_id`,
    [days, days, days, days]
  )
  await lockKeys(
    knex,
    "analytics:sales",
    sales.map((k: any) => `${k.day}|${k.currency_code}|${k.region_id}|${k.sales_channel_id}`).sort()
  )
  for (const part of chunks(sales as any[], 2000)) {
    await writeSales(
      knex,
      `SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) AS u(day, currency_code, region_id, sales_channel_id)`,
      [
        part.map((k) => k.day),
        part.map((k) => k.currency_code),
        part.map((k) => k.region_id),
        part.map((k) => k.sales_channel_id),
      ]
    )
  }
  const { rows: variants } = await knex.raw(`SELECT * FROM (${variantKeysOfDays}) k`, [days, days])
  await lockKeys(
    knex,
    "analytics:variant",
    variants.map((k: any) => `${k.day}|${k.variant_id}|${k.currency_code}`).sort()
  )
  for (const part of chunks(variants as any[], 2000)) {
    await writeVariants(
      knex,
      `SELECT * FROM unnest(?::text[], ?::text[], ?::text[]) AS u(day, variant_id, currency_code)`,
      [part.map((k) => k.day), part.map((k) => k.variant_id), part.map((k) => k.currency_code)]
    )
  }
  return { sales_keys: sales.length, variant_keys: variants.length }
}

/** Up to `limit` random order ids with facts on `days`. */
export async function sampleOrderIds(knex: any, days: string[], limit: number): Promise<string[]> {
  if (!days.length) return []
  const { rows } = await knex.raw(
    `SELECT order_id FROM analytics_order_fact WHERE day = ANY(?::text[]) AND deleted_at IS NULL ORDER BY random() LIMIT ?`,
    [days, limit]
  )
  return rows.map((r: { order_id: string }) => r.order_id)
}

/** Order ids with facts on `days` (for the reconcile job's check against Medusa's orders of those days). */
export async function factOrderIdsOfDays(knex: any, days: string[]): Promise<string[]> {
  if (!days.length) return []
  const { rows } = await knex.raw(
    `SELECT order_id FROM analytics_order_fact WHERE day = ANY(?::text[]) AND deleted_at IS NULL ORDER BY order_id`,
    [days]
  )
  return rows.map((r: { order_id: string }) => r.order_id)
}

/** [start, end) instants of each day in a time zone. */
export async function dayBounds(knex: any, days: string[], timeZone: string) {
  if (!days.length) return []
  const { rows } = await knex.raw(
    `SELECT d AS day, (d::date::timestamp AT TIME ZONE ?) AS start, ((d::date + 1)::timestamp AT TIME ZONE ?) AS "end"
     FROM unnest(?::text[]) AS d ORDER BY d`,
    [timeZone, timeZone, days]
  )
  return rows as { day: string; start: Date; end: Date }[]
}

/** Days that have facts, a random sample of `limit` of them before `before`. */
export async function sampleFactDays(knex: any, before: string, limit: number): Promise<string[]> {
  const { rows } = await knex.raw(
    `SELECT day FROM (SELECT DISTINCT day FROM analytics_daily_sales WHERE day < ? AND deleted_at IS NULL) d
     ORDER BY random() LIMIT ?`,
    [before, limit]
  )
  return rows.map((r: { day: string }) => r.day)
}

/** The stored facts of some orders, in the shape the fact builder produces (for comparison). */
export async function storedFacts(knex: any, orderIds: string[]): Promise<Map<string, OrderFacts>> {
  const out = new Map<string, OrderFacts>()
  if (!orderIds.length) return out
  const text = (cols: string[]) => cols.map((c) => `${c}::text AS ${c}`).join(", ")
  for (const part of chunks(orderIds)) {
    const { rows: orders } = await knex.raw(
      `SELECT order_id, order_version, display_id, customer_id, region_id, sales_channel_id, currency_code, placed_at, day,
              status, is_canceled, canceled_at, units, returned_units,
              ${text(["item_subtotal", "discount_total", "shipping_total", "tax_total", "total", "captured_total", "refunded_total"])}
       FROM analytics_order_fact WHERE order_id = ANY(?::text[]) AND deleted_at IS NULL`,
      [part]
    )
    for (const o of orders) out.set(o.order_id, { order: o, lines: [], refunds: [], captures: [], promotions: [] })
    const { rows: lines } = await knex.raw(
      `SELECT line_item_id, order_id, product_id, variant_id, product_title, variant_title, variant_sku, currency_code,
              region_id, sales_channel_id, day, quantity, returned_quantity, is_canceled,
              ${text(["subtotal", "discount_total", "tax_total", "total"])}
       FROM analytics_line_fact WHERE order_id = ANY(?::text[]) AND deleted_at IS NULL ORDER BY line_item_id`,
      [part]
    )
    lines.forEach((l: any) => out.get(l.order_id)?.lines.push(l))
    const { rows: refunds } = await knex.raw(
      `SELECT refund_id, order_id, payment_id, currency_code, region_id, sales_channel_id, refund_reason_id, reason_label,
              refunded_at, day, is_canceled_order, amount::text AS amount
       FROM analytics_refund_fact WHERE order_id = ANY(?::text[]) AND deleted_at IS NULL ORDER BY refund_id`,
      [part]
    )
    refunds.forEach((r: any) => out.get(r.order_id)?.refunds.push(r))
    const { rows: captures } = await knex.raw(
      `SELECT capture_id, order_id, payment_id, currency_code, region_id, sales_channel_id, captured_at, day, amount::text AS amount
       FROM analytics_capture_fact WHERE order_id = ANY(?::text[]) AND deleted_at IS NULL ORDER BY capture_id`,
      [part]
    )
    captures.forEach((c: any) => out.get(c.order_id)?.captures.push(c))
    const { rows: promotions } = await knex.raw(
      `SELECT order_id, promotion_id, code, campaign_id, currency_code, region_id, sales_channel_id, day, is_canceled,
              ${text(["discount_total", "order_total"])}
       FROM analytics_promotion_fact WHERE order_id = ANY(?::text[]) AND deleted_at IS NULL ORDER BY promotion_id`,
      [part]
    )
    promotions.forEach((p: any) => out.get(p.order_id)?.promotions.push(p))
  }
  return out
}
