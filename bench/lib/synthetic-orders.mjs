// A synthetic order history for the analytics benchmark, bulk-inserted in the
// shape Medusa's Order and Payment modules store orders (order, line items,
// order items at version 1, tax lines, adjustments, shipping methods, the
// order–payment-collection link, payments, captures, refunds), so both our
// facts and the live computation read real tables.
//
// Order i (1-based) of a run, spread evenly over [from, from + days):
// - currency eur (9 in 10) or usd, in the region of that currency; sales channel of the store
// - line A: variant of a pool, unit price 10 + i % 50, quantity 1 + i % 3; line B: unit price 5 + i % 20, quantity 1
// - 20% tax on both lines, tax-exclusive; shipping 8 without tax
// - i % 10 = 5: a 2.00 promotion adjustment on line A
// - i % 100 = 7: canceled (no capture); the others captured in full on the day placed
// - i % 50 = 3: a 5.00 refund on the next day

const CHUNK = 50000

/**
 * @param {(sql: string, params?: unknown[]) => Promise<unknown[]>} query
 * @param {{ run: string, count: number, from: Date, days: number, regions: Record<string, string>,
 *   salesChannelId: string, variants: { id: string, product_id: string }[], promotionId: string,
 *   log?: (line: string) => void }} opts
 */
export async function generateOrders(query, opts) {
  const { run, count, from, days, regions, salesChannelId, variants, promotionId, log = () => {} } = opts
  const spanSeconds = days * 86400
  await query(`CREATE TEMP TABLE IF NOT EXISTS bench_variant (n int PRIMARY KEY, variant_id text, product_id text)`)
  await query(`TRUNCATE bench_variant`)
  await query(
    `INSERT INTO bench_variant SELECT v.n::int - 1, v.value->>'id', v.value->>'product_id'
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY v(value, n)`,
    [JSON.stringify(variants)]
  )
  const p = `'${run}_' || g`
  for (let start = 1; start <= count; start += CHUNK) {
    const end = Math.min(count, start + CHUNK - 1)
    const args = [start, end, from.toISOString(), spanSeconds / count, regions.eur, regions.usd, salesChannelId]
    // Orders: created_at spread evenly, currency by i % 10.
    await query(
      `INSERT INTO "order" (id, region_id, customer_id, version, sales_channel_id, status, email, currency_code,
         created_at, updated_at, canceled_at)
       SELECT 'order_' || ${p},
         CASE WHEN g % 10 = 0 THEN $6 ELSE $5 END,
         'cus_bench_' || (g % 50000),
         1, $7,
         (CASE WHEN g % 100 = 7 THEN 'canceled' ELSE 'completed' END)::order_status_enum,
         'bench' || (g % 50000) || '@example.com',
         CASE WHEN g % 10 = 0 THEN 'usd' ELSE 'eur' END,
         $3::timestamptz + make_interval(secs => (g - 1) * $4::float8),
         $3::timestamptz + make_interval(secs => (g - 1) * $4::float8),
         CASE WHEN g % 100 = 7 THEN $3::timestamptz + make_interval(secs => (g - 1) * $4::float8 + 3600) END
       FROM generate_series($1::int, $2::int) g`,
      args
    )
    // Two line items per order (A, B) and their order items at version 1.
    await query(
      `INSERT INTO order_line_item (id, title, variant_id, product_id, product_title, unit_price, raw_unit_price,
         is_tax_inclusive, requires_shipping, is_discountable, created_at, updated_at)
       SELECT 'ordli_' || ${p} || '_' || l.k, 'Bench ' || l.k, v.variant_id, v.product_id, 'Bench product',
         l.price, jsonb_build_object('value', l.price::text, 'precision', 20), false, true, true, o.created_at, o.created_at
       FROM generate_series($1::int, $2::int) g
       JOIN "order" o ON o.id = 'order_' || ${p}
       CROSS JOIN LATERAL (VALUES ('a', 10 + g % 50, g % 200), ('b', 5 + g % 20, (g * 7 + 3) % 200)) l(k, price, vn)
       JOIN bench_variant v ON v.n = l.vn % (SELECT count(*) FROM bench_variant)`,
      [start, end]
    )
    await query(
      `INSERT INTO order_item (id, order_id, version, item_id, quantity, raw_quantity, fulfilled_quantity,
         shipped_quantity, return_requested_quantity, return_received_quantity, return_dismissed_quantity,
         written_off_quantity, created_at, updated_at)
       SELECT 'orditem_' || ${p} || '_' || l.k, 'order_' || ${p}, 1, 'ordli_' || ${p} || '_' || l.k,
         l.qty, jsonb_build_object('value', l.qty::text, 'precision', 20), 0, 0, 0, 0, 0, 0, now(), now()
       FROM generate_series($1::int, $2::int) g
       CROSS JOIN LATERAL (VALUES ('a', 1 + g % 3), ('b', 1)) l(k, qty)`,
      [start, end]
    )
    await query(
      `INSERT INTO order_line_item_tax_line (id, code, rate, raw_rate, item_id, created_at, updated_at)
       SELECT 'ordlitxl_' || ${p} || '_' || l.k, 'VAT', 20, '{"value":"20","precision":20}', 'ordli_' || ${p} || '_' || l.k, now(), now()
       FROM generate_series($1::int, $2::int) g CROSS JOIN (VALUES ('a'), ('b')) l(k)`,
      [start, end]
    )
    await query(
      `INSERT INTO order_line_item_adjustment (id, promotion_id, code, amount, raw_amount, item_id, version, created_at, updated_at)
       SELECT 'ordliadj_' || ${p}, $3, 'BENCH2', 2, '{"value":"2","precision":20}', 'ordli_' || ${p} || '_a', 1, now(), now()
       FROM generate_series($1::int, $2::int) g WHERE g % 10 = 5`,
      [start, end, promotionId]
    )
    await query(
      `INSERT INTO order_shipping_method (id, name, amount, raw_amount, is_tax_inclusive, created_at, updated_at)
       SELECT 'ordsm_' || ${p}, 'Standard', 8, '{"value":"8","precision":20}', false, now(), now()
       FROM generate_series($1::int, $2::int) g`,
      [start, end]
    )
    await query(
      `INSERT INTO order_shipping (id, order_id, version, shipping_method_id, created_at, updated_at)
       SELECT 'ordspmv_' || ${p}, 'order_' || ${p}, 1, 'ordsm_' || ${p}, now(), now()
       FROM generate_series($1::int, $2::int) g`,
      [start, end]
    )
    // Payments: a collection per order, one payment, captured in full unless canceled.
    await query(
      `INSERT INTO payment_collection (id, currency_code, amount, raw_amount, captured_amount, raw_captured_amount,
         status, created_at, updated_at)
       SELECT 'pay_col_' || ${p}, o.currency_code, t.total, jsonb_build_object('value', t.total::text, 'precision', 20),
         CASE WHEN g % 100 = 7 THEN 0 ELSE t.total END,
         jsonb_build_object('value', (CASE WHEN g % 100 = 7 THEN 0 ELSE t.total END)::text, 'precision', 20),
         CASE WHEN g % 100 = 7 THEN 'canceled' ELSE 'completed' END, o.created_at, o.created_at
       FROM generate_series($1::int, $2::int) g
       JOIN "order" o ON o.id = 'order_' || ${p}
       CROSS JOIN LATERAL (SELECT ((10 + g % 50) * (1 + g % 3) + (5 + g % 20) - CASE WHEN g % 10 = 5 THEN 2 ELSE 0 END) * 1.2 + 8 AS total) t`,
      [start, end]
    )
    await query(
      `INSERT INTO order_payment_collection (id, order_id, payment_collection_id, created_at, updated_at)
       SELECT 'ordpay_' || ${p}, 'order_' || ${p}, 'pay_col_' || ${p}, now(), now()
       FROM generate_series($1::int, $2::int) g`,
      [start, end]
    )
    await query(
      `INSERT INTO payment (id, amount, raw_amount, currency_code, provider_id, payment_collection_id, payment_session_id,
         captured_at, created_at, updated_at)
       SELECT 'pay_' || ${p}, pc.amount, pc.raw_amount, pc.currency_code, 'pp_system_default', pc.id, 'payses_' || ${p},
         CASE WHEN g % 100 = 7 THEN NULL ELSE pc.created_at END, pc.created_at, pc.created_at
       FROM generate_series($1::int, $2::int) g JOIN payment_collection pc ON pc.id = 'pay_col_' || ${p}`,
      [start, end]
    )
    await query(
      `INSERT INTO capture (id, amount, raw_amount, payment_id, created_at, updated_at)
       SELECT 'capt_' || ${p}, pc.amount, pc.raw_amount, 'pay_' || ${p}, pc.created_at, pc.created_at
       FROM generate_series($1::int, $2::int) g JOIN payment_collection pc ON pc.id = 'pay_col_' || ${p}
       WHERE g % 100 <> 7`,
      [start, end]
    )
    await query(
      `INSERT INTO refund (id, amount, raw_amount, payment_id, note, created_at, updated_at)
       SELECT 'ref_' || ${p}, 5, '{"value":"5","precision":20}', 'pay_' || ${p}, 'bench',
         pc.created_at + interval '1 day', pc.created_at + interval '1 day'
       FROM generate_series($1::int, $2::int) g JOIN payment_collection pc ON pc.id = 'pay_col_' || ${p}
       WHERE g % 50 = 3`,
      [start, end]
    )
    log(`synthetic orders: ${end.toLocaleString("en")} of ${count.toLocaleString("en")}`)
  }
  await query(`ANALYZE "order"; ANALYZE order_item; ANALYZE order_line_item; ANALYZE order_line_item_adjustment`)
}

/**
 * The sales report computed live from Medusa's order tables: per day (in `timeZone`) and
 * currency, non-canceled orders' gross sales, discounts, tax, shipping, units and order count,
 * and refunds on the day they were made (refunds of canceled orders excluded).
 */
export function liveSalesSql() {
  return `
    WITH o AS (
      SELECT o.id, o.currency_code, (o.created_at AT TIME ZONE $3)::date AS day
      FROM "order" o
      WHERE o.deleted_at IS NULL AND o.is_draft_order = false AND o.status <> 'canceled'
        AND o.created_at >= ($1::date::timestamp AT TIME ZONE $3) AND o.created_at < (($2::date + 1)::timestamp AT TIME ZONE $3)
    ),
    items AS (
      SELECT o.day, o.currency_code,
        sum(oi.quantity * coalesce(oi.unit_price, li.unit_price)) AS gross,
        sum(oi.quantity) AS units,
        sum(coalesce(adj.amount, 0)) AS discounts,
        sum((oi.quantity * coalesce(oi.unit_price, li.unit_price) - coalesce(adj.amount, 0)) * coalesce(tx.rate, 0) / 100) AS tax
      FROM o
      JOIN "order" ord ON ord.id = o.id
      JOIN order_item oi ON oi.order_id = o.id AND oi.version = ord.version AND oi.deleted_at IS NULL
      JOIN order_line_item li ON li.id = oi.item_id AND li.deleted_at IS NULL
      LEFT JOIN LATERAL (SELECT sum(a.amount) AS amount FROM order_line_item_adjustment a
        WHERE a.item_id = li.id AND a.deleted_at IS NULL) adj ON true
      LEFT JOIN LATERAL (SELECT sum(t.rate) AS rate FROM order_line_item_tax_line t
        WHERE t.item_id = li.id AND t.deleted_at IS NULL) tx ON true
      GROUP BY 1, 2
    ),
    ship AS (
      SELECT o.day, o.currency_code, sum(sm.amount) AS shipping, count(DISTINCT o.id) AS orders
      FROM o
      JOIN "order" ord ON ord.id = o.id
      LEFT JOIN order_shipping os ON os.order_id = o.id AND os.version = ord.version AND os.deleted_at IS NULL
      LEFT JOIN order_shipping_method sm ON sm.id = os.shipping_method_id AND sm.deleted_at IS NULL
      GROUP BY 1, 2
    ),
    refunds AS (
      SELECT (r.created_at AT TIME ZONE $3)::date AS day, ord.currency_code, sum(r.amount) AS refunds
      FROM refund r
      JOIN payment p ON p.id = r.payment_id
      JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id AND opc.deleted_at IS NULL
      JOIN "order" ord ON ord.id = opc.order_id AND ord.status <> 'canceled' AND ord.deleted_at IS NULL
      WHERE r.deleted_at IS NULL
        AND r.created_at >= ($1::date::timestamp AT TIME ZONE $3) AND r.created_at < (($2::date + 1)::timestamp AT TIME ZONE $3)
      GROUP BY 1, 2
    )
    SELECT coalesce(s.day, rf.day)::text AS day, coalesce(s.currency_code, rf.currency_code) AS currency_code,
      coalesce(i.gross, 0)::text AS gross_sales, coalesce(i.discounts, 0)::text AS discounts,
      coalesce(rf.refunds, 0)::text AS refunds,
      (coalesce(i.gross, 0) - coalesce(i.discounts, 0) - coalesce(rf.refunds, 0))::text AS net_sales,
      coalesce(i.tax, 0)::text AS tax, coalesce(s.shipping, 0)::text AS shipping,
      coalesce(s.orders, 0)::int AS orders, coalesce(i.units, 0)::int AS units
    FROM ship s
    LEFT JOIN items i ON i.day = s.day AND i.currency_code = s.currency_code
    FULL JOIN refunds rf ON rf.day = s.day AND rf.currency_code = s.currency_code
    ORDER BY 1, 2`
}

const raw = (col) => `jsonb_build_object('value', (${col})::text, 'precision', 20)`

/**
 * Analytics facts of the synthetic orders of `run` that have none yet, in
 * bulk: each order's figures computed from its rows in Medusa's tables (the
 * same arithmetic as liveSalesSql), so a real backfill of a sample and this
 * fill can be checked together against the live computation.
 */
export async function insertSyntheticFacts(query, { run, timeZone = "UTC" }) {
  // A key range rather than LIKE: the primary key index finds the run's orders.
  const from = `order_${run}_`
  const to = `order_${run}\``
  // Set-based: one pass per source table grouped by order (hash joins), not a lookup per order.
  await query(
    `WITH o AS (SELECT * FROM "order" WHERE id >= $1 AND id < $3),
     adj AS (SELECT a.item_id, sum(a.amount) AS amount FROM order_line_item_adjustment a
             JOIN order_item oi ON oi.item_id = a.item_id AND oi.order_id >= $1 AND oi.order_id < $3
             WHERE a.deleted_at IS NULL GROUP BY 1),
     tx AS (SELECT t.item_id, sum(t.rate) AS rate FROM order_line_item_tax_line t
            JOIN order_item oi ON oi.item_id = t.item_id AND oi.order_id >= $1 AND oi.order_id < $3
            WHERE t.deleted_at IS NULL GROUP BY 1),
     i AS (SELECT oi.order_id, sum(oi.quantity * coalesce(oi.unit_price, li.unit_price)) AS gross,
             sum(oi.quantity)::int AS units, sum(coalesce(adj.amount, 0)) AS discounts,
             sum((oi.quantity * coalesce(oi.unit_price, li.unit_price) - coalesce(adj.amount, 0)) * coalesce(tx.rate, 0) / 100) AS tax
           FROM order_item oi JOIN o ON o.id = oi.order_id AND oi.version = o.version
           JOIN order_line_item li ON li.id = oi.item_id
           LEFT JOIN adj ON adj.item_id = li.id LEFT JOIN tx ON tx.item_id = li.id
           WHERE oi.deleted_at IS NULL GROUP BY 1),
     s AS (SELECT os.order_id, sum(sm.amount) AS shipping FROM order_shipping os
           JOIN o ON o.id = os.order_id AND os.version = o.version
           JOIN order_shipping_method sm ON sm.id = os.shipping_method_id
           WHERE os.deleted_at IS NULL GROUP BY 1),
     pay AS (SELECT opc.order_id, p.id AS payment_id FROM order_payment_collection opc
             JOIN payment p ON p.payment_collection_id = opc.payment_collection_id
             WHERE opc.order_id >= $1 AND opc.order_id < $3),
     cap AS (SELECT pay.order_id, sum(c.amount) AS captured FROM capture c JOIN pay ON pay.payment_id = c.payment_id
             WHERE c.deleted_at IS NULL GROUP BY 1),
     ref AS (SELECT pay.order_id, sum(r.amount) AS refunded FROM refund r JOIN pay ON pay.payment_id = r.payment_id
             WHERE r.deleted_at IS NULL GROUP BY 1),
     f AS (SELECT o.*, coalesce(i.gross, 0) AS gross, coalesce(i.units, 0) AS units, coalesce(i.discounts, 0) AS discounts,
             coalesce(i.tax, 0) AS tax, coalesce(s.shipping, 0) AS shipping,
             coalesce(cap.captured, 0) AS captured, coalesce(ref.refunded, 0) AS refunded
           FROM o LEFT JOIN i ON i.order_id = o.id LEFT JOIN s ON s.order_id = o.id
           LEFT JOIN cap ON cap.order_id = o.id LEFT JOIN ref ON ref.order_id = o.id)
     INSERT INTO analytics_order_fact (id, order_id, order_version, display_id, customer_id, region_id, sales_channel_id,
       currency_code, placed_at, day, status, is_canceled, canceled_at,
       item_subtotal, raw_item_subtotal, discount_total, raw_discount_total, shipping_total, raw_shipping_total,
       tax_total, raw_tax_total, total, raw_total, captured_total, raw_captured_total, refunded_total, raw_refunded_total,
       units, returned_units, is_first_order, refreshed_at, created_at, updated_at)
     SELECT 'anof_' || f.id, f.id, f.version, f.display_id, f.customer_id, coalesce(f.region_id, ''), coalesce(f.sales_channel_id, ''),
       f.currency_code, f.created_at, (f.created_at AT TIME ZONE $2)::date::text, f.status::text, f.status = 'canceled', f.canceled_at,
       f.gross, ${raw("f.gross")}, f.discounts, ${raw("f.discounts")}, f.shipping, ${raw("f.shipping")},
       f.tax, ${raw("f.tax")}, f.gross - f.discounts + f.tax + f.shipping, ${raw("f.gross - f.discounts + f.tax + f.shipping")},
       f.captured, ${raw("f.captured")}, f.refunded, ${raw("f.refunded")},
       f.units, 0, false, now(), now(), now()
     FROM f
     ON CONFLICT (order_id) WHERE deleted_at IS NULL DO NOTHING`,
    [from, timeZone, to]
  )
  await query(
    `INSERT INTO analytics_refund_fact (id, refund_id, order_id, payment_id, currency_code, region_id, sales_channel_id,
       amount, raw_amount, refunded_at, day, is_canceled_order, created_at, updated_at)
     SELECT 'anrf_' || r.id, r.id, o.id, r.payment_id, o.currency_code, coalesce(o.region_id, ''), coalesce(o.sales_channel_id, ''),
       r.amount, r.raw_amount, r.created_at, (r.created_at AT TIME ZONE $2)::date::text, o.status = 'canceled', now(), now()
     FROM refund r JOIN payment p ON p.id = r.payment_id
     JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id
     JOIN "order" o ON o.id = opc.order_id
     WHERE o.id >= $1 AND o.id < $3
     ON CONFLICT (refund_id) WHERE deleted_at IS NULL DO NOTHING`,
    [from, timeZone, to]
  )
  await query(
    `INSERT INTO analytics_capture_fact (id, capture_id, order_id, payment_id, currency_code, region_id, sales_channel_id,
       amount, raw_amount, captured_at, day, created_at, updated_at)
     SELECT 'ancf_' || c.id, c.id, o.id, c.payment_id, o.currency_code, coalesce(o.region_id, ''), coalesce(o.sales_channel_id, ''),
       c.amount, c.raw_amount, c.created_at, (c.created_at AT TIME ZONE $2)::date::text, now(), now()
     FROM capture c JOIN payment p ON p.id = c.payment_id
     JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id
     JOIN "order" o ON o.id = opc.order_id
     WHERE o.id >= $1 AND o.id < $3
     ON CONFLICT (capture_id) WHERE deleted_at IS NULL DO NOTHING`,
    [from, timeZone, to]
  )
}
