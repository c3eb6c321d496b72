import { entityId } from "../../../lib/ids"
import type { ApplyFactsResult, OrderFacts } from "../types"
import { coPurchaseDelta, coPurchasePairs } from "../utils/facts"
import { chunks, rawBigNumber } from "../../../lib/sql"

/**
 * Fact replacement and rollup maintenance.
 *
 * Locks (all transaction-scoped advisory locks, always taken in this class
 * order and sorted within a class, so writers cannot deadlock):
 *   rebuild (shared; a full rebuild takes it exclusively)
 *   → order → customer → daily-sales key → daily-variant key
 * then co-purchase rows by (product, other) order. Every rollup row is
 * re-aggregated from the facts while its key lock is held, and a later writer
 * of the key waits for the lock and then reads the committed facts (READ
 * COMMITTED takes a fresh snapshot per statement), so rollups always equal
 * the sum of their facts.
 */

const REBUILD_LOCK = "analytics:rebuild"

export const SALES_KEY_COLUMNS = ["day", "currency_code", "region_id", "sales_channel_id"] as const
export const VARIANT_KEY_COLUMNS = ["day", "variant_id", "currency_code"] as const

type SalesKey = { day: string; currency_code: string; region_id: string; sales_channel_id: string }
type VariantKey = { day: string; variant_id: string; currency_code: string }

const salesKeyOf = (k: SalesKey) => `${k.day}|${k.currency_code}|${k.region_id}|${k.sales_channel_id}`
const variantKeyOf = (k: VariantKey) => `${k.day}|${k.variant_id}|${k.currency_code}`
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Transaction-scoped advisory locks on `namespace:key`, in the given (sorted) order. */
export async function lockKeys(knex: any, namespace: string, sortedKeys: string[]) {
  for (const part of chunks(sortedKeys, 5000)) {
    await knex.raw(
      `SELECT count(pg_advisory_xact_lock(hashtextextended(?::text || t.k, 0)))
       FROM (SELECT k FROM unnest(?::text[]) WITH ORDINALITY u(k, n) ORDER BY n) t`,
      [`${namespace}:`, part]
    )
  }
}

export async function lockRebuildShared(knex: any) {
  await knex.raw(`SELECT pg_advisory_xact_lock_shared(hashtextextended(?, 0))`, [REBUILD_LOCK])
}

export async function lockRebuildExclusive(knex: any) {
  await knex.raw(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [REBUILD_LOCK])
}

const money = (value: string) => ({ v: value, raw: rawBigNumber(value) })

/**
 * Replaces the facts of the given orders and re-aggregates everything they
 * touch (see the file comment). `observedAt` is when the state in `facts` was
 * read: an order whose stored facts come from a later read is left alone, so
 * a slow, stale refresh can never overwrite a newer one.
 */
export async function applyOrderFacts(
  knex: any,
  facts: OrderFacts[],
  removedOrderIds: string[],
  observedAt: Date = new Date()
): Promise<ApplyFactsResult> {
  const incoming = new Map<string, OrderFacts | null>()
  for (const f of facts) incoming.set(f.order.order_id, f)
  for (const id of removedOrderIds) if (!incoming.has(id)) incoming.set(id, null)
  const result: ApplyFactsResult = { orders: 0, removed: 0, sales_keys: 0, variant_keys: 0 }
  if (!incoming.size) return result

  await lockRebuildShared(knex)
  const orderIds = [...incoming.keys()].sort(byString)
  await lockKeys(knex, "analytics:order", orderIds)

  // Stored state of these orders (read under their locks).
  const existing = new Map<string, { customer_id: string | null; refreshed_at: Date }>()
  for (const part of chunks(orderIds)) {
    const rows = await knex("analytics_order_fact")
      .whereIn("order_id", part)
      .whereNull("deleted_at")
      .select("order_id", "customer_id", "refreshed_at")
    for (const r of rows) existing.set(r.order_id, r)
  }
  const ids = orderIds.filter((id) => {
    const stored = existing.get(id)
    if (!stored) return incoming.get(id) !== null
    return new Date(stored.refreshed_at).getTime() <= observedAt.getTime()
  })
  if (!ids.length) return result

  const salesKeys = new Map<string, SalesKey>()
  const variantKeys = new Map<string, VariantKey>()
  const addSales = (k: SalesKey) => salesKeys.set(salesKeyOf(k), k)
  const addVariant = (k: VariantKey) => variantKeys.set(variantKeyOf(k), k)

  // Old keys and old co-purchase pairs.
  const oldLinesByOrder = new Map<string, { product_id: string | null; quantity: number; is_canceled: boolean }[]>()
  for (const part of chunks(ids)) {
    for (const table of ["analytics_order_fact", "analytics_refund_fact", "analytics_capture_fact"]) {
      const rows = await knex(table)
        .whereIn("order_id", part)
        .whereNull("deleted_at")
        .distinct(...SALES_KEY_COLUMNS)
      rows.forEach(addSales)
    }
    const lines = await knex("analytics_line_fact")
      .whereIn("order_id", part)
      .whereNull("deleted_at")
      .select("order_id", "day", "variant_id", "currency_code", "product_id", "quantity", "is_canceled")
    for (const l of lines) {
      addVariant(l)
      const list = oldLinesByOrder.get(l.order_id) ?? []
      list.push(l)
      oldLinesByOrder.set(l.order_id, list)
    }
  }

  const customers = new Set<string>()
  for (const id of ids) {
    const old = existing.get(id)?.customer_id
    if (old) customers.add(old)
    const fresh = incoming.get(id)?.order.customer_id
    if (fresh) customers.add(fresh)
  }
  const customerIds = [...customers].sort(byString)
  await lockKeys(knex, "analytics:customer", customerIds)

  // Replace the facts.
  for (const part of chunks(ids)) {
    for (const table of [
      "analytics_order_fact",
      "analytics_line_fact",
      "analytics_refund_fact",
      "analytics_capture_fact",
      "analytics_promotion_fact",
    ]) {
      // deleted_at IS NULL: the order_id indexes are partial on it (and facts are only ever hard-deleted).
      await knex(table).whereIn("order_id", part).whereNull("deleted_at").delete()
    }
  }
  const now = new Date()
  const stamp = { created_at: now, updated_at: now }
  const fresh = ids.map((id) => incoming.get(id)).filter((f): f is OrderFacts => Boolean(f))
  const orderRows: Record<string, unknown>[] = []
  const lineRows: Record<string, unknown>[] = []
  const refundRows: Record<string, unknown>[] = []
  const captureRows: Record<string, unknown>[] = []
  const promotionRows: Record<string, unknown>[] = []
  for (const f of fresh) {
    const o = f.order
    addSales(o)
    orderRows.push({
      id: entityId("anof"),
      ...o,
      ...moneyColumns(o, [
        "item_subtotal",
        "discount_total",
        "shipping_total",
        "tax_total",
        "total",
        "captured_total",
        "refunded_total",
      ]),
      is_first_order: false,
      refreshed_at: observedAt,
      ...stamp,
    })
    for (const l of f.lines) {
      addVariant(l)
      lineRows.push({
        id: entityId("anlf"),
        ...l,
        ...moneyColumns(l, ["subtotal", "discount_total", "tax_total", "total"]),
        ...stamp,
      })
    }
    for (const r of f.refunds) {
      addSales(r)
      refundRows.push({ id: entityId("anrf"), ...r, ...moneyColumns(r, ["amount"]), ...stamp })
    }
    for (const c of f.captures) {
      addSales(c)
      captureRows.push({ id: entityId("ancf"), ...c, ...moneyColumns(c, ["amount"]), ...stamp })
    }
    for (const p of f.promotions) {
      promotionRows.push({
        id: entityId("anpf"),
        ...p,
        ...moneyColumns(p, ["discount_total", "order_total"]),
        ...stamp,
      })
    }
  }
  const insert = async (table: string, rows: Record<string, unknown>[]) => {
    for (const part of chunks(rows, 500)) await knex(table).insert(part)
  }
  await insert("analytics_order_fact", orderRows)
  await insert("analytics_line_fact", lineRows)
  await insert("analytics_refund_fact", refundRows)
  await insert("analytics_capture_fact", captureRows)
  await insert("analytics_promotion_fact", promotionRows)

  // First orders and customer facts of every customer involved (before or after).
  if (customerIds.length) {
    for (const k of await refreshFirstOrders(knex, customerIds)) addSales(k)
    await refreshCustomerFacts(knex, customerIds)
  }

  // Rollups of every key touched before or after.
  const sales = [...salesKeys.entries()].sort(([a], [b]) => byString(a, b))
  await lockKeys(
    knex,
    "analytics:sales",
    sales.map(([k]) => k)
  )
  await aggregateSales(
    knex,
    sales.map(([, k]) => k)
  )
  const variants = [...variantKeys.entries()].sort(([a], [b]) => byString(a, b))
  await lockKeys(
    knex,
    "analytics:variant",
    variants.map(([k]) => k)
  )
  await aggregateVariants(
    knex,
    variants.map(([, k]) => k)
  )

  // Co-purchase pairs: the net change between the orders' old and new product sets.
  const delta = coPurchaseDelta(
    ids.map((id) => coPurchasePairs(oldLinesByOrder.get(id) ?? [])),
    ids.map((id) => coPurchasePairs(incoming.get(id)?.lines ?? []))
  )
  await applyCoPurchaseDelta(knex, delta)

  result.orders = fresh.length
  result.removed = ids.length - fresh.length
  result.sales_keys = sales.length
  result.variant_keys = variants.length
  return result
}

function moneyColumns(row: Record<string, any>, columns: string[]) {
  const out: Record<string, unknown> = {}
  for (const c of columns) {
    const m = money(String(row[c] ?? "0"))
    out[c] = m.v
    out[`raw_${c}`] = m.raw
  }
  return out
}

/** Sets is_first_order for every fact of the customers; returns the sales keys of rows that changed. */
async function refreshFirstOrders(knex: any, customerIds: string[]): Promise<SalesKey[]> {
  const keys: SalesKey[] = []
  for (const part of chunks(customerIds)) {
    const { rows } = await knex.raw(
      `WITH c AS (SELECT unnest(?::text[]) AS customer_id),
       firsts AS (
         SELECT DISTINCT ON (f.customer_id) f.customer_id, f.order_id
         FROM analytics_order_fact f JOIN c USING (customer_id)
         WHERE NOT f.is_canceled AND f.deleted_at IS NULL
         ORDER BY f.customer_id, f.placed_at, f.order_id
       ),
       target AS (
         SELECT f.id, (f.order_id = fo.order_id) IS TRUE AS should
         FROM analytics_order_fact f JOIN c USING (customer_id) LEFT JOIN firsts fo USING (customer_id)
         WHERE f.deleted_at IS NULL
       )
       UPDATE analytics_order_fact f SET is_first_order = t.should
       FROM target t
       WHERE f.id = t.id AND f.is_first_order IS DISTINCT FROM t.should
       RETURNING f.day, f.currency_code, f.region_id, f.sales_channel_id`,
      [part]
    )
    keys.push(...rows)
  }
  return keys
}

/** Re-aggregates analytics_customer_fact for the customers from their non-canceled order facts. */
async function refreshCustomerFacts(knex: any, customerIds: string[]) {
  for (const part of chunks(customerIds)) {
    await knex.raw(
      `WITH c AS (SELECT unnest(?::text[]) AS customer_id),
       agg AS (
         SELECT f.customer_id, f.currency_code, min(f.placed_at) AS first_order_at, max(f.placed_at) AS last_order_at,
                count(*)::int AS orders_count, sum(f.total - f.refunded_total) AS net_total
         FROM analytics_order_fact f JOIN c USING (customer_id)
         WHERE NOT f.is_canceled AND f.deleted_at IS NULL
         GROUP BY f.customer_id, f.currency_code
       ),
       gone AS (
         DELETE FROM analytics_customer_fact cf USING c
         WHERE cf.customer_id = c.customer_id
           AND NOT EXISTS (SELECT 1 FROM agg WHERE agg.customer_id = cf.customer_id AND agg.currency_code = cf.currency_code)
         RETURNING 1
       )
       INSERT INTO analytics_customer_fact
         (id, customer_id, currency_code, first_order_at, last_order_at, orders_count, net_total, raw_net_total, created_at, updated_at)
       SELECT 'ancu_' || replace(gen_random_uuid()::text, '-', ''), customer_id, currency_code, first_order_at, last_order_at,
              orders_count, net_total, jsonb_build_object('value', net_total::text, 'precision', 20), now(), now()
       FROM agg
       ON CONFLICT (customer_id, currency_code) WHERE deleted_at IS NULL DO UPDATE SET
         first_order_at = excluded.first_order_at, last_order_at = excluded.last_order_at,
         orders_count = excluded.orders_count, net_total = excluded.net_total, raw_net_total = excluded.raw_net_total,
         updated_at = now()
       WHERE (analytics_customer_fact.first_order_at, analytics_customer_fact.last_order_at,
              analytics_customer_fact.orders_count, analytics_customer_fact.net_total)
         IS DISTINCT FROM (excluded.first_order_at, excluded.last_order_at, excluded.orders_count, excluded.net_total)`,
      [part]
    )
  }
}

const raw = (col: string) => `jsonb_build_object('value', ${col}::text, 'precision', 20)`

/**
 * The expected daily_sales row of every key produced by `keysSql` (a SELECT
 * of day, currency_code, region_id, sales_channel_id), from the facts.
 * `present` is false for a key no fact contributes to (its row must not exist).
 */
export function expectedSalesSql(keysSql: string) {
  return `k AS (${keysSql}),
  o AS (
    SELECT f.day, f.currency_code, f.region_id, f.sales_channel_id,
      count(*) FILTER (WHERE NOT f.is_canceled)::int AS orders,
      count(*) FILTER (WHERE f.is_canceled)::int AS canceled_orders,
      count(*) FILTER (WHERE NOT f.is_canceled AND f.captured_total > 0)::int AS captured_orders,
      coalesce(sum(f.units) FILTER (WHERE NOT f.is_canceled), 0)::int AS units,
      coalesce(sum(f.returned_units) FILTER (WHERE NOT f.is_canceled), 0)::int AS returned_units,
      coalesce(sum(f.item_subtotal) FILTER (WHERE NOT f.is_canceled), 0) AS gross_sales,
      coalesce(sum(f.discount_total) FILTER (WHERE NOT f.is_canceled), 0) AS discounts,
      coalesce(sum(f.tax_total) FILTER (WHERE NOT f.is_canceled), 0) AS tax,
      coalesce(sum(f.shipping_total) FILTER (WHERE NOT f.is_canceled), 0) AS shipping,
      coalesce(sum(f.total) FILTER (WHERE NOT f.is_canceled), 0) AS total,
      count(*) FILTER (WHERE f.is_first_order AND NOT f.is_canceled)::int AS new_customers
    FROM analytics_order_fact f JOIN k USING (day, currency_code, region_id, sales_channel_id)
    WHERE f.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4
  ),
  r AS (
    SELECT f.day, f.currency_code, f.region_id, f.sales_channel_id,
      coalesce(sum(f.amount) FILTER (WHERE NOT f.is_canceled_order), 0) AS refunds,
      coalesce(sum(f.amount) FILTER (WHERE f.is_canceled_order), 0) AS canceled_refunds
    FROM analytics_refund_fact f JOIN k USING (day, currency_code, region_id, sales_channel_id)
    WHERE f.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4
  ),
  c AS (
    SELECT f.day, f.currency_code, f.region_id, f.sales_channel_id, sum(f.amount) AS captured
    FROM analytics_capture_fact f JOIN k USING (day, currency_code, region_id, sales_channel_id)
    WHERE f.deleted_at IS NULL
    GROUP BY 1, 2, 3, 4
  ),
  e AS (
    SELECT k.day, k.currency_code, k.region_id, k.sales_channel_id,
      (o.day IS NOT NULL OR r.day IS NOT NULL OR c.day IS NOT NULL) AS present,
      coalesce(o.orders, 0) AS orders, coalesce(o.canceled_orders, 0) AS canceled_orders,
      coalesce(o.captured_orders, 0) AS captured_orders,
      coalesce(o.units, 0) AS units, coalesce(o.returned_units, 0) AS returned_units,
      coalesce(o.gross_sales, 0) AS gross_sales, coalesce(o.discounts, 0) AS discounts,
      coalesce(r.refunds, 0) AS refunds, coalesce(r.canceled_refunds, 0) AS canceled_refunds,
      coalesce(o.gross_sales, 0) - coalesce(o.discounts, 0) - coalesce(r.refunds, 0) AS net_sales,
      coalesce(o.tax, 0) AS tax, coalesce(o.shipping, 0) AS shipping, coalesce(o.total, 0) AS total,
      coalesce(c.captured, 0) AS captured, coalesce(o.new_customers, 0) AS new_customers
    FROM k
    LEFT JOIN o USING (day, currency_code, region_id, sales_channel_id)
    LEFT JOIN r USING (day, currency_code, region_id, sales_channel_id)
    LEFT JOIN c USING (day, currency_code, region_id, sales_channel_id)
  )`
}

export const SALES_MONEY = [
  "gross_sales",
  "discounts",
  "refunds",
  "canceled_refunds",
  "net_sales",
  "tax",
  "shipping",
  "total",
  "captured",
] as const
export const SALES_COUNTS = [
  "orders",
  "canceled_orders",
  "captured_orders",
  "units",
  "returned_units",
  "new_customers",
] as const

/** Writes the daily_sales rows of the keys from `keysSql` (bindings for it in `bindings`). */
export async function writeSales(knex: any, keysSql: string, bindings: unknown[]) {
  const cols = [...SALES_COUNTS, ...SALES_MONEY]
  await knex.raw(
    `WITH ${expectedSalesSql(keysSql)},
     gone AS (
       DELETE FROM analytics_daily_sales s USING e
       WHERE NOT e.present AND s.day = e.day AND s.currency_code = e.currency_code
         AND s.region_id = e.region_id AND s.sales_channel_id = e.sales_channel_id
       RETURNING 1
     )
     INSERT INTO analytics_daily_sales
       (id, day, currency_code, region_id, sales_channel_id, ${cols.join(", ")},
        ${SALES_MONEY.map((m) => `raw_${m}`).join(", ")}, created_at, updated_at)
     SELECT 'ands_' || replace(gen_random_uuid()::text, '-', ''), day, currency_code, region_id, sales_channel_id,
            ${cols.join(", ")}, ${SALES_MONEY.map(raw).join(", ")}, now(), now()
     FROM e WHERE e.present
     ON CONFLICT (day, currency_code, region_id, sales_channel_id) WHERE deleted_at IS NULL DO UPDATE SET
       ${cols.map((c) => `${c} = excluded.${c}`).join(", ")},
       ${SALES_MONEY.map((m) => `raw_${m} = excluded.raw_${m}`).join(", ")},
       updated_at = now()
     WHERE (${cols.map((c) => `analytics_daily_sales.${c}`).join(", ")})
       IS DISTINCT FROM (${cols.map((c) => `excluded.${c}`).join(", ")})`,
    bindings
  )
}

async function aggregateSales(knex: any, keys: SalesKey[]) {
  for (const part of chunks(keys, 2000)) {
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
}

/** Expected daily_variant rows of the keys from `keysSql` (day, variant_id, currency_code). */
export function expectedVariantSql(keysSql: string) {
  return `k AS (${keysSql}),
  l AS (
    SELECT f.day, f.variant_id, f.currency_code, max(f.product_id) AS product_id,
      count(DISTINCT f.order_id)::int AS orders, sum(f.quantity)::int AS units,
      sum(f.returned_quantity)::int AS returned_units, sum(f.subtotal - f.discount_total) AS revenue
    FROM analytics_line_fact f JOIN k USING (day, variant_id, currency_code)
    WHERE NOT f.is_canceled AND f.deleted_at IS NULL
    GROUP BY 1, 2, 3
  ),
  e AS (
    SELECT k.day, k.variant_id, k.currency_code, (l.day IS NOT NULL) AS present, l.product_id,
      coalesce(l.orders, 0) AS orders, coalesce(l.units, 0) AS units,
      coalesce(l.returned_units, 0) AS returned_units, coalesce(l.revenue, 0) AS revenue
    FROM k LEFT JOIN l USING (day, variant_id, currency_code)
  )`
}

export async function writeVariants(knex: any, keysSql: string, bindings: unknown[]) {
  await knex.raw(
    `WITH ${expectedVariantSql(keysSql)},
     gone AS (
       DELETE FROM analytics_daily_variant v USING e
       WHERE NOT e.present AND v.day = e.day AND v.variant_id = e.variant_id AND v.currency_code = e.currency_code
       RETURNING 1
     )
     INSERT INTO analytics_daily_variant
       (id, day, variant_id, currency_code, product_id, orders, units, returned_units, revenue, raw_revenue, created_at, updated_at)
     SELECT 'andv_' || replace(gen_random_uuid()::text, '-', ''), day, variant_id, currency_code, product_id,
            orders, units, returned_units, revenue, ${raw("revenue")}, now(), now()
     FROM e WHERE e.present
     ON CONFLICT (day, variant_id, currency_code) WHERE deleted_at IS NULL DO UPDATE SET
       product_id = excluded.product_id, orders = excluded.orders, units = excluded.units,
       returned_units = excluded.returned_units, revenue = excluded.revenue, raw_revenue = excluded.raw_revenue,
       updated_at = now()
     WHERE (analytics_daily_variant.product_id, analytics_daily_variant.orders, analytics_daily_variant.units,
            analytics_daily_variant.returned_units, analytics_daily_variant.revenue)
       IS DISTINCT FROM (excluded.product_id, excluded.orders, excluded.units, excluded.returned_units, excluded.revenue)`,
    bindings
  )
}

async function aggregateVariants(knex: any, keys: VariantKey[]) {
  for (const part of chunks(keys, 2000)) {
    await writeVariants(
      knex,
      `SELECT * FROM unnest(?::text[], ?::text[], ?::text[]) AS u(day, variant_id, currency_code)`,
      [part.map((k) => k.day), part.map((k) => k.variant_id), part.map((k) => k.currency_code)]
    )
  }
}

async function applyCoPurchaseDelta(knex: any, delta: [string, string, number][]) {
  for (const part of chunks(delta, 2000)) {
    await knex.raw(
      `INSERT INTO analytics_co_purchase (id, product_id, other_product_id, orders_count, created_at, updated_at)
       SELECT 'ancp_' || replace(gen_random_uuid()::text, '-', ''), a, b, d, now(), now()
       FROM unnest(?::text[], ?::text[], ?::int[]) WITH ORDINALITY AS u(a, b, d, n)
       ORDER BY n
       ON CONFLICT (product_id, other_product_id) WHERE deleted_at IS NULL DO UPDATE SET
         orders_count = analytics_co_purchase.orders_count + excluded.orders_count, updated_at = now()`,
      [part.map((p) => p[0]), part.map((p) => p[1]), part.map((p) => p[2])]
    )
    await knex.raw(
      `DELETE FROM analytics_co_purchase c USING unnest(?::text[], ?::text[]) AS u(a, b)
       WHERE c.product_id = u.a AND c.other_product_id = u.b AND c.orders_count <= 0`,
      [part.map((p) => p[0]), part.map((p) => p[1])]
    )
  }
}

/**
 * Recomputes every fact's day in `timeZone` and rebuilds all rollups from
 * the facts. Exclusive: no refresh runs meanwhile.
 */
export async function rebuildFromFacts(knex: any, timeZone: string) {
  await lockRebuildExclusive(knex)
  const day = (col: string) => `to_char((${col} AT TIME ZONE ?)::date, 'YYYY-MM-DD')`
  await knex.raw(`UPDATE analytics_order_fact SET day = ${day("placed_at")} WHERE day <> ${day("placed_at")}`, [
    timeZone,
    timeZone,
  ])
  await knex.raw(`UPDATE analytics_refund_fact SET day = ${day("refunded_at")} WHERE day <> ${day("refunded_at")}`, [
    timeZone,
    timeZone,
  ])
  await knex.raw(`UPDATE analytics_capture_fact SET day = ${day("captured_at")} WHERE day <> ${day("captured_at")}`, [
    timeZone,
    timeZone,
  ])
  for (const table of ["analytics_line_fact", "analytics_promotion_fact"]) {
    await knex.raw(
      `UPDATE ${table} t SET day = f.day FROM analytics_order_fact f WHERE f.order_id = t.order_id AND t.day <> f.day`
    )
  }
  await knex.raw(`DELETE FROM analytics_daily_sales`)
  await knex.raw(`DELETE FROM analytics_daily_variant`)
  await writeSales(
    knex,
    `SELECT day, currency_code, region_id, sales_channel_id FROM analytics_order_fact WHERE deleted_at IS NULL
     UNION SELECT day, currency_code, region_id, sales_channel_id FROM analytics_refund_fact WHERE deleted_at IS NULL
     UNION SELECT day, currency_code, region_id, sales_channel_id FROM analytics_capture_fact WHERE deleted_at IS NULL`,
    []
  )
  await writeVariants(
    knex,
    `SELECT DISTINCT day, variant_id, currency_code FROM analytics_line_fact WHERE deleted_at IS NULL`,
    []
  )
  const { rows } = await knex.raw(`SELECT count(*)::int AS orders FROM analytics_order_fact WHERE deleted_at IS NULL`)
  return { orders: rows[0].orders as number }
}

/** Deletes all facts and everything derived from them (exclusive, like a rebuild). */
export async function clearFacts(knex: any) {
  await lockRebuildExclusive(knex)
  for (const table of [
    "analytics_order_fact",
    "analytics_line_fact",
    "analytics_refund_fact",
    "analytics_capture_fact",
    "analytics_promotion_fact",
    "analytics_daily_sales",
    "analytics_daily_variant",
    "analytics_customer_fact",
    "analytics_co_purchase",
  ]) {
    await knex.raw(`DELETE FROM ${table}`)
  }
}
