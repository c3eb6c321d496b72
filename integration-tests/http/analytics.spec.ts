import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
  PaymentEvents,
} from "@medusajs/framework/utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { payAndComplete, prepareCart } from "../helpers/checkout"
import { registerCustomer, type CustomerSession } from "../helpers/customer"
import { afterEvent, redeliver } from "../helpers/events"
import { seedTestStore, type TestStore } from "../helpers/store"
import { ANALYTICS_REPORT_MODULE } from "../../src/modules/analytics-report"
import type AnalyticsReportModuleService from "../../src/modules/analytics-report/service"
import { runBackfill } from "../../src/workflows/analytics/backfill"
import { reconcileAnalyticsWorkflow } from "../../src/workflows/analytics/reconcile"

jest.setTimeout(300 * 1000)

/**
 * Analytics: every figure is checked against SQL over Medusa's own tables
 * (order, order_item, line items, adjustments, tax lines, shipping, payments,
 * captures, refunds, order_summary), written here and never through the
 * analytics code.
 */

type Row = Record<string, any>

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let customer: CustomerSession
    let other: CustomerSession
    let variants: { id: string; product_id: string }[]
    let promotionId: string
    let reasonId: string
    let today: string
    let from: string
    const orders: Record<string, { id: string; payment_id: string }> = {}

    // The test runner restores the database to its state after beforeAll before every test:
    // each test starts from orders a-d below, whatever earlier tests did.
    const container = () => getContainer()
    const knex = () => container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const service = () => container().resolve<AnalyticsReportModuleService>(ANALYTICS_REPORT_MODULE)
    const sql = async (text: string, bindings: Record<string, unknown> = {}): Promise<Row[]> =>
      (await knex().raw(text, bindings)).rows

    const report = async (name: string, params: Record<string, string | number> = {}) => {
      const qs = new URLSearchParams({ from, to: today, compare: "none", ...params } as any).toString()
      return (await api.get(`/admin/reports/${name}?${qs}`, admin.headers)).data
    }
    const group = (envelope: any, currency: string) => envelope.groups.find((g: any) => g.currency_code === currency)
    const status = (promise: Promise<unknown>) =>
      promise.then(
        () => 200,
        (e: any) => e.response?.status ?? 0
      )
    const errorOf = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (e: any) => ({ status: e.response?.status, message: e.response?.data?.message as string })
      )

    // ── Medusa's source, independently ─────────────────────────────────────

    /** Per-order figures straight from Medusa's tables (tax-exclusive prices, checked in beforeAll). */
    const SOURCE_ORDERS = `
      o AS (
        SELECT o.id, o.currency_code, o.version, o.status = 'canceled' AS canceled,
               (o.created_at AT TIME ZONE :tz)::date AS day
        FROM "order" o
        WHERE o.deleted_at IS NULL AND o.is_draft_order = false
          AND (o.created_at AT TIME ZONE :tz)::date BETWEEN :from::date AND :to::date
      ),
      lines AS (
        SELECT o.id AS order_id, l.product_id, oi.quantity AS qty, oi.return_received_quantity AS returned,
          oi.quantity * coalesce(oi.unit_price, l.unit_price) AS subtotal,
          coalesce((SELECT sum(a.amount) FROM order_line_item_adjustment a WHERE a.item_id = l.id AND a.deleted_at IS NULL), 0) AS discount,
          coalesce((SELECT sum(t.rate) FROM order_line_item_tax_line t WHERE t.item_id = l.id AND t.deleted_at IS NULL), 0) AS rate
        FROM o
        JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
        JOIN order_line_item l ON l.id = oi.item_id AND l.deleted_at IS NULL
      ),
      ships AS (
        SELECT o.id AS order_id, sm.amount,
          coalesce((SELECT sum(a.amount) FROM order_shipping_method_adjustment a WHERE a.shipping_method_id = sm.id AND a.deleted_at IS NULL), 0) AS discount,
          coalesce((SELECT sum(t.rate) FROM order_shipping_method_tax_line t WHERE t.shipping_method_id = sm.id AND t.deleted_at IS NULL), 0) AS rate
        FROM o
        JOIN order_shipping os ON os.order_id = o.id AND os.version = o.version AND os.deleted_at IS NULL
        JOIN order_shipping_method sm ON sm.id = os.shipping_method_id AND sm.deleted_at IS NULL
      ),
      per_order AS (
        SELECT o.id, o.currency_code, o.canceled, o.day,
          coalesce((SELECT sum(qty) FROM lines WHERE order_id = o.id), 0) AS units,
          coalesce((SELECT sum(subtotal) FROM lines WHERE order_id = o.id), 0) AS gross,
          coalesce((SELECT sum(discount) FROM lines WHERE order_id = o.id), 0)
            + coalesce((SELECT sum(discount) FROM ships WHERE order_id = o.id), 0) AS discounts,
          coalesce((SELECT sum((subtotal - discount) * rate / 100) FROM lines WHERE order_id = o.id), 0)
            + coalesce((SELECT sum((amount - discount) * rate / 100) FROM ships WHERE order_id = o.id), 0) AS tax,
          coalesce((SELECT sum(amount) FROM ships WHERE order_id = o.id), 0) AS shipping,
          EXISTS (
            SELECT 1 FROM order_payment_collection opc
            JOIN payment p ON p.payment_collection_id = opc.payment_collection_id AND p.deleted_at IS NULL
            JOIN capture c ON c.payment_id = p.id AND c.deleted_at IS NULL
            WHERE opc.order_id = o.id AND opc.deleted_at IS NULL
          ) AS captured
        FROM o
      )`

    /** Refunds and captures with their own day and their order's currency and status. */
    const SOURCE_MONEY = `
      money AS (
        SELECT 'refund' AS kind, r.amount, (r.created_at AT TIME ZONE :tz)::date AS day, ord.currency_code,
               ord.status = 'canceled' AS canceled, coalesce(rr.label, 'No reason') AS reason
        FROM refund r
        JOIN payment p ON p.id = r.payment_id
        JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id AND opc.deleted_at IS NULL
        JOIN "order" ord ON ord.id = opc.order_id AND ord.deleted_at IS NULL
        LEFT JOIN refund_reason rr ON rr.id = r.refund_reason_id
        WHERE r.deleted_at IS NULL
        UNION ALL
        SELECT 'capture', c.amount, (c.created_at AT TIME ZONE :tz)::date, ord.currency_code, ord.status = 'canceled', NULL
        FROM capture c
        JOIN payment p ON p.id = c.payment_id
        JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id AND opc.deleted_at IS NULL
        JOIN "order" ord ON ord.id = opc.order_id AND ord.deleted_at IS NULL
        WHERE c.deleted_at IS NULL
      ),
      money_in AS (SELECT * FROM money WHERE day BETWEEN :from::date AND :to::date)`

    const n = (v: unknown) => `trim_scale(coalesce(${v}, 0))::text`

    /** The sales report's totals per currency, from Medusa's tables. */
    const sourceSales = async (range: { from: string; to: string }, tz = "UTC", byDay = false) => {
      const rows = await sql(
        `WITH ${SOURCE_ORDERS}, ${SOURCE_MONEY},
         keys AS (
           SELECT DISTINCT ${byDay ? "day" : "NULL::date AS day"}, currency_code FROM per_order
           UNION SELECT DISTINCT ${byDay ? "day" : "NULL::date"}, currency_code FROM money_in
         ),
         s AS (
           SELECT k.day, k.currency_code,
             (SELECT count(*) FROM per_order p WHERE p.currency_code = k.currency_code AND NOT p.canceled ${byDay ? "AND p.day = k.day" : ""})::int AS orders,
             (SELECT count(*) FROM per_order p WHERE p.currency_code = k.currency_code AND p.canceled ${byDay ? "AND p.day = k.day" : ""})::int AS canceled_orders,
             (SELECT count(*) FROM per_order p WHERE p.currency_code = k.currency_code AND NOT p.canceled AND p.captured ${byDay ? "AND p.day = k.day" : ""})::int AS captured_orders,
             (SELECT coalesce(sum(units), 0) FROM per_order p WHERE p.currency_code = k.currency_code AND NOT p.canceled ${byDay ? "AND p.day = k.day" : ""})::int AS units,
             (SELECT sum(gross) FROM per_order p WHERE p.currency_code = k.currency_code AND NOT p.canceled ${byDay ? "AND p.day = k.day" : ""}) AS gross,
             (SELECT sum(discounts) FROM per_order p WHERE p.currency_code = k.currency_code AND NOT p.canceled ${byDay ? "AND p.day = k.day" : ""}) AS discounts,
             (SELECT sum(tax) FROM per_order p WHERE p.currency_code = k.currency_code AND NOT p.canceled ${byDay ? "AND p.day = k.day" : ""}) AS tax,
             (SELECT sum(shipping) FROM per_order p WHERE p.currency_code = k.currency_code AND NOT p.canceled ${byDay ? "AND p.day = k.day" : ""}) AS shipping,
             (SELECT sum(amount) FROM money_in m WHERE m.kind = 'refund' AND NOT m.canceled AND m.currency_code = k.currency_code ${byDay ? "AND m.day = k.day" : ""}) AS refunds,
             (SELECT sum(amount) FROM money_in m WHERE m.kind = 'refund' AND m.currency_code = k.currency_code ${byDay ? "AND m.day = k.day" : ""}) AS all_refunds,
             (SELECT sum(amount) FROM money_in m WHERE m.kind = 'capture' AND m.currency_code = k.currency_code ${byDay ? "AND m.day = k.day" : ""}) AS captured
           FROM keys k
         )
         SELECT to_char(day, 'YYYY-MM-DD') AS day, currency_code, orders, canceled_orders, captured_orders, units,
           ${n("gross")} AS gross_sales, ${n("discounts")} AS discounts, ${n("refunds")} AS refunds,
           ${n("coalesce(gross, 0) - coalesce(discounts, 0) - coalesce(refunds, 0)")} AS net_sales,
           ${n("tax")} AS tax, ${n("shipping")} AS shipping, ${n("captured")} AS captured, ${n("all_refunds")} AS all_refunds,
           CASE WHEN orders > 0 THEN round((coalesce(gross, 0) - coalesce(discounts, 0) - coalesce(refunds, 0)) / orders, 2)::text END AS average_order_value
         FROM s ORDER BY day, currency_code`,
        { ...range, tz }
      )
      return rows
    }

    const sourceProducts = (range: { from: string; to: string }, tz = "UTC") =>
      sql(
        `WITH ${SOURCE_ORDERS}
         SELECT o.currency_code, l.product_id, sum(l.qty)::int AS units, sum(l.returned)::int AS returned_units,
           ${n("sum(l.subtotal - l.discount)")} AS revenue
         FROM lines l JOIN o ON o.id = l.order_id
         WHERE NOT o.canceled
         GROUP BY o.currency_code, l.product_id
         ORDER BY o.currency_code, sum(l.subtotal - l.discount) DESC, l.product_id`,
        { ...range, tz }
      )

    const sourcePromotions = (range: { from: string; to: string }, tz = "UTC") =>
      sql(
        `WITH ${SOURCE_ORDERS},
         adj AS (
           SELECT o.id AS order_id, o.currency_code, a.promotion_id, a.amount
           FROM o JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
           JOIN order_line_item_adjustment a ON a.item_id = oi.item_id AND a.deleted_at IS NULL
           WHERE NOT o.canceled AND a.promotion_id IS NOT NULL
           UNION ALL
           SELECT o.id, o.currency_code, a.promotion_id, a.amount
           FROM o JOIN order_shipping os ON os.order_id = o.id AND os.version = o.version AND os.deleted_at IS NULL
           JOIN order_shipping_method_adjustment a ON a.shipping_method_id = os.shipping_method_id AND a.deleted_at IS NULL
           WHERE NOT o.canceled AND a.promotion_id IS NOT NULL
         ),
         totals AS (
           SELECT DISTINCT ON (s.order_id) s.order_id, (s.totals->'raw_current_order_total'->>'value')::numeric AS total
           FROM order_summary s WHERE s.order_id IN (SELECT order_id FROM adj) AND s.deleted_at IS NULL
           ORDER BY s.order_id, s.version DESC
         ),
         per AS (
           SELECT currency_code, promotion_id, order_id, sum(amount) AS discount FROM adj GROUP BY 1, 2, 3
         )
         SELECT per.currency_code, per.promotion_id, count(*)::int AS uses, ${n("sum(per.discount)")} AS discount_cost,
           ${n("sum(t.total)")} AS attributed_revenue
         FROM per JOIN totals t ON t.order_id = per.order_id
         GROUP BY per.currency_code, per.promotion_id ORDER BY 1, 2`,
        { ...range, tz }
      )

    const sourceRefundReasons = (range: { from: string; to: string }, tz = "UTC") =>
      sql(
        `WITH ${SOURCE_MONEY}
         SELECT currency_code, reason AS reason_label, count(*)::int AS count, ${n("sum(amount)")} AS amount
         FROM money_in WHERE kind = 'refund' GROUP BY 1, 2 ORDER BY 1, 2`,
        { ...range, tz }
      )

    /** Everything the analytics module derived, without ids and timestamps (for before/after comparisons). */
    const snapshot = async () => {
      const keys: Record<string, string> = {
        analytics_order_fact: "order_id",
        analytics_line_fact: "line_item_id",
        analytics_refund_fact: "refund_id",
        analytics_capture_fact: "capture_id",
        analytics_promotion_fact: "order_id, promotion_id",
        analytics_daily_sales: "day, currency_code, region_id, sales_channel_id",
        analytics_daily_variant: "day, variant_id, currency_code",
        analytics_customer_fact: "customer_id, currency_code",
        analytics_co_purchase: "product_id, other_product_id",
      }
      const out: Record<string, Row[]> = {}
      for (const [table, order] of Object.entries(keys)) {
        const rows = await sql(`SELECT * FROM ${table} WHERE deleted_at IS NULL ORDER BY ${order}`)
        out[table] = rows.map((row) => {
          const rest = { ...row }
          for (const k of ["id", "created_at", "updated_at", "refreshed_at"]) delete rest[k]
          return rest
        })
      }
      return out
    }
    const rollups = async () => {
      const s = await snapshot()
      return {
        analytics_daily_sales: s.analytics_daily_sales,
        analytics_daily_variant: s.analytics_daily_variant,
        analytics_customer_fact: s.analytics_customer_fact,
        analytics_co_purchase: s.analytics_co_purchase,
      }
    }

    // ── store actions ──────────────────────────────────────────────────────

    const place = async (
      key: string,
      input: {
        variants: { id: string; quantity: number }[]
        region?: "eu" | "us"
        who?: CustomerSession
        promo?: string
      }
    ) => {
      const region = store.regions[input.region ?? "eu"]
      const headers = input.who?.headers ?? store.storeHeaders
      const cartId = await prepareCart(api, store.storeHeaders, {
        regionId: region.id,
        variantId: input.variants[0].id,
        quantity: input.variants[0].quantity,
        email: input.who?.email ?? `guest-${key}@example.com`,
        countryCode: input.region === "us" ? "us" : "de",
        customerHeaders: input.who?.headers,
      })
      for (const extra of input.variants.slice(1)) {
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: extra.id, quantity: extra.quantity }, headers)
      }
      if (input.promo) await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [input.promo] }, headers)
      const { data } = await afterEvent(container(), OrderWorkflowEvents.PLACED, () =>
        payAndComplete(api, store.storeHeaders, cartId, input.who?.headers)
      )
      expect(data.type).toEqual("order")
      const { data: detail } = await api.get(
        `/admin/orders/${data.order.id}?fields=id,*payment_collections.payments`,
        admin.headers
      )
      orders[key] = { id: data.order.id, payment_id: detail.order.payment_collections[0].payments[0].id }
      return orders[key]
    }
    const capture = (key: string) =>
      afterEvent(container(), PaymentEvents.CAPTURED, () =>
        api.post(`/admin/payments/${orders[key].payment_id}/capture`, {}, admin.headers)
      )
    const refund = (key: string, amount: number) =>
      afterEvent(container(), PaymentEvents.REFUNDED, () =>
        api.post(
          `/admin/payments/${orders[key].payment_id}/refund`,
          { amount, refund_reason_id: reasonId },
          admin.headers
        )
      )
    const cancel = (key: string) =>
      afterEvent(container(), OrderWorkflowEvents.CANCELED, () =>
        api.post(`/admin/orders/${orders[key].id}/cancel`, {}, admin.headers)
      )

    beforeAll(async () => {
      store = await seedTestStore(container(), { products: 4 })
      admin = await createAdminSession(container(), api)
      customer = await registerCustomer(api, store.publishableKey)
      other = await registerCustomer(api, store.publishableKey)
      const { data } = await container()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "variant", fields: ["id", "product_id", "product.title"] })
      // One variant per product, so products and variants rank alike.
      const seen = new Set<string>()
      variants = (data as any[])
        .filter((v) => !seen.has(v.product_id) && seen.add(v.product_id))
        .map((v) => ({ id: v.id, product_id: v.product_id }))
      expect(variants.length).toBeGreaterThanOrEqual(4)

      const { data: promotion } = await api.post(
        "/admin/promotions",
        {
          code: "ANALYTICS10",
          type: "standard",
          status: "active",
          application_method: { type: "percentage", target_type: "items", allocation: "across", value: 10 },
        },
        admin.headers
      )
      promotionId = promotion.promotion.id
      const { data: reason } = await api.post(
        "/admin/refund-reasons",
        { label: "Damaged in transit", code: "damaged" },
        admin.headers
      )
      reasonId = reason.refund_reason.id

      await place("a", {
        variants: [
          { id: variants[0].id, quantity: 2 },
          { id: variants[1].id, quantity: 1 },
        ],
      })
      await capture("a")
      await place("b", { variants: [{ id: variants[1].id, quantity: 1 }], who: customer, promo: "ANALYTICS10" })
      await capture("b")
      await place("c", { variants: [{ id: variants[0].id, quantity: 1 }], region: "us" })
      await place("d", {
        variants: [
          { id: variants[2].id, quantity: 3 },
          { id: variants[1].id, quantity: 1 },
        ],
        who: other,
      })
      await capture("d")
      await refund("d", 7.5)

      // The independent SQL assumes tax-exclusive prices; make that explicit.
      const [prices] = await sql(
        `SELECT bool_or(l.is_tax_inclusive) AS items, (SELECT bool_or(is_tax_inclusive) FROM order_shipping_method) AS shipping
         FROM order_line_item l`
      )
      expect(prices).toEqual({ items: false, shipping: false })

      const [{ day }] = await sql(`SELECT to_char((now() AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day`)
      today = day
      const [{ start }] = await sql(`SELECT to_char((now() AT TIME ZONE 'UTC')::date - 6, 'YYYY-MM-DD') AS start`)
      from = start
    })

    describe("figures equal Medusa's source tables", () => {
      it("sales: totals per currency and the day's series point", async () => {
        const expected = await sourceSales({ from, to: today })
        expect(expected.map((r) => r.currency_code)).toEqual(["eur", "usd"])
        const envelope = await report("sales")
        expect(envelope).toEqual(
          expect.objectContaining({
            report: "sales",
            range: { from, to: today, granularity: "day", time_zone: "UTC" },
            compare_range: null,
          })
        )
        expect(envelope.columns.map((c: any) => c.key)).toEqual([
          "gross_sales",
          "discounts",
          "refunds",
          "net_sales",
          "tax",
          "shipping",
          "orders",
          "canceled_orders",
          "units",
          "average_order_value",
        ])
        for (const e of expected) {
          const g = group(envelope, e.currency_code)
          const figures = {
            gross_sales: e.gross_sales,
            discounts: e.discounts,
            refunds: e.refunds,
            net_sales: e.net_sales,
            tax: e.tax,
            shipping: e.shipping,
            orders: e.orders,
            canceled_orders: e.canceled_orders,
            units: e.units,
            average_order_value: e.average_order_value,
          }
          expect(g.totals).toEqual(figures)
          expect(g.series).toHaveLength(7)
          expect(g.series.map((p: any) => p.period)).toEqual(
            (
              await sql(
                `SELECT to_char(d, 'YYYY-MM-DD') AS d FROM generate_series(:from::date, :to::date, '1 day') d`,
                { from, to: today }
              )
            ).map((r) => r.d)
          )
          expect(g.series[6]).toEqual({ period: today, ...figures })
          expect(g.series[0]).toEqual(
            expect.objectContaining({ gross_sales: "0", orders: 0, average_order_value: null })
          )
        }
        // The scenario has a discount and a refund in eur, so those figures are not trivially zero.
        const eur = expected.find((r) => r.currency_code === "eur")!
        expect(Number(eur.discounts)).toBeGreaterThan(0)
        expect(eur.refunds).toEqual("7.5")
      })

      it("products: ranked by revenue or units, with returns and sell-through", async () => {
        const expected = await sourceProducts({ from, to: today })
        const envelope = await report("products", { limit: 10 })
        for (const currency of ["eur", "usd"]) {
          const rows = group(envelope, currency).rows
          const want = expected.filter((r) => r.currency_code === currency)
          expect(rows.map((r: any) => [r.product_id, r.units, r.revenue, r.returned_units])).toEqual(
            want.map((r) => [r.product_id, r.units, r.revenue, r.returned_units])
          )
        }
        // Units a product has in stock: per managed variant, its item's stock over all locations ÷ required quantity.
        const first = group(envelope, "eur").rows[0]
        const [{ stocked }] = await sql(
          `SELECT coalesce(sum(per_variant), 0)::int AS stocked FROM (
             SELECT v.id, floor(sum(il.stocked_quantity) / max(pvi.required_quantity)) AS per_variant
             FROM product_variant v
             JOIN product_variant_inventory_item pvi ON pvi.variant_id = v.id AND pvi.deleted_at IS NULL
             JOIN inventory_level il ON il.inventory_item_id = pvi.inventory_item_id AND il.deleted_at IS NULL
             WHERE v.product_id = :product AND v.manage_inventory AND v.deleted_at IS NULL
             GROUP BY v.id) s`,
          { product: first.product_id }
        )
        expect(stocked).toBeGreaterThan(0)
        expect(first.sell_through).toEqual(Number((first.units / (first.units + stocked)).toFixed(4)))

        const byUnits = await report("products", { sort: "units", order: "asc", limit: 1 })
        const eurUnits = expected
          .filter((r) => r.currency_code === "eur")
          .sort((a, b) => a.units - b.units || (a.product_id < b.product_id ? -1 : 1))
        expect(group(byUnits, "eur").rows.map((r: any) => r.product_id)).toEqual([eurUnits[0].product_id])
      })

      it("payments: capture rate, captured, refunds and refunds by reason", async () => {
        const [sales, reasons] = await Promise.all([
          sourceSales({ from, to: today }),
          sourceRefundReasons({ from, to: today }),
        ])
        const envelope = await report("payments")
        for (const e of sales) {
          const g = group(envelope, e.currency_code)
          expect(g.totals).toEqual({
            captured: e.captured,
            refunds: e.all_refunds,
            capture_rate: Number((e.captured_orders / e.orders).toFixed(4)),
            failed_payments: null,
          })
          expect(g.rows).toEqual(
            reasons
              .filter((r) => r.currency_code === e.currency_code)
              .map((r) => ({ reason_label: r.reason_label, count: r.count, amount: r.amount }))
          )
        }
        expect(group(envelope, "eur").rows).toEqual([{ reason_label: "Damaged in transit", count: 1, amount: "7.5" }])
        expect(group(envelope, "usd").totals.capture_rate).toEqual(0)
        expect(envelope.notes.join(" ")).toMatch(/failed_payments/)
      })

      it("marketing: uses, discount cost and attributed revenue per promotion", async () => {
        const expected = await sourcePromotions({ from, to: today })
        expect(expected).toHaveLength(1)
        const envelope = await report("marketing")
        const g = group(envelope, "eur")
        expect(g.rows).toEqual([
          {
            promotion_id: promotionId,
            code: "ANALYTICS10",
            campaign_id: null,
            coupon_batch_id: null,
            uses: expected[0].uses,
            discount_cost: expected[0].discount_cost,
            attributed_revenue: expected[0].attributed_revenue,
            return_on_discount: Number(
              (Number(expected[0].attributed_revenue) / Number(expected[0].discount_cost)).toFixed(2)
            ),
          },
        ])
        const points = await sql(
          `SELECT coalesce(sum(points) FILTER (WHERE kind = 'earn' OR (kind = 'adjust' AND points > 0)), 0)::int AS issued,
                  coalesce(-sum(points) FILTER (WHERE kind = 'redeem'), 0)::int AS redeemed,
                  coalesce(-sum(points) FILTER (WHERE kind = 'expire'), 0)::int AS expired
           FROM loyalty_entry WHERE currency_code = 'eur' AND deleted_at IS NULL`
        )
        expect(g.totals).toEqual(
          expect.objectContaining({
            uses: expected[0].uses,
            discount_cost: expected[0].discount_cost,
            loyalty_points_issued: points[0].issued,
            loyalty_points_redeemed: points[0].redeemed,
            loyalty_points_expired: points[0].expired,
          })
        )
      })

      it("week and month granularity bucket the same days (ISO weeks from Monday), with the previous period", async () => {
        const weekly = await report("sales", { granularity: "week", compare: "previous_period" })
        const expectedWeeks = await sql(
          `SELECT DISTINCT to_char(date_trunc('week', d)::date, 'YYYY-MM-DD') AS w
           FROM generate_series(:from::date, :to::date, '1 day') d ORDER BY 1`,
          { from, to: today }
        )
        const eur = group(weekly, "eur")
        expect(eur.series.map((p: any) => p.period)).toEqual(expectedWeeks.map((r) => r.w))
        const [week] = eur.series.filter((p: any) => p.period === expectedWeeks[expectedWeeks.length - 1].w)
        expect(week.gross_sales).toEqual(eur.totals.gross_sales)
        const [prev] = await sql(
          `SELECT to_char(:from::date - 7, 'YYYY-MM-DD') AS f, to_char(:from::date - 1, 'YYYY-MM-DD') AS t`,
          { from }
        )
        expect(weekly.compare_range).toEqual({ from: prev.f, to: prev.t })
        expect(eur.previous).toEqual(expect.objectContaining({ gross_sales: "0", orders: 0 }))
        const monthly = await report("sales", { granularity: "month" })
        expect(group(monthly, "eur").series.map((p: any) => p.period)).toEqual([
          ...new Set([from, today].map((d) => `${d.slice(0, 7)}-01`)),
        ])
      })
    })

    describe("changes move the reports by exactly their amounts", () => {
      const totalsOf = async (name: string, currency: string) => group(await report(name), currency).totals

      it("a refund adds its amount to refunds and takes it from net sales, on its own day only", async () => {
        const before = await totalsOf("sales", "eur")
        const paymentsBefore = await totalsOf("payments", "eur")
        await refund("a", 12.34)
        const after = await totalsOf("sales", "eur")
        const paymentsAfter = await totalsOf("payments", "eur")
        expect(Number(after.refunds) - Number(before.refunds)).toBeCloseTo(12.34, 10)
        expect(Number(before.net_sales) - Number(after.net_sales)).toBeCloseTo(12.34, 10)
        expect({ ...after, refunds: 0, net_sales: 0, average_order_value: 0 }).toEqual({
          ...before,
          refunds: 0,
          net_sales: 0,
          average_order_value: 0,
        })
        expect(Number(paymentsAfter.refunds) - Number(paymentsBefore.refunds)).toBeCloseTo(12.34, 10)
        expect(paymentsAfter.captured).toEqual(paymentsBefore.captured)
        // Exact, not just close: the report equals Medusa's refunds.
        const [source] = (await sourceSales({ from, to: today })).filter((r) => r.currency_code === "eur")
        expect(after.refunds).toEqual(source.refunds)
      })

      it("a cancellation removes the order's figures from its day and counts it canceled", async () => {
        await place("e", { variants: [{ id: variants[3].id, quantity: 2 }] })
        const [orderFigures] = await sql(
          `WITH ${SOURCE_ORDERS} SELECT ${n("gross")} AS gross, ${n("tax")} AS tax, ${n("shipping")} AS shipping, units::int
           FROM per_order WHERE id = :id`,
          { from, to: today, tz: "UTC", id: orders.e.id }
        )
        const before = await totalsOf("sales", "eur")
        await cancel("e")
        const after = await totalsOf("sales", "eur")
        expect(after.orders).toEqual(before.orders - 1)
        expect(after.canceled_orders).toEqual(before.canceled_orders + 1)
        expect(after.units).toEqual(before.units - orderFigures.units)
        const [delta] = await sql(
          `SELECT trim_scale(:bg::numeric - :ag::numeric)::text AS gross, trim_scale(:bt::numeric - :at::numeric)::text AS tax,
                  trim_scale(:bs::numeric - :as::numeric)::text AS shipping`,
          {
            bg: before.gross_sales,
            ag: after.gross_sales,
            bt: before.tax,
            at: after.tax,
            bs: before.shipping,
            as: after.shipping,
          }
        )
        expect(delta).toEqual({ gross: orderFigures.gross, tax: orderFigures.tax, shipping: orderFigures.shipping })
        expect(after.discounts).toEqual(before.discounts)
        expect(after.refunds).toEqual(before.refunds)
        const products = await report("products")
        expect(group(products, "eur").rows.map((r: any) => r.product_id)).not.toContain(variants[3].product_id)
      })

      it("an order edit adds exactly the new item", async () => {
        await place("f", { variants: [{ id: variants[0].id, quantity: 1 }] })
        const before = await totalsOf("sales", "eur")
        const { data: edit } = await api.post("/admin/order-edits", { order_id: orders.f.id }, admin.headers)
        await api.post(
          `/admin/order-edits/${edit.order_change.order_id}/items`,
          { items: [{ variant_id: variants[2].id, quantity: 2 }] },
          admin.headers
        )
        await api.post(`/admin/order-edits/${orders.f.id}/request`, {}, admin.headers)
        await afterEvent(container(), OrderEditWorkflowEvents.CONFIRMED, () =>
          api.post(`/admin/order-edits/${orders.f.id}/confirm`, {}, admin.headers)
        )
        const [added] = await sql(
          `SELECT trim_scale(oi.quantity * coalesce(oi.unit_price, l.unit_price))::text AS subtotal, oi.quantity::int AS qty
           FROM "order" o JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version
           JOIN order_line_item l ON l.id = oi.item_id
           WHERE o.id = :id AND l.variant_id = :variant`,
          { id: orders.f.id, variant: variants[2].id }
        )
        expect(added.qty).toEqual(2)
        const after = await totalsOf("sales", "eur")
        const [delta] = await sql(`SELECT trim_scale(:a::numeric - :b::numeric)::text AS d`, {
          a: after.gross_sales,
          b: before.gross_sales,
        })
        expect(delta.d).toEqual(added.subtotal)
        expect(after.units).toEqual(before.units + 2)
        expect(after.orders).toEqual(before.orders)
        const [source] = (await sourceSales({ from, to: today })).filter((r) => r.currency_code === "eur")
        expect(after).toEqual(
          expect.objectContaining({ gross_sales: source.gross_sales, tax: source.tax, units: source.units })
        )
      })
    })

    describe("idempotency, backfill and reconcile", () => {
      it("every subscribed event delivered three times changes nothing more", async () => {
        const before = await snapshot()
        const [{ last: refreshedBefore }] = await sql(`SELECT max(refreshed_at) AS last FROM analytics_order_fact`)
        const events: [string, Record<string, unknown>][] = [
          [OrderWorkflowEvents.PLACED, { id: orders.a.id }],
          [OrderWorkflowEvents.UPDATED, { id: orders.a.id }],
          [OrderWorkflowEvents.CANCELED, { id: orders.c.id }],
          [OrderWorkflowEvents.COMPLETED, { id: orders.b.id }],
          [OrderWorkflowEvents.FULFILLMENT_CREATED, { order_id: orders.b.id, fulfillment_id: "ful_x" }],
          [OrderWorkflowEvents.RETURN_RECEIVED, { order_id: orders.d.id, return_id: "ret_x" }],
          [OrderWorkflowEvents.CLAIM_CREATED, { order_id: orders.d.id, claim_id: "claim_x" }],
          [OrderWorkflowEvents.EXCHANGE_CREATED, { order_id: orders.c.id, exchange_id: "exc_x" }],
          [OrderEditWorkflowEvents.CONFIRMED, { order_id: orders.b.id, actions: [] }],
          [PaymentEvents.CAPTURED, { id: orders.a.payment_id }],
          [PaymentEvents.REFUNDED, { id: orders.d.payment_id }],
        ]
        for (const [name, data] of events) {
          for (let i = 0; i < 3; i++) await redeliver(container(), name, data)
        }
        expect(await snapshot()).toEqual(before)
        // ...and the facts were in fact rewritten by those deliveries.
        const [{ refreshed }] = await sql(
          `SELECT count(*)::int AS refreshed FROM analytics_order_fact WHERE refreshed_at > :before`,
          { before: refreshedBefore }
        )
        expect(refreshed).toEqual(4)
      })

      it("a backfill from no facts gives the same rollups as incremental maintenance", async () => {
        const [{ count }] = await sql(
          `SELECT count(*)::int AS count FROM "order" WHERE deleted_at IS NULL AND NOT is_draft_order`
        )
        expect(count).toEqual(4)
        const incremental = await rollups()
        expect(incremental.analytics_daily_sales.length).toBeGreaterThan(0)
        expect(incremental.analytics_co_purchase.length).toBeGreaterThan(0)
        await service().clearFacts()
        expect((await rollups()).analytics_daily_sales).toEqual([])
        const result = await runBackfill(container(), { batchSize: 2 })
        expect(result.completed).toBe(true)
        expect(result.processed).toEqual(count)
        expect(await rollups()).toEqual(incremental)
        const { data } = await api.get("/admin/analytics/status", admin.headers)
        expect(data.status).toEqual(
          expect.objectContaining({
            facts_orders: count,
            source_orders: count,
            backfill: expect.objectContaining({ status: "completed", processed: count }),
          })
        )
      })

      it("a backfill resumes from its cursor after an interruption", async () => {
        const [{ count }] = await sql(
          `SELECT count(*)::int AS count FROM "order" WHERE deleted_at IS NULL AND NOT is_draft_order`
        )
        const expected = await rollups()
        await service().clearFacts()
        const first = await runBackfill(container(), { batchSize: 1, concurrency: 2, maxBatches: 1 })
        expect(first).toEqual(expect.objectContaining({ completed: false, processed: 2 }))
        const rest = await runBackfill(container(), { batchSize: 1, concurrency: 1 })
        expect(rest).toEqual(expect.objectContaining({ run_id: first.run_id, completed: true }))
        expect(rest.processed).toEqual(count)
        expect(await rollups()).toEqual(expected)
      })

      it("the reconcile job finds nothing on a healthy store and repairs tampered rollups and facts", async () => {
        const healthy = await reconcileAnalyticsWorkflow(container()).run({ input: {} })
        expect(healthy.result).toEqual(
          expect.objectContaining({ rollup_drift: 0, missing_facts: 0, extra_facts: 0, fact_drift: 0 })
        )
        const expected = await rollups()
        await sql(`UPDATE analytics_daily_sales SET gross_sales = gross_sales + 1 WHERE currency_code = 'eur'`)
        await sql(`UPDATE analytics_order_fact SET total = total + 1 WHERE order_id = :id`, { id: orders.a.id })
        await sql(`DELETE FROM analytics_order_fact WHERE order_id = :id`, { id: orders.c.id })
        const { result } = await reconcileAnalyticsWorkflow(container()).run({ input: { days: [today] } })
        expect(result).toEqual(
          expect.objectContaining({ missing_facts: 1, fact_drift: 1, remaining_drift: 0, days: [today] })
        )
        expect(result.rollup_drift).toBeGreaterThanOrEqual(1)
        expect(await rollups()).toEqual(expected)
        const { data } = await api.get("/admin/analytics/status", admin.headers)
        expect(data.status.last_reconcile).toEqual(
          expect.objectContaining({ status: "completed", summary: expect.objectContaining({ missing_facts: 1 }) })
        )
        const [{ feed }] = await sql(
          `SELECT count(*)::int AS feed FROM notification WHERE channel = 'feed' AND trigger_type = 'analytics.reconcile'`
        )
        expect(feed).toEqual(1)
      })
    })

    describe("time zone and currencies", () => {
      it("a new time zone re-days every fact: reports follow Medusa's days in that zone", async () => {
        const zone = "Pacific/Kiritimati" // UTC+14: many of today's UTC orders fall on tomorrow
        const { data } = await api.post("/admin/analytics/settings", { time_zone: zone }, admin.headers)
        expect(data).toEqual(
          expect.objectContaining({ rebuilt: true, settings: expect.objectContaining({ time_zone: zone }) })
        )
        const [{ to }] = await sql(`SELECT to_char((now() AT TIME ZONE :zone)::date, 'YYYY-MM-DD') AS to`, { zone })
        const range = { from, to }
        const expected = await sourceSales(range, zone, true)
        const envelope = (await api.get(`/admin/reports/sales?from=${from}&to=${to}&compare=none`, admin.headers)).data
        expect(envelope.range.time_zone).toEqual(zone)
        for (const e of expected) {
          const point = group(envelope, e.currency_code).series.find((p: any) => p.period === e.day)
          expect(point).toEqual(
            expect.objectContaining({ gross_sales: e.gross_sales, refunds: e.refunds, orders: e.orders, tax: e.tax })
          )
        }
        await api.post("/admin/analytics/settings", { time_zone: "UTC" }, admin.headers)
        const back = await sourceSales({ from, to: today })
        expect(group(await report("sales"), "eur").totals.gross_sales).toEqual(
          back.find((r) => r.currency_code === "eur")!.gross_sales
        )
      })

      it("converts with the latest rate valid on each day, and says when a rate is missing", async () => {
        const unconverted = await report("sales", { convert_to: "eur" })
        expect(unconverted.groups.map((g: any) => g.currency_code)).toEqual(["eur", "usd"])
        expect(unconverted.notes.join(" ")).toMatch(/missing_rates: no usd→eur rate/)

        await api.post(
          "/admin/analytics/currency-rates",
          { currency_code: "usd", base_currency_code: "eur", rate: "0.5", valid_from: from },
          admin.headers
        )
        const { data: rate } = await api.post(
          "/admin/analytics/currency-rates",
          { currency_code: "USD", base_currency_code: "EUR", rate: "0.8", valid_from: today },
          admin.headers
        )
        const converted = await report("sales", { convert_to: "eur" })
        expect(converted.groups.map((g: any) => g.currency_code)).toEqual(["eur"])
        expect(converted.notes).toEqual([])
        const source = await sourceSales({ from, to: today })
        const eur = source.find((r) => r.currency_code === "eur")!
        const usd = source.find((r) => r.currency_code === "usd")!
        const [want] = await sql(`SELECT trim_scale(:e::numeric + :u::numeric * 0.8)::text AS gross`, {
          e: eur.gross_sales,
          u: usd.gross_sales,
        })
        expect(group(converted, "eur").totals.gross_sales).toEqual(want.gross)
        expect(group(converted, "eur").totals.orders).toEqual(eur.orders + usd.orders)

        const { data: list } = await api.get("/admin/analytics/currency-rates?currency_code=usd", admin.headers)
        expect(list.count).toEqual(2)
        const { data: deleted } = await api.delete(
          `/admin/analytics/currency-rates/${rate.currency_rate.id}`,
          admin.headers
        )
        expect(deleted).toEqual({ id: rate.currency_rate.id, object: "analytics_currency_rate", deleted: true })
        const [want2] = await sql(`SELECT trim_scale(:e::numeric + :u::numeric * 0.5)::text AS gross`, {
          e: eur.gross_sales,
          u: usd.gross_sales,
        })
        expect(group(await report("sales", { convert_to: "eur" }), "eur").totals.gross_sales).toEqual(want2.gross)
      })
    })

    describe("export", () => {
      it("streams the series as CSV with a currency column", async () => {
        const res = await api.get(`/admin/reports/sales/export?from=${from}&to=${today}&compare=none`, admin.headers)
        expect(res.headers["content-type"]).toMatch(/text\/csv/)
        expect(res.headers["content-disposition"]).toEqual(`attachment; filename="sales-${from}-${today}.csv"`)
        const lines = (res.data as string).trim().split("\n")
        expect(lines[0]).toEqual(
          "currency_code,period,gross_sales,discounts,refunds,net_sales,tax,shipping,orders,canceled_orders,units,average_order_value"
        )
        expect(lines).toHaveLength(1 + 7 * 2)
        const envelope = await report("sales")
        const point = group(envelope, "eur").series[6]
        expect(lines).toContain(
          [
            "eur",
            today,
            point.gross_sales,
            point.discounts,
            point.refunds,
            point.net_sales,
            point.tax,
            point.shipping,
            point.orders,
            point.canceled_orders,
            point.units,
            point.average_order_value,
          ].join(",")
        )
      })

      it("exports rows of a ranked report", async () => {
        const res = await api.get(`/admin/reports/payments/export?from=${from}&to=${today}&part=rows`, admin.headers)
        const lines = (res.data as string).trim().split("\n")
        expect(lines[0]).toEqual("currency_code,reason_label,count,amount")
        expect(lines.slice(1)).toEqual(["eur,Damaged in transit,1,7.5"])
      })
    })

    describe("bad input and access", () => {
      it("rejects bad queries with 400 and a message, writing nothing", async () => {
        const before = await snapshot()
        const [runsBefore] = await sql(`SELECT count(*)::int AS n FROM analytics_run`)
        const [ratesBefore] = await sql(`SELECT count(*)::int AS n FROM analytics_currency_rate`)
        const settingsBefore = (await api.get("/admin/analytics/settings", admin.headers)).data.settings
        const cases: [string, RegExp][] = [
          [`/admin/reports/sales?from=2026-02-30&to=2026-03-01`, /from/],
          [`/admin/reports/sales?from=yesterday&to=2026-03-01`, /from/],
          [`/admin/reports/sales?from=2026-03-02&to=2026-03-01`, /to/],
          [`/admin/reports/sales?from=2026-03-01&to=2026-03-02&granularity=hour`, /granularity/],
          [`/admin/reports/sales?from=2020-01-01&to=2026-03-01`, /maximum is 731/],
          [`/admin/reports/sales?from=2026-03-01&to=2026-03-02&foo=1`, /foo|Unrecognized/i],
          [`/admin/reports/sales?from=2026-03-01&to=2026-03-02&limit=101`, /limit/],
          [`/admin/reports/sales?from=2026-03-01&to=2026-03-02&sort=revenue`, /takes no sort/],
          [`/admin/reports/products?from=2026-03-01&to=2026-03-02&sort=price`, /sort must be one of revenue, units/],
          [`/admin/reports/sales?from=2026-03-01&to=2026-03-02&currency_code=euro`, /currency_code/],
          [`/admin/reports/nope?from=2026-03-01&to=2026-03-02`, /Unknown report/],
          [`/admin/reports/sales?to=2026-03-02`, /from/],
          [`/admin/reports/sales/export?from=2026-03-01&to=2026-03-02&part=rows`, /no rows part/],
          [`/admin/reports/sales/export?from=2026-03-01&to=2026-03-02&part=cells`, /part/],
          [`/admin/analytics/currency-rates?limit=0`, /limit/],
        ]
        for (const [url, message] of cases) {
          const error = await errorOf(api.get(url, admin.headers))
          expect({ url, status: error?.status }).toEqual({ url, status: 400 })
          expect(error!.message).toMatch(message)
        }
        const posts: [string, Record<string, unknown>, RegExp][] = [
          ["/admin/analytics/settings", { time_zone: "Mars/Olympus" }, /time_zone|time zone/],
          ["/admin/analytics/settings", { max_range_days: 0 }, /max_range_days/],
          ["/admin/analytics/settings", { unknown: true }, /unknown|Unrecognized/i],
          ["/admin/analytics/settings", {}, /Nothing to update/],
          [
            "/admin/analytics/currency-rates",
            { currency_code: "usd", base_currency_code: "usd", rate: "1", valid_from: today },
            /differ/,
          ],
          [
            "/admin/analytics/currency-rates",
            { currency_code: "usd", base_currency_code: "eur", rate: "-1", valid_from: today },
            /rate/,
          ],
          [
            "/admin/analytics/currency-rates",
            { currency_code: "usd", base_currency_code: "eur", rate: "1", valid_from: "2026-02-30" },
            /valid_from/,
          ],
        ]
        for (const [url, body, message] of posts) {
          const error = await errorOf(api.post(url, body, admin.headers))
          expect({ url, body, status: error?.status }).toEqual({ url, body, status: 400 })
          expect(error!.message).toMatch(message)
        }
        expect(
          (await errorOf(api.delete("/admin/analytics/currency-rates/anrate_missing", admin.headers)))?.status
        ).toEqual(404)
        expect(await snapshot()).toEqual(before)
        expect((await sql(`SELECT count(*)::int AS n FROM analytics_run`))[0].n).toEqual(runsBefore.n)
        expect((await api.get("/admin/analytics/settings", admin.headers)).data.settings).toEqual(settingsBefore)
        expect((await sql(`SELECT count(*)::int AS n FROM analytics_currency_rate`))[0].n).toEqual(ratesBefore.n)
      })

      it("admin routes refuse anonymous callers and customers (401)", async () => {
        const routes = [
          `/admin/reports/sales?from=${from}&to=${today}`,
          `/admin/reports/sales/export?from=${from}&to=${today}`,
          "/admin/analytics/settings",
          "/admin/analytics/status",
          "/admin/analytics/currency-rates",
        ]
        for (const url of routes) {
          expect({ url, status: await status(api.get(url)) }).toEqual({ url, status: 401 })
          expect({ url, status: await status(api.get(url, customer.headers)) }).toEqual({ url, status: 401 })
        }
        expect(await status(api.post("/admin/analytics/settings", { weekly_digest: false }))).toEqual(401)
        expect(await status(api.post("/admin/analytics/settings", { weekly_digest: false }, customer.headers))).toEqual(
          401
        )
        expect((await api.get("/admin/analytics/settings", admin.headers)).data.settings.weekly_digest).toBe(true)
      })
    })
  },
})
