import http from "node:http"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, InventoryEvents, Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { checkout } from "../helpers/checkout"
import { registerCustomer } from "../helpers/customer"
import { afterEvent, redeliver, settleEvents } from "../helpers/events"
import { seedTestStore, type TestStore } from "../helpers/store"
import { INVENTORY_ALERT_MODULE } from "../../src/modules/inventory-alert"
import type InventoryAlertModuleService from "../../src/modules/inventory-alert/service"
import { reconcileStockWorkflow } from "../../src/workflows/inventory/reconcile-stock"

jest.setTimeout(240 * 1000)

const LEVEL_UPDATED = InventoryEvents.INVENTORY_LEVEL_UPDATED

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let variants: { id: string; inventory_item_id: string; product_id: string }[]
    let used = 0
    const service = () => getContainer().resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 6 })
      admin = await createAdminSession(getContainer(), api)
      const { data } = await query().graph({
        entity: "variant",
        fields: ["id", "product_id", "manage_inventory", "inventory_items.inventory_item_id"],
      })
      variants = data
        .filter((v: any) => v.manage_inventory && v.inventory_items?.length === 1)
        .map((v: any) => ({
          id: v.id,
          product_id: v.product_id,
          inventory_item_id: v.inventory_items[0].inventory_item_id,
        }))
    })

    /** A variant no other test touched, with plenty of stock at every location. */
    const freshVariant = async () => {
      for (;;) {
        const variant = variants[used++]
        if (!variant) throw new Error("ran out of test variants")
        const stock = await levels(variant.inventory_item_id)
        if (stock.length && stock.every((l) => l.stocked - l.reserved >= 10)) return variant
      }
    }
    const levels = async (itemId: string) => {
      const { data } = await query().graph({
        entity: "inventory_level",
        fields: ["id", "location_id", "stocked_quantity", "reserved_quantity", "incoming_quantity"],
        filters: { inventory_item_id: itemId },
      })
      return data.map((l: any) => ({
        id: l.id as string,
        location_id: l.location_id as string,
        stocked: Number(l.stocked_quantity),
        reserved: Number(l.reserved_quantity),
      }))
    }
    const available = async (itemId: string) => (await levels(itemId)).reduce((s, l) => s + l.stocked - l.reserved, 0)
    const alertsOf = (itemId: string) =>
      service().listInventoryAlerts({ inventory_item_id: itemId }, { order: { raised_at: "ASC" } })
    const placeOrder = (variantId: string, quantity: number) =>
      afterEvent(getContainer(), LEVEL_UPDATED, () =>
        checkout(api, store.storeHeaders, { regionId: store.regions.eu.id, variantId, quantity })
      )
    /** A fresh item with its threshold one unit under its stock, crossed by an order of one. */
    const crossWithOneOrder = async () => {
      const variant = await freshVariant()
      const itemId = variant.inventory_item_id
      const start = await available(itemId)
      await api.post("/admin/inventory-thresholds", { inventory_item_id: itemId, threshold: start - 1 }, admin.headers)
      await placeOrder(variant.id, 1)
      const [level] = await levels(itemId)
      return { itemId, level }
    }
    const adjust = (itemId: string, body: Record<string, unknown>) =>
      afterEvent(getContainer(), LEVEL_UPDATED, () =>
        api.post(`/admin/inventory-items/${itemId}/stock-adjustments`, body, admin.headers)
      )

    describe("alerts follow every stock change", () => {
      it("raises one alert per crossing: orders below threshold, cancel restores and clears, a new drop raises anew", async () => {
        const variant = await freshVariant()
        const itemId = variant.inventory_item_id
        const start = await available(itemId)
        await api.post(
          "/admin/inventory-thresholds",
          { inventory_item_id: itemId, threshold: start - 2 },
          admin.headers
        )
        expect(await alertsOf(itemId)).toEqual([])

        const first = await placeOrder(variant.id, 2)
        let alerts = await alertsOf(itemId)
        expect(alerts).toEqual([
          expect.objectContaining({
            kind: "low_stock",
            severity: "warning",
            status: "open",
            scope_key: "*",
            threshold: start - 2,
          }),
        ])
        expect(Number(alerts[0].raised_quantity)).toEqual(start - 2)

        const second = await placeOrder(variant.id, 1)
        alerts = await alertsOf(itemId)
        expect(alerts).toHaveLength(1)
        expect(Number(alerts[0].current_quantity)).toEqual(start - 3)

        for (const order of [first.order, second.order]) {
          await afterEvent(getContainer(), OrderWorkflowEvents.CANCELED, () =>
            api.post(`/admin/orders/${order.id}/cancel`, {}, admin.headers)
          )
        }
        await new Promise((r) => setTimeout(r, 300))
        expect(await available(itemId)).toEqual(start)
        alerts = await alertsOf(itemId)
        expect(alerts).toEqual([expect.objectContaining({ status: "resolved", resolution: "recovered" })])
        expect(alerts[0].recovered_at).not.toBeNull()

        await placeOrder(variant.id, 2)
        alerts = await alertsOf(itemId)
        expect(alerts.map((a) => a.status)).toEqual(["resolved", "open"])
      })

      it("the same event delivered three times: one alert, one notification", async () => {
        const { itemId, level } = await crossWithOneOrder()
        for (let i = 0; i < 3; i++) await redeliver(getContainer(), LEVEL_UPDATED, { id: level.id })

        const alerts = await alertsOf(itemId)
        expect(alerts).toHaveLength(1)
        const notifications = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ resource_id: alerts[0].id })
        expect(notifications).toEqual([
          expect.objectContaining({ channel: "feed", template: "admin-ui", status: "success" }),
        ])
        expect((notifications[0].data as any).title).toMatch(/^Low stock/)
      })

      it("a stock-out is a separate, critical alert; hysteresis holds the crossing until stock is clearly back", async () => {
        const variant = await freshVariant()
        const itemId = variant.inventory_item_id
        await api.post("/admin/inventory-alerts/settings", { hysteresis: 3 }, admin.headers)
        try {
          const stock = await levels(itemId)
          await api.post("/admin/inventory-thresholds", { inventory_item_id: itemId, threshold: 4 }, admin.headers)
          // Everything but 2 units out: low stock.
          for (const [i, level] of stock.entries()) {
            await adjust(itemId, {
              location_id: level.location_id,
              stocked_quantity: level.reserved + (i === 0 ? 2 : 0),
              note: "count correction",
            })
          }
          expect((await alertsOf(itemId)).map((a) => [a.kind, a.status])).toEqual([["low_stock", "open"]])

          await adjust(itemId, { location_id: stock[0].location_id, adjustment: -2, note: "damaged" })
          let alerts = await alertsOf(itemId)
          expect(alerts.map((a) => [a.kind, a.severity, a.status])).toEqual([
            ["low_stock", "warning", "open"],
            ["out_of_stock", "critical", "open"],
          ])

          // 6 available: above the threshold (4) but not above threshold + hysteresis (7): low stays on.
          await adjust(itemId, { location_id: stock[0].location_id, adjustment: 6, note: "found in the back" })
          alerts = await alertsOf(itemId)
          expect(alerts.find((a) => a.kind === "out_of_stock")?.recovered_at).not.toBeNull()
          expect(alerts.find((a) => a.kind === "low_stock")).toMatchObject({ recovered_at: null, status: "open" })

          await adjust(itemId, { location_id: stock[0].location_id, adjustment: 2, note: "restock" })
          alerts = await alertsOf(itemId)
          expect(alerts.every((a) => a.recovered_at !== null && a.status === "resolved")).toBe(true)
        } finally {
          await api.post("/admin/inventory-alerts/settings", { hysteresis: 0 }, admin.headers)
        }
      })

      it("a location threshold is measured at that location only", async () => {
        const variant = await freshVariant()
        const itemId = variant.inventory_item_id
        const [first, second] = await levels(itemId)
        expect(second).toBeDefined()
        await api.post(
          "/admin/inventory-thresholds",
          { inventory_item_id: itemId, location_id: first.location_id, threshold: first.stocked - first.reserved },
          admin.headers
        )
        const alerts = await alertsOf(itemId)
        expect(alerts).toEqual([
          expect.objectContaining({ kind: "low_stock", scope_key: first.location_id, location_id: first.location_id }),
        ])
        const { data } = await api.get(`/admin/inventory-alerts?inventory_item_id=${itemId}`, admin.headers)
        expect(data.inventory_alerts[0].location).toEqual(expect.objectContaining({ id: first.location_id }))
        expect(data.inventory_alerts[0].inventory_item).toEqual(expect.objectContaining({ id: itemId }))
      })

      it("acknowledge then resolve by hand; a manual resolve does not re-arm while stock stays low", async () => {
        const variant = await freshVariant()
        const itemId = variant.inventory_item_id
        const start = await available(itemId)
        await api.post("/admin/inventory-thresholds", { inventory_item_id: itemId, threshold: start }, admin.headers)
        const [alert] = await alertsOf(itemId)
        expect(alert.status).toEqual("open")

        const { data: acked } = await api.post(
          "/admin/inventory-alerts/acknowledge",
          { ids: [alert.id, "ialrt_unknown"] },
          admin.headers
        )
        expect(acked).toEqual({ inventory_alerts: [{ id: alert.id, status: "acknowledged" }], updated: 1 })
        const { data: again } = await api.post(
          "/admin/inventory-alerts/acknowledge",
          { ids: [alert.id] },
          admin.headers
        )
        expect(again.updated).toEqual(0)
        const { data: resolved } = await api.post(
          "/admin/inventory-alerts/resolve",
          { ids: [alert.id], note: "supplier called" },
          admin.headers
        )
        expect(resolved.updated).toEqual(1)

        await placeOrder(variant.id, 1)
        const alerts = await alertsOf(itemId)
        expect(alerts).toHaveLength(1)
        expect(alerts[0]).toMatchObject({
          status: "resolved",
          resolution: "manual",
          note: "supplier called",
          recovered_at: null,
        })
        expect(alerts[0].acknowledged_by).toEqual(admin.userId)

        const { data: summary } = await api.get("/admin/inventory-alerts/summary", admin.headers)
        expect(summary.summary).toEqual({
          open: expect.any(Number),
          acknowledged: expect.any(Number),
          critical_open: expect.any(Number),
        })
      })

      it("the reconcile job finds a crossing no event announced", async () => {
        const variant = await freshVariant()
        const itemId = variant.inventory_item_id
        // A threshold written behind the workflow's back: no re-evaluation, no event.
        await service().createInventoryThresholds({
          inventory_item_id: itemId,
          threshold: (await available(itemId)) + 5,
        })
        expect(await alertsOf(itemId)).toEqual([])
        const { result } = await reconcileStockWorkflow(getContainer()).run({ input: {} })
        expect(result.raised).toBeGreaterThanOrEqual(1)
        expect(await alertsOf(itemId)).toEqual([expect.objectContaining({ kind: "low_stock", status: "open" })])
        const { result: second } = await reconcileStockWorkflow(getContainer()).run({ input: {} })
        expect(second).toMatchObject({ raised: 0, ledger_entries: 0 })
      })

      it("posts new alerts to a Slack-compatible webhook once", async () => {
        const received: any[] = []
        const server = http.createServer((req, res) => {
          let body = ""
          req.on("data", (c) => (body += c))
          req.on("end", () => {
            received.push({ headers: req.headers, body: JSON.parse(body) })
            res.end("ok")
          })
        })
        await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()))
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
        await api.post("/admin/inventory-alerts/settings", { webhook_url: url }, admin.headers)
        try {
          const { itemId, level } = await crossWithOneOrder()
          await redeliver(getContainer(), LEVEL_UPDATED, { id: level.id })
          await redeliver(getContainer(), LEVEL_UPDATED, { id: level.id })
          const [alert] = await alertsOf(itemId)
          const mine = received.filter((r) => r.body.alerts.some((a: any) => a.id === alert.id))
          expect(mine).toHaveLength(1)
          expect(mine[0].body.text).toMatch(/Low stock/)
          expect(mine[0].headers["idempotency-key"]).toEqual(expect.stringContaining(alert.id))
        } finally {
          await api.post("/admin/inventory-alerts/settings", { webhook_url: null }, admin.headers)
          server.close()
        }
      })
    })

    describe("stock ledger", () => {
      it("records fulfillments as order, admin edits with their reason, and core edits as other", async () => {
        const variant = await freshVariant()
        const itemId = variant.inventory_item_id
        const { order } = await placeOrder(variant.id, 2)
        const { data: detail } = await api.get(`/admin/orders/${order.id}?fields=*items`, admin.headers)
        // Both subscribers: the ledger row (level event) and its cause (fulfillment event).
        await afterEvent(getContainer(), OrderWorkflowEvents.FULFILLMENT_CREATED, () =>
          afterEvent(getContainer(), LEVEL_UPDATED, () =>
            api.post(
              `/admin/orders/${order.id}/fulfillments`,
              { items: detail.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })) },
              admin.headers
            )
          )
        )
        const fulfilled = await service().listStockLedgerEntries({ inventory_item_id: itemId, reason: "order" })
        expect(fulfilled).toEqual([expect.objectContaining({ reference_type: "order", reference_id: order.id })])
        expect(Number(fulfilled[0].delta)).toEqual(-2)
        expect(Number(fulfilled[0].quantity_after)).toEqual(Number(fulfilled[0].quantity_before) - 2)

        const [level] = await levels(itemId)
        await adjust(itemId, { location_id: level.location_id, adjustment: 5, note: "delivery from the other shop" })
        await afterEvent(getContainer(), LEVEL_UPDATED, () =>
          api.post(
            `/admin/inventory-items/${itemId}/location-levels/${level.location_id}`,
            { stocked_quantity: level.stocked + 5 + 1 },
            admin.headers
          )
        )
        const { data } = await api.get(`/admin/stock-ledger?inventory_item_id=${itemId}`, admin.headers)
        expect(data.stock_ledger_entries.slice(0, 2)).toEqual([
          expect.objectContaining({ reason: "other", delta: 1, quantity_after: level.stocked + 6, actor: null }),
          expect.objectContaining({
            reason: "manual",
            delta: 5,
            quantity_before: level.stocked,
            note: "delivery from the other shop",
            actor: admin.userId,
          }),
        ])
        const { data: filtered } = await api.get(
          `/admin/stock-ledger?inventory_item_id=${itemId}&reason=manual,order`,
          admin.headers
        )
        expect(filtered.stock_ledger_entries.map((e: any) => e.reason).sort()).toEqual(["manual", "order"])
      })
    })

    describe("replenishment and insights", () => {
      it("suggests reordering what sells, with days of cover; the item insights agree", async () => {
        const variant = await freshVariant()
        const itemId = variant.inventory_item_id
        const { order } = await placeOrder(variant.id, 6)
        expect(order.id).toBeDefined()
        const stock = await available(itemId)
        // Leave one day of cover: velocity 6 / 30 days = 0.2 a day.
        await api.post(
          "/admin/inventory-thresholds",
          { inventory_item_id: itemId, threshold: 0, safety_stock: 2 },
          admin.headers
        )

        const { data } = await api.get("/admin/replenishment?limit=500", admin.headers)
        const row = data.suggestions.find((s: any) => s.inventory_item_id === itemId)
        expect(row).toMatchObject({ units_sold: 6, velocity_per_day: 0.2, available: stock, safety_stock: 2 })
        expect(row.days_of_cover).toBeCloseTo(stock / 0.2, 1)
        expect(row.reorder_point).toEqual(Math.ceil(0.2 * 14 + 2))
        expect(data.window_days).toEqual(30)

        const { data: insights } = await api.get(`/admin/inventory-items/${itemId}/inventory-insights`, admin.headers)
        expect(insights.insights).toMatchObject({
          inventory_item_id: itemId,
          available: stock,
          units_sold: 6,
          velocity_per_day: 0.2,
          effective_threshold: 0,
        })
        expect(insights.insights.per_location.length).toBeGreaterThan(0)
        expect(insights.insights.recent_ledger).toEqual(expect.any(Array))
      })
    })

    describe("back-in-stock subscriptions", () => {
      const outOfStock = async () => {
        const variant = await freshVariant()
        for (const level of await levels(variant.inventory_item_id)) {
          await adjust(variant.inventory_item_id, {
            location_id: level.location_id,
            stocked_quantity: level.reserved,
            note: "sold out",
          })
        }
        return variant
      }
      const subscribe = (
        body: Record<string, unknown>,
        headers: { headers: Record<string, string> } = store.storeHeaders
      ) => api.post("/store/back-in-stock-subscriptions", body, headers)

      it("notifies waiting shoppers once, oldest first, as many as the restock serves", async () => {
        const variant = await outOfStock()
        const emails = ["first@example.com", "second@example.com", "third@example.com"]
        const ids: string[] = []
        for (const email of emails) {
          const { status, data } = await subscribe({ variant_id: variant.id, email })
          expect(status).toEqual(201)
          expect(data.unsubscribe_token).toEqual(expect.any(String))
          ids.push(data.back_in_stock_subscription.id)
        }
        const { data: twice, status } = await subscribe({ variant_id: variant.id, email: "FIRST@example.com" })
        expect(status).toEqual(200)
        expect(twice.back_in_stock_subscription.id).toEqual(ids[0])

        const [level] = await levels(variant.inventory_item_id)
        await adjust(variant.inventory_item_id, { location_id: level.location_id, adjustment: 2, note: "restock" })
        for (let i = 0; i < 2; i++) await redeliver(getContainer(), LEVEL_UPDATED, { id: level.id })

        const subs = await service().listBackInStockSubscriptions({ id: ids }, { order: { created_at: "ASC" } })
        expect(subs.map((s) => s.status)).toEqual(["notified", "notified", "waiting"])
        const sent = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ template: "back-in-stock", resource_id: variant.id })
        expect(sent.map((n) => n.to).sort()).toEqual(["first@example.com", "second@example.com"])
      })

      it("validates the variant and its stock; only the owner or the token can unsubscribe", async () => {
        const variant = await outOfStock()
        const inStock = await freshVariant()
        await expect(subscribe({ variant_id: inStock.id, email: "a@example.com" })).rejects.toMatchObject({
          response: { status: 400, data: { message: expect.stringMatching(/in stock/) } },
        })
        await expect(subscribe({ variant_id: "variant_missing", email: "a@example.com" })).rejects.toMatchObject({
          response: { status: 404 },
        })
        for (const body of [
          { variant_id: variant.id },
          { variant_id: variant.id, email: "not-an-email" },
          { variant_id: variant.id, email: "a@example.com", extra: 1 },
          { variant_id: 42, email: "a@example.com" },
        ]) {
          await expect(subscribe(body)).rejects.toMatchObject({ response: { status: 400 } })
        }
        await expect(
          api.post("/store/back-in-stock-subscriptions", { variant_id: variant.id, email: "a@example.com" })
        ).rejects.toMatchObject({ response: { status: 400 } })

        const owner = await registerCustomer(api, store.publishableKey)
        const other = await registerCustomer(api, store.publishableKey)
        const { data: mine } = await subscribe({ variant_id: variant.id }, owner.headers)
        expect(mine.back_in_stock_subscription.email).toEqual(owner.email.toLowerCase())
        const id = mine.back_in_stock_subscription.id

        const { data: listed } = await api.get("/store/customers/me/back-in-stock-subscriptions", owner.headers)
        expect(listed.back_in_stock_subscriptions.map((s: any) => s.id)).toEqual([id])
        const { data: othersList } = await api.get("/store/customers/me/back-in-stock-subscriptions", other.headers)
        expect(othersList.back_in_stock_subscriptions).toEqual([])
        await expect(
          api.get("/store/customers/me/back-in-stock-subscriptions", store.storeHeaders)
        ).rejects.toMatchObject({ response: { status: 401 } })

        await expect(api.delete(`/store/back-in-stock-subscriptions/${id}`, other.headers)).rejects.toMatchObject({
          response: { status: 404 },
        })
        await expect(
          api.delete(`/store/back-in-stock-subscriptions/${id}?token=wrong-token-123`, store.storeHeaders)
        ).rejects.toMatchObject({ response: { status: 404 } })
        const { data: deleted } = await api.delete(
          `/store/back-in-stock-subscriptions/${id}?token=${mine.unsubscribe_token}`,
          store.storeHeaders
        )
        expect(deleted).toEqual({ id, object: "back_in_stock_subscription", deleted: true })
        expect((await service().retrieveBackInStockSubscription(id)).status).toEqual("canceled")
      })
    })

    describe("bad input and auth", () => {
      // The file's last block: let in-flight event handlers finish before the runner tears down.
      afterAll(() => settleEvents(getContainer()))
      it("refuses bad thresholds, adjustments, settings and queries with a 4xx and writes nothing", async () => {
        const variant = await freshVariant()
        const itemId = variant.inventory_item_id
        const [level] = await levels(itemId)
        const before = {
          thresholds: (await service().listInventoryThresholds({})).length,
          ledger: (await service().listStockLedgerEntries({ inventory_item_id: itemId })).length,
          settings: await service().getSettings(),
        }
        const expectStatus = async (promise: Promise<unknown>, status: number) => {
          const error: any = await promise.catch((e) => e)
          expect(error?.response?.status).toEqual(status)
          expect(error.response.data.message).toEqual(expect.any(String))
        }
        await expectStatus(
          api.post("/admin/inventory-thresholds", { inventory_item_id: itemId, threshold: -1 }, admin.headers),
          400
        )
        await expectStatus(
          api.post("/admin/inventory-thresholds", { inventory_item_id: itemId, threshold: 1.5 }, admin.headers),
          400
        )
        await expectStatus(
          api.post("/admin/inventory-thresholds", { inventory_item_id: itemId, threshold: "5" }, admin.headers),
          400
        )
        await expectStatus(
          api.post("/admin/inventory-thresholds", { inventory_item_id: itemId, threshold: 1e12 }, admin.headers),
          400
        )
        await expectStatus(api.post("/admin/inventory-thresholds", { threshold: 5 }, admin.headers), 400)
        await expectStatus(
          api.post(
            "/admin/inventory-thresholds",
            { inventory_item_id: itemId, threshold: 5, oops: true },
            admin.headers
          ),
          400
        )
        await expectStatus(
          api.post("/admin/inventory-thresholds", { inventory_item_id: "iitem_missing", threshold: 5 }, admin.headers),
          404
        )
        await expectStatus(
          api.post(
            "/admin/inventory-thresholds",
            { inventory_item_id: itemId, location_id: "sloc_missing", threshold: 5 },
            admin.headers
          ),
          404
        )
        const adjustUrl = `/admin/inventory-items/${itemId}/stock-adjustments`
        await expectStatus(api.post(adjustUrl, { location_id: level.location_id, adjustment: 5 }, admin.headers), 400)
        await expectStatus(
          api.post(
            adjustUrl,
            { location_id: level.location_id, adjustment: 5, stocked_quantity: 3, note: "both" },
            admin.headers
          ),
          400
        )
        await expectStatus(
          api.post(adjustUrl, { location_id: level.location_id, adjustment: 0, note: "zero" }, admin.headers),
          400
        )
        await expectStatus(
          api.post(
            adjustUrl,
            { location_id: level.location_id, adjustment: -1_000_000, note: "too many" },
            admin.headers
          ),
          400
        )
        await expectStatus(
          api.post(adjustUrl, { location_id: "sloc_missing", adjustment: 1, note: "where" }, admin.headers),
          404
        )
        await expectStatus(
          api.post(
            `/admin/inventory-items/iitem_missing/stock-adjustments`,
            { location_id: level.location_id, adjustment: 1, note: "who" },
            admin.headers
          ),
          404
        )
        await expectStatus(api.post("/admin/inventory-alerts/settings", { hysteresis: -2 }, admin.headers), 400)
        await expectStatus(api.post("/admin/inventory-alerts/settings", { webhook_url: "ftp://x" }, admin.headers), 400)
        await expectStatus(api.post("/admin/inventory-alerts/settings", {}, admin.headers), 400)
        await expectStatus(api.post("/admin/inventory-alerts/acknowledge", { ids: [] }, admin.headers), 400)
        await expectStatus(api.post("/admin/inventory-alerts/resolve", { ids: "x" }, admin.headers), 400)
        await expectStatus(api.get("/admin/inventory-alerts?status=maybe", admin.headers), 400)
        await expectStatus(api.get("/admin/inventory-alerts?limit=100000", admin.headers), 400)
        await expectStatus(api.get("/admin/stock-ledger?created_after=yesterday", admin.headers), 400)
        await expectStatus(api.get("/admin/replenishment?needs_reorder=maybe", admin.headers), 400)
        await expectStatus(api.get("/admin/inventory-items/iitem_missing/inventory-insights", admin.headers), 404)
        await expectStatus(api.delete("/admin/inventory-thresholds/ithr_missing", admin.headers), 404)

        expect((await service().listInventoryThresholds({})).length).toEqual(before.thresholds)
        expect((await service().listStockLedgerEntries({ inventory_item_id: itemId })).length).toEqual(before.ledger)
        expect(await service().getSettings()).toEqual(before.settings)
        expect(await levels(itemId)).toEqual(await levels(itemId))
        expect((await levels(itemId))[0].stocked).toEqual(level.stocked)
      })

      it("admin routes need an admin", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        const routes: [string, string][] = [
          ["get", "/admin/inventory-alerts"],
          ["get", "/admin/inventory-alerts/summary"],
          ["get", "/admin/inventory-alerts/settings"],
          ["post", "/admin/inventory-alerts/settings"],
          ["post", "/admin/inventory-alerts/acknowledge"],
          ["post", "/admin/inventory-alerts/resolve"],
          ["get", "/admin/inventory-thresholds"],
          ["post", "/admin/inventory-thresholds"],
          ["delete", "/admin/inventory-thresholds/ithr_x"],
          ["get", "/admin/stock-ledger"],
          ["get", "/admin/replenishment"],
          ["get", "/admin/back-in-stock-subscriptions"],
          ["get", "/admin/inventory-items/iitem_x/inventory-insights"],
          ["post", "/admin/inventory-items/iitem_x/stock-adjustments"],
        ]
        for (const [method, url] of routes) {
          for (const headers of [{}, customer.headers]) {
            const call =
              method === "get" || method === "delete" ? (api as any)[method](url, headers) : api.post(url, {}, headers)
            const error: any = await call.catch((e: any) => e)
            expect([method, url, error?.response?.status]).toEqual([method, url, 401])
          }
        }
      })
    })
  },
})
