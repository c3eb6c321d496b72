import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { payAndComplete, prepareCart } from "../helpers/checkout"
import { registerCustomer, type CustomerSession } from "../helpers/customer"
import { afterEvent, redeliver } from "../helpers/events"
import { seedTestStore, type TestStore } from "../helpers/store"
import { backdateOrder } from "../../src/scripts/demo-data/orders"
import analyticsWeeklyDigest from "../../src/jobs/analytics-weekly-digest"
import analyticsSegments from "../../src/jobs/analytics-segments"
import { sendWeeklyDigestWorkflow } from "../../src/workflows/analytics/digest-send-weekly"

jest.setTimeout(600 * 1000)

const DAY = 86_400_000
const utcDay = (d: Date | string) => new Date(d).toISOString().slice(0, 10)
const daysAgo = (n: number) => utcDay(new Date(Date.now() - n * DAY))

type Line = { variant_id: string; quantity: number }
type SourceOrder = {
  id: string
  customer_id: string | null
  created_at: string
  status: string
  currency_code: string
  total: number | string
  refunded: string
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    /** Products with one well-stocked EU variant each, in creation order. */
    let products: { id: string; title: string; variant_id: string; inventory_item_id: string }[]
    const customers: Record<string, CustomerSession> = {}

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const fail = (promise: Promise<unknown>) =>
      promise.then(
        () => Promise.reject(new Error("expected a 4xx")),
        (e) => e.response
      )

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 7 })
      admin = await createAdminSession(getContainer(), api)
      // On the Redis bus the seed's product and customer events take a while to drain.
      if (!(getContainer().resolve(Modules.EVENT_BUS) as any).eventEmitter_) {
        await afterEvent(getContainer(), "analytics-spec.seeded", async () => undefined, { timeout: 300_000 })
      }
      const { data } = await query().graph({
        entity: "product",
        fields: [
          "id",
          "title",
          "variants.id",
          "variants.inventory_items.inventory_item_id",
          "variants.inventory_items.inventory.location_levels.location_id",
          "variants.inventory_items.inventory.location_levels.stocked_quantity",
        ],
      })
      products = data
        .map((p: any) => {
          const variant = p.variants.find((v: any) =>
            v.inventory_items?.[0]?.inventory?.location_levels?.some(
              (l: any) => l.location_id === store.locations.eu.id && Number(l.stocked_quantity) >= 40
            )
          )
          return variant
            ? {
                id: p.id,
                title: p.title,
                variant_id: variant.id,
                inventory_item_id: variant.inventory_items[0].inventory_item_id,
              }
            : null
        })
        .filter((p): p is { id: string; title: string; variant_id: string; inventory_item_id: string } => !!p)
        .sort((a, b) => (a.id < b.id ? -1 : 1))
      expect(products.length).toBeGreaterThanOrEqual(7)

      /*
       * Five customers with known histories (all in EUR, one variant of products[0]):
       *   A: 3 orders (today, 5 and 10 days ago), 3 units each  -> the most recent, frequent and valuable
       *   B: 2 orders (20 and 40 days ago), 2 units each
       *   C: 1 order 60 days ago, 3 units
       *   D: 1 order 200 days ago, 1 unit                      -> the least of everything
       *   E: 1 order 2 days ago, 2 units
       * The runner restores the database to its state after this hook before every test,
       * so each test starts from exactly these orders (and their analytics facts).
       */
      for (const key of ["A", "B", "C", "D", "E"]) {
        customers[key] = await registerCustomer(api, store.publishableKey)
      }
      const plan: [string, number, number][] = [
        ["A", 0, 3],
        ["A", 5, 3],
        ["A", 10, 3],
        ["B", 20, 2],
        ["B", 40, 2],
        ["C", 60, 3],
        ["D", 200, 1],
        ["E", 2, 2],
      ]
      for (const [key, days, quantity] of plan) {
        const order = await placeOrder([{ variant_id: products[0].variant_id, quantity }], { customer: customers[key] })
        if (days) await backdate(order.id, days)
      }
    })

    /** Places an EU order through the Store API and waits for its subscribers (the analytics refresh). */
    const placeOrder = async (
      lines: Line[],
      who: { customer?: CustomerSession; email?: string; region?: "eu" | "us" } = {}
    ) => {
      const headers = who.customer?.headers ?? store.storeHeaders
      const cartId = await prepareCart(api, store.storeHeaders, {
        regionId: store.regions[who.region ?? "eu"].id,
        countryCode: who.region === "us" ? "us" : "de",
        variantId: lines[0].variant_id,
        quantity: lines[0].quantity,
        email: who.customer?.email ?? who.email ?? `guest-${Math.random().toString(36).slice(2, 8)}@example.com`,
        customerHeaders: who.customer?.headers,
      })
      for (const line of lines.slice(1)) await api.post(`/store/carts/${cartId}/line-items`, line, headers)
      const { data } = await afterEvent(getContainer(), "order.placed", () =>
        payAndComplete(api, store.storeHeaders, cartId, who.customer?.headers)
      )
      expect(data.type).toEqual("order")
      return data.order as { id: string }
    }
    /** Moves an order `days` into the past (all its rows, as the demo seed does) and refreshes its facts. */
    const backdate = async (orderId: string, days: number) => {
      await backdateOrder(getContainer(), orderId, new Date(Date.now() - days * DAY))
      await redeliver(getContainer(), "order.updated", { id: orderId })
    }

    /** Every order as Medusa reports it (query.graph totals, refunds from the payments). */
    const sourceOrders = async (): Promise<SourceOrder[]> => {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "id",
          "customer_id",
          "created_at",
          "status",
          "currency_code",
          "total",
          "payment_collections.payments.refunds.amount",
        ],
      })
      return data.map((o: any) => ({
        id: o.id,
        customer_id: o.customer_id,
        created_at: o.created_at,
        status: o.status,
        currency_code: o.currency_code,
        total: o.total,
        refunded: (o.payment_collections ?? [])
          .flatMap((pc: any) => pc?.payments ?? [])
          .flatMap((p: any) => p?.refunds ?? [])
          .reduce((sum: any, r: any) => MathBN.add(sum, r.amount), MathBN.convert(0))
          .toFixed(),
      }))
    }
    const live = (orders: SourceOrder[]) => orders.filter((o) => o.status !== "canceled" && o.customer_id)
    const net = (o: SourceOrder) => MathBN.sub(o.total, o.refunded)

    const recompute = async () =>
      (await api.post("/admin/analytics/segments/recompute", {}, admin.headers)).data.segments
    const segmentsOf = async (ids: string[]) => {
      const rows = await pg()("analytics_customer_segment").whereIn("customer_id", ids).whereNull("deleted_at")
      return Object.fromEntries(rows.map((r: any) => [r.customer_id, r]))
    }
    const groupMembers = async () => {
      const { data } = await query().graph({ entity: "customer_group", fields: ["id", "name", "customers.id"] })
      return Object.fromEntries(
        data
          .filter((g: any) => g.name.startsWith("RFM: "))
          .map((g: any) => [
            g.name,
            (g.customers ?? [])
              .filter(Boolean)
              .map((c: any) => c.id)
              .sort(),
          ])
      ) as Record<string, string[]>
    }
    const setSettings = (body: Record<string, unknown>) => api.post("/admin/analytics/settings", body, admin.headers)
    /** Sets every location level of the items to its reserved quantity: nothing left to sell. */
    const sellOut = async (itemIds: string[]) => {
      for (const itemId of itemIds) {
        const { data } = await api.get(`/admin/inventory-items/${itemId}/location-levels`, admin.headers)
        for (const level of data.inventory_levels) {
          await api.post(
            `/admin/inventory-items/${itemId}/location-levels/${level.location_id}`,
            { stocked_quantity: Number(level.reserved_quantity) },
            admin.headers
          )
        }
      }
    }
    /** The inventory items of every variant of a product. */
    const itemsOf = async (productId: string): Promise<string[]> => {
      const { data } = await query().graph({
        entity: "product",
        fields: ["variants.inventory_items.inventory_item_id"],
        filters: { id: productId },
      })
      return data[0].variants.flatMap((v: any) => v.inventory_items.map((i: any) => i.inventory_item_id))
    }

    describe("RFM segments and customer groups", () => {
      it("scores recency, frequency and monetary by quintile and assigns the segments", async () => {
        const result = await recompute()
        expect(result).toMatchObject({ currency_code: "eur", customers: 5, groups: null, missing_rate_customers: 0 })

        const ids = Object.values(customers).map((c) => c.id)
        const segments = await segmentsOf(ids)
        // Recency, frequency and monetary equal what Medusa's own order data says.
        const orders = live(await sourceOrders())
        for (const id of ids) {
          const mine = orders.filter((o) => o.customer_id === id)
          const last = Math.max(...mine.map((o) => new Date(o.created_at).getTime()))
          expect(segments[id].frequency).toEqual(mine.length)
          expect(segments[id].recency_days).toEqual(Math.floor((Date.now() - last) / DAY))
          const monetary = mine.reduce((sum, o) => MathBN.add(sum, net(o)), MathBN.convert(0))
          expect(MathBN.eq(segments[id].monetary, monetary)).toBe(true)
          expect(segments[id].monetary_currency_code).toEqual("eur")
        }
        const scores = (key: string) => {
          const s = segments[customers[key].id]
          return [s.r_score, s.f_score, s.m_score, s.segment]
        }
        // Five customers: each distinct value is its own quintile; ties share the lower score.
        expect(scores("A")).toEqual([5, 5, 5, "champions"])
        expect(scores("B")).toEqual([3, 4, 4, "loyal"])
        expect(scores("C")).toEqual([2, 1, 3, "hibernating"])
        expect(scores("D")).toEqual([1, 1, 1, "lost"])
        expect(scores("E")).toEqual([4, 1, 2, "potential_loyalist"])
        expect(result.by_segment).toEqual({ champions: 1, loyal: 1, hibernating: 1, lost: 1, potential_loyalist: 1 })

        // The nightly job does the same; a second run changes nothing.
        await analyticsSegments(getContainer())
        const again = await segmentsOf(ids)
        for (const id of ids) {
          expect(again[id]).toMatchObject({
            r_score: segments[id].r_score,
            f_score: segments[id].f_score,
            m_score: segments[id].m_score,
            segment: segments[id].segment,
          })
        }
      })

      it("syncs segments to 'RFM: <segment>' customer groups only when the setting is on, idempotently", async () => {
        expect(Object.keys(await groupMembers())).toEqual([])

        await setSettings({ sync_segments_to_groups: true })
        const first = await recompute()
        expect(first.groups).toMatchObject({ groups_created: 10, added: 5, removed: 0 })
        let groups = await groupMembers()
        expect(Object.keys(groups).sort()).toEqual(
          [
            "At risk",
            "Can't lose",
            "Champions",
            "Hibernating",
            "Lost",
            "Loyal",
            "Needs attention",
            "New",
            "Potential loyalist",
            "Promising",
          ].map((n) => `RFM: ${n}`)
        )
        expect(groups["RFM: Champions"]).toEqual([customers.A.id])
        expect(groups["RFM: Loyal"]).toEqual([customers.B.id])
        expect(groups["RFM: Lost"]).toEqual([customers.D.id])
        expect(groups["RFM: New"]).toEqual([])

        // Same segments again: nothing added or removed, no group created.
        const second = await recompute()
        expect(second.groups).toMatchObject({ groups_created: 0, added: 0, removed: 0 })
        expect(await groupMembers()).toEqual(groups)

        // A member added by hand to a managed group is removed by the next sync.
        const customerModule = getContainer().resolve(Modules.CUSTOMER)
        await customerModule.addCustomerToGroup({
          customer_id: customers.C.id,
          customer_group_id: first.groups.groups.champions,
        })
        const third = await recompute()
        expect(third.groups).toMatchObject({ added: 0, removed: 1 })
        expect((await groupMembers())["RFM: Champions"]).toEqual([customers.A.id])

        // D orders again today: D leaves "lost" for the segment its new scores give.
        await placeOrder([{ variant_id: products[0].variant_id, quantity: 1 }], { customer: customers.D })
        const fourth = await recompute()
        const segments = await segmentsOf(Object.values(customers).map((c) => c.id))
        expect(segments[customers.D.id].segment).not.toEqual("lost")
        groups = await groupMembers()
        expect(groups["RFM: Lost"]).not.toContain(customers.D.id)
        // Every managed group holds exactly its segment's customers.
        const labels: Record<string, string> = {
          champions: "Champions",
          loyal: "Loyal",
          potential_loyalist: "Potential loyalist",
          new: "New",
          promising: "Promising",
          needs_attention: "Needs attention",
          at_risk: "At risk",
          cant_lose: "Can't lose",
          hibernating: "Hibernating",
          lost: "Lost",
        }
        for (const [segment, label] of Object.entries(labels)) {
          const expected = Object.values(segments)
            .filter((s: any) => s.segment === segment)
            .map((s: any) => s.customer_id)
            .sort()
          expect(groups[`RFM: ${label}`]).toEqual(expected)
        }
        expect(fourth.groups.added).toBeGreaterThanOrEqual(1)
        expect(fourth.groups.removed).toBeGreaterThanOrEqual(1)

        // Setting off: segments recompute, groups stay as they are.
        await setSettings({ sync_segments_to_groups: false })
        const off = await recompute()
        expect(off.groups).toBeNull()
        expect(await groupMembers()).toEqual(groups)
      })

      it("GET /admin/customers/:id/analytics: lifetime value per currency and the segment", async () => {
        await recompute()
        const { data } = await api.get(`/admin/customers/${customers.A.id}/analytics`, admin.headers)
        const mine = live(await sourceOrders()).filter((o) => o.customer_id === customers.A.id)
        const lifetime = mine.reduce((sum, o) => MathBN.add(sum, net(o)), MathBN.convert(0))
        const [segment] = await pg()("analytics_customer_segment").where({ customer_id: customers.A.id })
        expect(data.customer_analytics).toMatchObject({
          customer_id: customers.A.id,
          segment: segment.segment,
          r_score: segment.r_score,
          f_score: segment.f_score,
          m_score: segment.m_score,
        })
        expect(data.customer_analytics.currencies).toHaveLength(1)
        const eur = data.customer_analytics.currencies[0]
        expect(eur).toMatchObject({ currency_code: "eur", orders: mine.length })
        expect(MathBN.eq(eur.lifetime_value, lifetime)).toBe(true)
        expect(eur.average_order_value).toEqual(MathBN.div(lifetime, mine.length).toFixed(2))
        const times = mine.map((o) => new Date(o.created_at).getTime())
        expect(new Date(eur.first_order_at).getTime()).toEqual(Math.min(...times))
        expect(new Date(eur.last_order_at).getTime()).toEqual(Math.max(...times))

        // A customer without orders: no segment, no currencies.
        const fresh = await registerCustomer(api, store.publishableKey)
        const { data: none } = await api.get(`/admin/customers/${fresh.id}/analytics`, admin.headers)
        expect(none.customer_analytics).toMatchObject({ customer_id: fresh.id, segment: null, currencies: [] })

        expect((await fail(api.get(`/admin/customers/cus_unknown/analytics`, admin.headers))).status).toEqual(404)
        const bad = await fail(api.get(`/admin/customers/${customers.A.id}/analytics?foo=1`, admin.headers))
        expect(bad.status).toEqual(400)
      })

      it("admin-only and strictly validated", async () => {
        const anonymous = await fail(api.get(`/admin/customers/${customers.A.id}/analytics`))
        expect(anonymous.status).toEqual(401)
        expect(
          (await fail(api.get(`/admin/customers/${customers.A.id}/analytics`, customers.A.headers))).status
        ).toEqual(401)
        expect((await fail(api.post("/admin/analytics/segments/recompute", {}))).status).toEqual(401)
        expect((await fail(api.post("/admin/analytics/segments/recompute", {}, customers.A.headers))).status).toEqual(
          401
        )
        await recompute()
        const before: any = await pg()("analytics_customer_segment").max("computed_at as at").first()
        const bad = await fail(api.post("/admin/analytics/segments/recompute", { force: true }, admin.headers))
        expect(bad.status).toEqual(400)
        const after: any = await pg()("analytics_customer_segment").max("computed_at as at").first()
        expect(before.at).not.toBeNull()
        expect(after.at).toEqual(before.at)
      })
    })

    describe("frequently bought together", () => {
      const recommendations = (productId: string, query = "") =>
        api.get(`/store/products/${productId}/recommendations${query}`, store.storeHeaders)

      it("ranks co-purchased products and leaves out unpublished, unavailable and other channels' products", async () => {
        const [p1, p2, p3, p4, p5, p6] = products
        const line = (p: { variant_id: string }) => ({ variant_id: p.variant_id, quantity: 1 })
        // Together with p1: p2 in 3 orders, p3 and p5 in 2, p4 and p6 in 1.
        const baskets = [
          [p1, p2, p3],
          [p2, p1, p5],
          [p1, p2, p4],
          [p1, p3, p6],
          [p1, p5],
        ]
        // One shopper (Medusa keeps one guest customer per e-mail).
        const shopper = { email: "basket-shopper@example.com" }
        for (const basket of baskets) await placeOrder(basket.map(line), shopper)
        // A canceled order does not count.
        const canceled = await placeOrder([line(p1), line(p4)], shopper)
        await afterEvent(getContainer(), "order.canceled", () =>
          api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin.headers)
        )

        // Orders together per product, from Medusa's order tables.
        const { rows } = await pg().raw(
          `SELECT o.id AS order_id, array_agg(DISTINCT li.product_id) AS products
           FROM "order" o
           JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
           JOIN order_line_item li ON li.id = oi.item_id
           WHERE o.deleted_at IS NULL AND o.status <> 'canceled' AND oi.quantity > 0
           GROUP BY o.id`
        )
        const rankedFor = (productId: string) => {
          const together = new Map<string, number>()
          for (const r of rows) {
            if (!r.products.includes(productId)) continue
            for (const other of r.products) if (other !== productId) together.set(other, (together.get(other) ?? 0) + 1)
          }
          return { together, ranked: [...together.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)) }
        }
        const { together, ranked } = rankedFor(p1.id)
        expect(together.get(p2.id)).toEqual(3)
        expect(together.get(p4.id)).toEqual(1)

        let { data } = await recommendations(p1.id, "?limit=10")
        expect(data.products.map((p: any) => [p.id, p.orders_together])).toEqual(ranked)
        expect(data.products[0]).toMatchObject({ id: p2.id, title: p2.title, handle: expect.any(String) })
        expect((await recommendations(p1.id, "?limit=2")).data.products.map((p: any) => p.id)).toEqual(
          ranked.slice(0, 2).map(([id]) => id)
        )
        // Both directions: p2's list starts with p1 (3 orders).
        const forP2 = (await recommendations(p2.id, "?limit=10")).data.products.map((p: any) => [
          p.id,
          p.orders_together,
        ])
        expect(forP2).toEqual(rankedFor(p2.id).ranked)
        expect(forP2[0]).toEqual([p1.id, 3])

        // Unpublished p5, every variant of p6 sold out everywhere, p4 no longer in the key's sales channel.
        await api.post(`/admin/products/${p5.id}`, { status: "draft" }, admin.headers)
        await sellOut(await itemsOf(p6.id))
        await api.post(`/admin/sales-channels/${store.salesChannelId}/products`, { remove: [p4.id] }, admin.headers)
        const excluded = new Set([p4.id, p5.id, p6.id])
        ;({ data } = await recommendations(p1.id, "?limit=10"))
        expect(data.products.map((p: any) => p.id)).toEqual(ranked.map(([id]) => id).filter((id) => !excluded.has(id)))

        // Back-orderable: p6 is shown again although it has no stock.
        await api.post(`/admin/products/${p6.id}/variants/${p6.variant_id}`, { allow_backorder: true }, admin.headers)
        ;({ data } = await recommendations(p1.id, "?limit=10"))
        expect(data.products.map((p: any) => p.id)).toContain(p6.id)

        // The unpublished product itself is not found, like Medusa's own product route.
        expect((await fail(recommendations(p5.id))).status).toEqual(404)
      })

      it("404 for an unknown product, 400 for a bad limit or parameter, a publishable key is required", async () => {
        expect(
          (await fail(api.get(`/store/products/prod_unknown/recommendations`, store.storeHeaders))).status
        ).toEqual(404)
        for (const q of ["?limit=0", "?limit=25", "?limit=abc", "?sort=title"]) {
          const res = await fail(api.get(`/store/products/${products[0].id}/recommendations${q}`, store.storeHeaders))
          expect(res.status).toEqual(400)
        }
        const noKey = await fail(api.get(`/store/products/${products[0].id}/recommendations`))
        expect(noKey.status).toEqual(400)
      })
    })

    describe("customers, cohorts and inventory reports", () => {
      it("customers report: new vs returning and lifetime value equal Medusa's order data", async () => {
        // B (first order 40 days ago, in EUR) buys in USD today: returning in the USD group too.
        await placeOrder([{ variant_id: products[1].variant_id, quantity: 2 }], { customer: customers.B, region: "us" })
        // RFM monetary is in the store's default currency (EUR): without a USD rate, B's USD spend is left out.
        expect(await recompute()).toMatchObject({ missing_rate_customers: 1, missing_rate_currencies: ["usd"] })
        await api.post(
          "/admin/analytics/currency-rates",
          { currency_code: "usd", base_currency_code: "eur", rate: "0.9", valid_from: daysAgo(3) },
          admin.headers
        )
        expect(await recompute()).toMatchObject({ missing_rate_customers: 0 })
        const bOrders = live(await sourceOrders()).filter((o) => o.customer_id === customers.B.id)
        const bMonetary = bOrders.reduce(
          (sum, o) => MathBN.add(sum, o.currency_code === "usd" ? MathBN.mult(net(o), "0.9") : net(o)),
          MathBN.convert(0)
        )
        const bSegment = (await segmentsOf([customers.B.id]))[customers.B.id]
        expect(MathBN.eq(bSegment.monetary, bMonetary)).toBe(true)
        expect(bSegment.frequency).toEqual(3)
        const from = daysAgo(30)
        const to = daysAgo(0)
        const { data } = await api.get(`/admin/reports/customers?from=${from}&to=${to}&granularity=day`, admin.headers)
        expect(data.report).toEqual("customers")

        const orders = live(await sourceOrders())
        const firstDay = new Map<string, string>()
        for (const o of orders) {
          const d = utcDay(o.created_at)
          if (!firstDay.has(o.customer_id!) || d < firstDay.get(o.customer_id!)!) firstDay.set(o.customer_id!, d)
        }
        const currencies = [...new Set(orders.map((o) => o.currency_code))].sort()
        expect(data.groups.map((g: any) => g.currency_code)).toEqual(currencies)
        for (const code of currencies) {
          const group = data.groups.find((g: any) => g.currency_code === code)
          const inRange = orders.filter(
            (o) => o.currency_code === code && utcDay(o.created_at) >= from && utcDay(o.created_at) <= to
          )
          const active = [...new Set(inRange.map((o) => o.customer_id!))]
          const newOnes = active.filter((c) => firstDay.get(c)! >= from)
          const lifetime = active.reduce(
            (sum, c) =>
              orders
                .filter((o) => o.customer_id === c && o.currency_code === code)
                .reduce((s, o) => MathBN.add(s, net(o)), sum),
            MathBN.convert(0)
          )
          expect(group.totals).toMatchObject({
            customers: active.length,
            new_customers: newOnes.length,
            returning_customers: active.length - newOnes.length,
            customer_lifetime_value: active.length ? MathBN.div(lifetime, active.length).toFixed(2) : null,
          })
          // Each day judged on its own: new when it is the customer's first order day.
          for (const point of group.series) {
            const dayActive = [
              ...new Set(inRange.filter((o) => utcDay(o.created_at) === point.period).map((o) => o.customer_id!)),
            ]
            const dayNew = dayActive.filter((c) => firstDay.get(c) === point.period).length
            expect([point.period, point.new_customers, point.returning_customers]).toEqual([
              point.period,
              dayNew,
              dayActive.length - dayNew,
            ])
          }
          expect(group.series).toHaveLength(31)
        }
        // The known customers: A first ordered 10 days ago (new in range), B 40 days ago (returning).
        expect(firstDay.get(customers.A.id)! >= from).toBe(true)
        expect(firstDay.get(customers.B.id)! < from).toBe(true)
        expect(currencies).toEqual(["eur", "usd"])
        expect(data.groups.find((g: any) => g.currency_code === "usd").totals).toMatchObject({
          customers: 1,
          new_customers: 0,
          returning_customers: 1,
        })

        // The segments, in the default currency's group.
        const eur = data.groups.find((g: any) => g.currency_code === "eur")
        const counts = await pg()("analytics_customer_segment")
          .select("segment")
          .count("* as n")
          .sum("monetary as m")
          .groupBy("segment")
        const total = counts.reduce((s: number, c: any) => s + Number(c.n), 0)
        expect(eur.rows).toHaveLength(10)
        for (const c of counts) {
          const row = eur.rows.find((r: any) => r.segment === c.segment)
          expect(row.customers).toEqual(Number(c.n))
          expect(row.share).toEqual(Number((Number(c.n) / total).toFixed(4)))
          expect(MathBN.eq(row.monetary, c.m)).toBe(true)
        }
        expect(data.columns.map((c: any) => c.key)).toEqual(
          expect.arrayContaining([
            "new_customers",
            "returning_customers",
            "customer_lifetime_value",
            "segment",
            "share",
          ])
        )
        expect(eur.previous).toEqual(expect.objectContaining({ new_customers: expect.any(Number) }))
      })

      it("cohorts report: retention by first-order month equals Medusa's order data", async () => {
        const from = daysAgo(220)
        const to = daysAgo(0)
        const { data } = await api.get(`/admin/reports/cohorts?from=${from}&to=${to}`, admin.headers)
        const orders = live(await sourceOrders())
        const month = (d: string) => `${utcDay(d).slice(0, 7)}-01`
        const first = new Map<string, string>()
        for (const o of orders) {
          const m = month(o.created_at)
          if (!first.has(o.customer_id!) || m < first.get(o.customer_id!)!) first.set(o.customer_id!, m)
        }
        const offset = (a: string, b: string) =>
          (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7))
        const [group] = data.groups
        expect(group.currency_code).toBeNull()
        const thisMonth = month(new Date().toISOString())
        for (const row of group.rows) {
          const members = [...first.entries()].filter(([, m]) => m === row.cohort).map(([c]) => c)
          expect(row.customers).toEqual(members.length)
          for (let k = 0; k < 12; k++) {
            const observable = offset(row.cohort, thisMonth) >= k
            const back = members.filter((c) =>
              orders.some((o) => o.customer_id === c && offset(row.cohort, month(o.created_at)) === k)
            ).length
            const expected = observable && members.length ? Number((back / members.length).toFixed(4)) : null
            expect([row.cohort, k, row[`month_${k}`]]).toEqual([row.cohort, k, expected])
          }
        }
        // D's cohort is 200 days back, and D came back this month.
        const dCohort = group.rows.find((r: any) => r.cohort === first.get(customers.D.id))
        expect(dCohort.customers).toBeGreaterThanOrEqual(1)
        expect(group.totals.customers).toEqual([...first.values()].filter((m) => m >= month(from)).length)
      })

      it("inventory report: stock, value at cost, stock-outs and dead stock equal the source tables", async () => {
        const [p1, , , , , p6, p7] = products
        // Costs: two items in EUR (one preferred over a USD quote), one in USD; the rest have none.
        const eurSupplier = (
          await api.post("/admin/suppliers", { name: "EU Supply", currency_code: "EUR" }, admin.headers)
        ).data.supplier
        const usdSupplier = (
          await api.post("/admin/suppliers", { name: "US Supply", currency_code: "USD" }, admin.headers)
        ).data.supplier
        await api.post(
          `/admin/suppliers/${eurSupplier.id}/items`,
          [
            { inventory_item_id: p1.inventory_item_id, cost_price: "4.35", is_preferred: true },
            { inventory_item_id: p7.inventory_item_id, cost_price: "2.10" },
          ],
          admin.headers
        )
        await api.post(
          `/admin/suppliers/${usdSupplier.id}/items`,
          [
            { inventory_item_id: p1.inventory_item_id, cost_price: "9.99" },
            { inventory_item_id: p6.inventory_item_id, cost_price: "3.333" },
          ],
          admin.headers
        )
        await sellOut([p6.inventory_item_id])
        // p7 has never sold; make its inventory item older than the dead-stock window.
        await pg().raw(`UPDATE inventory_item SET created_at = now() - interval '200 days' WHERE id = ?`, [
          p7.inventory_item_id,
        ])

        const from = daysAgo(29)
        const to = daysAgo(0)
        const { data } = await api.get(
          `/admin/reports/inventory?from=${from}&to=${to}&limit=100&sort=stocked`,
          admin.headers
        )

        const { rows: items } = await pg().raw(
          `WITH levels AS (
             SELECT ii.id, ii.sku, ii.created_at,
                    coalesce(sum(il.stocked_quantity), 0)::int AS stocked,
                    coalesce(sum(il.reserved_quantity), 0)::int AS reserved,
                    count(il.id)::int AS levels
             FROM inventory_item ii
             LEFT JOIN inventory_level il ON il.inventory_item_id = ii.id AND il.deleted_at IS NULL
             WHERE ii.deleted_at IS NULL GROUP BY ii.id
           ), sales AS (
             SELECT pvii.inventory_item_id,
                    sum(oi.quantity * pvii.required_quantity) FILTER (
                      WHERE (o.created_at AT TIME ZONE 'UTC')::date BETWEEN ?::date AND ?::date)::int AS units,
                    max((o.created_at AT TIME ZONE 'UTC')::date) AS last_day
             FROM "order" o
             JOIN order_item oi ON oi.order_id = o.id AND oi.version = o.version AND oi.deleted_at IS NULL
             JOIN order_line_item li ON li.id = oi.item_id
             JOIN product_variant_inventory_item pvii ON pvii.variant_id = li.variant_id AND pvii.deleted_at IS NULL
             WHERE o.deleted_at IS NULL AND o.status <> 'canceled' AND oi.quantity > 0
             GROUP BY pvii.inventory_item_id
           ), costs AS (
             SELECT DISTINCT ON (inventory_item_id) inventory_item_id, cost_price, currency_code
             FROM supplier_item WHERE deleted_at IS NULL
             ORDER BY inventory_item_id, is_preferred DESC, updated_at DESC
           )
           SELECT l.*, coalesce(s.units, 0) AS units, to_char(s.last_day, 'YYYY-MM-DD') AS last_day,
                  c.currency_code, (l.stocked * c.cost_price)::text AS value,
                  (l.created_at AT TIME ZONE 'UTC')::date <= (now() AT TIME ZONE 'UTC')::date - 90 AS old_enough,
                  s.last_day IS NOT NULL AND s.last_day <= (now() AT TIME ZONE 'UTC')::date - 90 AS sold_long_ago
           FROM levels l LEFT JOIN sales s ON s.inventory_item_id = l.id LEFT JOIN costs c ON c.inventory_item_id = l.id`,
          [from, to]
        )
        const groupKey = (code: string | null) => code ?? null
        const codes = [...new Set(items.map((i: any) => groupKey(i.currency_code)))].sort((a: any, b: any) =>
          a === null ? 1 : b === null ? -1 : a < b ? -1 : 1
        )
        expect(data.groups.map((g: any) => g.currency_code)).toEqual(codes)
        expect(codes).toEqual(["eur", "usd", null])
        for (const code of codes) {
          const mine = items.filter((i: any) => groupKey(i.currency_code) === code)
          const group = data.groups.find((g: any) => g.currency_code === code)
          const dead = mine.filter((i: any) => i.stocked > 0 && (i.last_day ? i.sold_long_ago : i.old_enough)).length
          expect(group.totals).toMatchObject({
            items: mine.length,
            stock_on_hand: mine.reduce((s: number, i: any) => s + i.stocked, 0),
            stock_outs: mine.filter((i: any) => i.levels > 0 && i.stocked - i.reserved <= 0).length,
            dead_stock_items: dead,
          })
          if (code === null) expect(group.totals.stock_value_at_cost).toBeNull()
          else {
            const value = mine.reduce((s: any, i: any) => MathBN.add(s, i.value), MathBN.convert(0))
            expect(MathBN.eq(group.totals.stock_value_at_cost, value)).toBe(true)
          }
          // Rows sorted by stock on hand, largest first; each row equals its item.
          const stocked = group.rows.map((r: any) => r.stocked)
          expect(stocked).toEqual([...stocked].sort((a: number, b: number) => b - a))
          for (const row of group.rows) {
            const item = mine.find((i: any) => i.id === row.inventory_item_id)
            const available = item.stocked - item.reserved
            expect(row).toMatchObject({
              sku: item.sku,
              stocked: item.stocked,
              reserved: item.reserved,
              available,
              units_sold: item.units,
              last_sold_at: item.last_day,
            })
            const cover =
              available <= 0 ? 0 : item.units > 0 ? Math.round(((available * 30) / item.units) * 10) / 10 : null
            expect(row.days_of_cover).toEqual(cover)
          }
        }
        // The items set up above.
        const eur = data.groups.find((g: any) => g.currency_code === "eur")
        const p7Row = eur.rows.find((r: any) => r.inventory_item_id === p7.inventory_item_id)
        expect(p7Row).toMatchObject({ is_dead_stock: true, unit_cost: "2.1", last_sold_at: null })
        const p1Row = eur.rows.find((r: any) => r.inventory_item_id === p1.inventory_item_id)
        expect(p1Row.unit_cost).toEqual("4.35")
        expect(p1Row.units_sold).toBeGreaterThan(0)
        const usd = data.groups.find((g: any) => g.currency_code === "usd")
        expect(usd.rows.find((r: any) => r.inventory_item_id === p6.inventory_item_id).available).toEqual(0)
        expect(usd.totals.stock_outs).toBeGreaterThanOrEqual(1)
        expect(data.notes.join(" ")).toMatch(/no supplier cost/)

        // Filters and sorts are validated.
        expect(
          (await fail(api.get(`/admin/reports/inventory?from=${from}&to=${to}&sort=title`, admin.headers))).status
        ).toEqual(400)
        const usdOnly = await api.get(`/admin/reports/inventory?from=${from}&to=${to}&currency_code=USD`, admin.headers)
        expect(usdOnly.data.groups.map((g: any) => g.currency_code)).toEqual(["usd"])
      })

      it("reports are admin-only and validate their query", async () => {
        for (const report of ["customers", "cohorts", "inventory"]) {
          expect((await fail(api.get(`/admin/reports/${report}?from=${daysAgo(7)}&to=${daysAgo(0)}`))).status).toEqual(
            401
          )
          const bad = await fail(api.get(`/admin/reports/${report}?from=2026-02-30&to=${daysAgo(0)}`, admin.headers))
          expect(bad.status).toEqual(400)
        }
      })
    })

    describe("weekly digest", () => {
      it("is sent once per ISO week even when the job runs twice, or twice at once", async () => {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        await analyticsWeeklyDigest(getContainer())
        await analyticsWeeklyDigest(getContainer())
        await Promise.all([analyticsWeeklyDigest(getContainer()), analyticsWeeklyDigest(getContainer())])

        const digests = await notifications.listNotifications({ trigger_type: "analytics.weekly_digest" } as any)
        expect(digests).toHaveLength(1)
        const [digest] = digests
        expect(digest).toMatchObject({ channel: "feed", template: "admin-ui", status: "success" })
        const week = (digest.data as any).week as string
        expect((digest as any).idempotency_key).toEqual(`analytics-weekly-digest:${week}`)

        // Its figures are last week's sales report, per currency.
        const { from, to } = digest.data as any
        expect(from < daysAgo(0) && to < daysAgo(0)).toBe(true)
        const { data: sales } = await api.get(
          `/admin/reports/sales?from=${from}&to=${to}&granularity=week`,
          admin.headers
        )
        // Test data has an order in every previous ISO week (orders 2, 5 and 10 days back).
        expect((digest.data as any).figures.length).toBeGreaterThan(0)
        for (const figure of (digest.data as any).figures) {
          const group = sales.groups.find((g: any) => g.currency_code === figure.currency_code)
          expect(figure.orders).toEqual(group.totals.orders)
          expect(MathBN.eq(figure.net_sales, group.totals.net_sales)).toBe(true)
        }
        expect((digest.data as any).title).toMatch(new RegExp(`^Weekly digest ${week}`))

        // Switched off: nothing for another week either.
        await setSettings({ weekly_digest: false })
        const { result } = await sendWeeklyDigestWorkflow(getContainer()).run({
          input: { today: utcDay(new Date(Date.now() + 7 * DAY)) },
        })
        expect(result).toMatchObject({ sent: false, reason: "disabled" })
        expect(await notifications.listNotifications({ trigger_type: "analytics.weekly_digest" } as any)).toHaveLength(
          1
        )
        await setSettings({ weekly_digest: true })
      })
    })
  },
})
