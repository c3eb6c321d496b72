import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  FulfillmentWorkflowEvents,
  InventoryEvents,
  MathBN,
  Modules,
  OrderWorkflowEvents,
  PaymentEvents,
} from "@medusajs/framework/utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { checkout, payAndComplete, prepareCart } from "../helpers/checkout"
import { registerCustomer, type CustomerSession } from "../helpers/customer"
import { afterEvent, redeliver, settleEvents } from "../helpers/events"
import { seedTestStore, type TestStore } from "../helpers/store"
import { ORDER_EXCEPTION_MODULE } from "../../src/modules/order-exception"
import type OrderExceptionModuleService from "../../src/modules/order-exception/service"
import { PaymentAttemptEvents } from "../../src/modules/order-timeline/events"
import { signBody } from "../../src/providers/payment-test-webhooks/utils/webhook"
import { assessOrderFraudWorkflow } from "../../src/workflows/order-exceptions/assess-order-fraud"
import { scanOrderExceptionsWorkflow } from "../../src/workflows/order-exceptions/scan-order-exceptions"

jest.setTimeout(300 * 1000)

const TEST_PROVIDER = "pp_test-webhooks_test-webhooks"
const WEBHOOK_URL = "/hooks/payment/test-webhooks_test-webhooks"
const WEBHOOK_SECRET = "test-webhook-secret"
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  inApp: true,
  env: { PAYMENT_WEBHOOK_DELAY_MS: "50" },
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let customer: CustomerSession
    let variants: { id: string; inventory_item_id: string }[]
    let used = 0
    const service = () => getContainer().resolve<OrderExceptionModuleService>(ORDER_EXCEPTION_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const unique = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}`

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 6 })
      admin = await createAdminSession(getContainer(), api)
      customer = await registerCustomer(api, store.publishableKey)
      const { data } = await query().graph({
        entity: "variant",
        fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
      })
      // The demo catalog has low-stock and sold-out variants: the tests take only variants with
      // plenty of stock at every location, in a fixed order.
      const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({})
      const plenty = new Set(
        levels.filter((l: any) => Number(l.stocked_quantity) >= 20).map((l: any) => l.inventory_item_id)
      )
      const short = new Set(
        levels.filter((l: any) => Number(l.stocked_quantity) < 20).map((l: any) => l.inventory_item_id)
      )
      variants = data
        .filter((v: any) => v.manage_inventory && v.inventory_items?.length === 1)
        .map((v: any) => ({ id: v.id, inventory_item_id: v.inventory_items[0].inventory_item_id }))
        .filter((v: any) => plenty.has(v.inventory_item_id) && !short.has(v.inventory_item_id))
        .sort((a: any, b: any) => a.id.localeCompare(b.id))
      await api.post(
        `/admin/regions/${store.regions.eu.id}`,
        { payment_providers: ["pp_system_default", TEST_PROVIDER] },
        admin.headers
      )
    })

    /** A variant with plenty of stock that no other test uses. */
    const freshVariant = () => {
      const variant = variants[used++]
      if (!variant) throw new Error("ran out of test variants")
      return variant
    }
    let shared: { id: string } | null = null
    /** One variant for the tests that only need orders. */
    const anyVariant = () => (shared ??= freshVariant())

    const casesOf = async (filters: Record<string, string>) => {
      const { data } = await api.get(`/admin/order-exceptions?${new URLSearchParams(filters)}`, admin.headers)
      return data.order_exceptions as any[]
    }
    const getCase = async (id: string) =>
      (await api.get(`/admin/order-exceptions/${id}`, admin.headers)).data.order_exception
    const settings = async () => (await api.get("/admin/order-exceptions/settings", admin.headers)).data.settings
    const updateSettings = (body: Record<string, unknown>) =>
      api.post("/admin/order-exceptions/settings", body, admin.headers)
    const expectStatus = async (promise: Promise<unknown>, status: number) => {
      const error: any = await promise.then(
        () => null,
        (e) => e
      )
      expect(error?.response?.status).toEqual(status)
      return error.response.data
    }

    const orderOf = async (orderId: string) => {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "id",
          "total",
          "currency_code",
          "status",
          "items.id",
          "items.quantity",
          "payment_collections.id",
          "payment_collections.payments.id",
          "payment_collections.payments.amount",
        ],
        filters: { id: orderId },
      })
      return data[0] as any
    }
    const paymentOf = async (orderId: string) => (await orderOf(orderId)).payment_collections[0].payments[0]

    const placeOrder = async (input: { email?: string; variantId?: string; quantity?: number } = {}) => {
      const placed = await afterEvent(getContainer(), OrderWorkflowEvents.PLACED, () =>
        checkout(api, store.storeHeaders, {
          regionId: store.regions.eu.id,
          variantId: input.variantId ?? anyVariant().id,
          quantity: input.quantity ?? 1,
          email: input.email ?? `${unique("buyer")}@example.com`,
        })
      )
      expect(placed.type).toEqual("order")
      return placed.order as any
    }
    const capture = (paymentId: string, amount?: number) =>
      afterEvent(getContainer(), PaymentEvents.CAPTURED, () =>
        api.post(`/admin/payments/${paymentId}/capture`, amount === undefined ? {} : { amount }, admin.headers)
      )

    // Payments with the webhook-capable test provider (src/providers/payment-test-webhooks).
    const webhook = (body: Record<string, unknown>) => {
      const raw = JSON.stringify(body)
      return api.post(WEBHOOK_URL, raw, {
        headers: { "content-type": "application/json", "x-test-signature": signBody(raw, WEBHOOK_SECRET) },
      })
    }
    const cartWithTestProvider = async (email: string) => {
      const cartId = await prepareCart(api, store.storeHeaders, {
        regionId: store.regions.eu.id,
        variantId: anyVariant().id,
        email,
      })
      const { data: col } = await api.post("/store/payment-collections", { cart_id: cartId }, store.storeHeaders)
      const { data } = await api.post(
        `/store/payment-collections/${col.payment_collection.id}/payment-sessions`,
        { provider_id: TEST_PROVIDER },
        store.storeHeaders
      )
      const session = data.payment_collection.payment_sessions.find((s: any) => s.provider_id === TEST_PROVIDER)
      return { cartId, collectionId: col.payment_collection.id as string, session }
    }
    /** Posts a failed-payment webhook three times; the provider's result is recorded and emitted once. */
    const failPayment = async (sessionId: string) => {
      const delivered: any[] = []
      const bus: any = getContainer().resolve(Modules.EVENT_BUS)
      const subscriberId = unique("oexc-spec-attempts")
      bus.subscribe(PaymentAttemptEvents.FAILED, async (e: any) => void delivered.push(e.data), { subscriberId })
      await afterEvent(getContainer(), PaymentAttemptEvents.FAILED, () =>
        Promise.all([1, 2, 3].map(() => webhook({ session_id: sessionId, action: "failed", amount: "10" })))
      )
      await sleep(300)
      return delivered
    }

    describe("auth and input", () => {
      it("admin routes need an admin: anonymous and customers get 401", async () => {
        for (const headers of [{}, customer.headers]) {
          await expectStatus(api.get("/admin/order-exceptions", headers), 401)
          await expectStatus(api.get("/admin/order-exceptions/settings", headers), 401)
          await expectStatus(api.post("/admin/order-exceptions/resolve", { ids: ["x"] }, headers), 401)
          await expectStatus(api.get("/admin/orders/order_x/fraud-assessment", headers), 401)
        }
      })

      it("bad filters and bodies are 400s; unknown cases and orders 404", async () => {
        await expectStatus(api.get("/admin/order-exceptions?type=nope", admin.headers), 400)
        await expectStatus(api.get("/admin/order-exceptions?limit=100000", admin.headers), 400)
        await expectStatus(api.get("/admin/order-exceptions?min_age_hours=5&max_age_hours=1", admin.headers), 400)
        await expectStatus(api.get("/admin/order-exceptions?unknown=1", admin.headers), 400)
        await expectStatus(api.get("/admin/order-exceptions/oexc_missing", admin.headers), 404)
        await expectStatus(api.post("/admin/order-exceptions/oexc_missing", { status: "resolved" }, admin.headers), 404)
        await expectStatus(api.post("/admin/order-exceptions/oexc_missing/notes", { body: "x" }, admin.headers), 404)
        await expectStatus(api.get("/admin/orders/order_missing/fraud-assessment", admin.headers), 404)
        const before = await settings()
        await expectStatus(updateSettings({ fraud_threshold: 101 }), 400)
        await expectStatus(updateSettings({ unfulfilled_days: -1 }), 400)
        await expectStatus(updateSettings({ fraud_rules: { order_velocity: { weight: 10, bogus: 1 } } }), 400)
        await expectStatus(
          updateSettings({ fraud_rules: { disposable_email: { extra_domains: ["not a domain"] } } }),
          400
        )
        await expectStatus(updateSettings({}), 400)
        expect(await settings()).toEqual(before)
      })
    })

    describe("payment failures", () => {
      it("a failed payment webhook before checkout opens one case; the order inherits it; the capture resolves it", async () => {
        const email = `${unique("failed")}@example.com`
        const { cartId, collectionId, session } = await cartWithTestProvider(email)
        const events = await failPayment(session.id)
        expect(events).toHaveLength(1)

        let [opened, ...more] = await casesOf({ cart_id: cartId })
        expect(more).toEqual([])
        expect(opened).toMatchObject({
          type: "payment_failed",
          status: "open",
          severity: "medium",
          cart_id: cartId,
          payment_collection_id: collectionId,
          order_id: null,
          email,
          occurrences: 1,
        })
        expect(opened.data.attempt_id).toEqual(events[0].id)

        // The same attempt delivered twice more (an at-least-once bus): nothing changes.
        for (let i = 0; i < 2; i++) await redeliver(getContainer(), PaymentAttemptEvents.FAILED, events[0])
        ;[opened, ...more] = await casesOf({ cart_id: cartId })
        expect(more).toEqual([])
        expect(opened.occurrences).toEqual(1)

        // The shopper retries and the cart becomes an order: the case follows the order, still open (not paid yet).
        const { data } = await afterEvent<any>(getContainer(), OrderWorkflowEvents.PLACED, () =>
          api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        )
        expect(data.type).toEqual("order")
        const orderId = data.order.id
        const linked = await getCase(opened.id)
        expect(linked).toMatchObject({ order_id: orderId, status: "open" })
        expect(linked.order).toMatchObject({ id: orderId, display_id: data.order.display_id })

        const payment = await paymentOf(orderId)
        await capture(payment.id)
        const resolved = await getCase(opened.id)
        expect(resolved).toMatchObject({ status: "resolved", resolution: "auto", resolved_by: "system" })
        expect(resolved.notes.map((n: any) => [n.kind, n.body])).toEqual([
          ["system", "Resolved (auto): the payment was captured"],
        ])
        // payment.captured delivered again: no new case, nothing reopened.
        for (let i = 0; i < 2; i++) await redeliver(getContainer(), PaymentEvents.CAPTURED, { id: payment.id })
        expect((await casesOf({ order_id: orderId })).map((c) => [c.id, c.status])).toEqual([[opened.id, "resolved"]])
      })

      it("a failed payment on a placed order is a high case; capture-payment on it captures and closes it", async () => {
        const { cartId, session } = await cartWithTestProvider(`${unique("failed-order")}@example.com`)
        const { data } = await afterEvent<any>(getContainer(), OrderWorkflowEvents.PLACED, () =>
          api.post(`/store/carts/${cartId}/complete`, {}, store.storeHeaders)
        )
        const orderId = data.order.id
        await failPayment(session.id)
        const [opened, ...more] = await casesOf({ order_id: orderId, type: "payment_failed" })
        expect(more).toEqual([])
        expect(opened).toMatchObject({ severity: "high", status: "open", cart_id: cartId })

        const { data: result } = await afterEvent<any>(getContainer(), PaymentEvents.CAPTURED, () =>
          api.post(`/admin/order-exceptions/${opened.id}/actions/capture-payment`, {}, admin.headers)
        )
        expect(result.outcome).toMatchObject({ action: "capture-payment", status: "succeeded", error: null })
        const after = await getCase(opened.id)
        expect(after).toMatchObject({
          status: "resolved",
          resolution: "action:capture-payment",
          pending_action: null,
          last_action: expect.objectContaining({ action: "capture-payment", status: "succeeded", by: admin.userId }),
        })
        expect(after.notes.map((n: any) => n.kind)).toEqual(["system", "action"])
        // Medusa captured the whole authorized amount.
        const { data: payments } = await query().graph({
          entity: "payment",
          fields: ["amount", "captures.amount"],
          filters: { id: (await paymentOf(orderId)).id },
        })
        expect(Number((payments[0] as any).captures[0].amount)).toEqual(Number(payments[0].amount))

        // The order is paid now: capture-payment again is a 400 and writes nothing.
        await api.post(`/admin/order-exceptions/${opened.id}`, { status: "open" }, admin.headers)
        const reopened = await getCase(opened.id)
        const body = await expectStatus(
          api.post(`/admin/order-exceptions/${opened.id}/actions/capture-payment`, {}, admin.headers),
          400
        )
        expect(body.message).toMatch(/no authorized amount left to capture/)
        expect(await getCase(opened.id)).toEqual({ ...reopened, age_seconds: expect.any(Number) })
      })
    })

    describe("fraud signals", () => {
      const buyAs = async (email: string, street: string) => {
        const address = (country: string) => ({
          first_name: "Risky",
          last_name: "Buyer",
          address_1: street,
          city: "Berlin",
          postal_code: "10115",
          country_code: country,
        })
        const { data: created } = await api.post(
          "/store/carts",
          {
            region_id: store.regions.eu.id,
            email,
            shipping_address: address("de"),
            billing_address: address("fr"),
            items: [{ variant_id: anyVariant().id, quantity: 1 }],
          },
          store.storeHeaders
        )
        const cartId = created.cart.id
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store.storeHeaders)
        await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: options.shipping_options[0].id },
          store.storeHeaders
        )
        const { data } = await afterEvent(getContainer(), OrderWorkflowEvents.PLACED, () =>
          payAndComplete(api, store.storeHeaders, cartId)
        )
        return data.order.id as string
      }
      const assessment = async (orderId: string) =>
        (await api.get(`/admin/orders/${orderId}/fraud-assessment`, admin.headers)).data.fraud_assessment

      it("scores a placed order from explainable rules; above the threshold it raises one case; canceling closes it", async () => {
        const before = await settings()
        await updateSettings({
          fraud_threshold: 60,
          fraud_rules: {
            order_velocity: { min_orders: 2, window_hours: 1 },
            many_addresses: { min_addresses: 2, window_days: 1 },
            high_first_order: { enabled: false },
          },
        })
        try {
          const rules = (await settings()).fraud_rules
          const email = `${unique("fraud")}@mailinator.com`
          const buy = (street: string) => buyAs(email, street)
          // First order: disposable e-mail + billing country differs from shipping.
          const first = await buy("1 First Street")
          const a1 = await assessment(first)
          expect(a1.reasons.map((r: any) => r.rule).sort()).toEqual(["country_mismatch", "disposable_email"])
          expect(a1.score).toEqual(rules.country_mismatch.weight + rules.disposable_email.weight)
          expect(a1.reasons.find((r: any) => r.rule === "country_mismatch").detail).toEqual(
            "billing country FR differs from shipping country DE"
          )
          expect(a1).toMatchObject({ order_id: first, flagged: a1.score >= 60, threshold: 60 })
          expect(await casesOf({ order_id: first, type: "high_fraud_risk" })).toHaveLength(a1.score >= 60 ? 1 : 0)

          // Second order, same e-mail, another address: velocity and many addresses fire too.
          const second = await buy("99 Other Road")
          const a2 = await assessment(second)
          const fired = ["country_mismatch", "disposable_email", "many_addresses", "order_velocity"]
          expect(a2.reasons.map((r: any) => r.rule).sort()).toEqual(fired)
          const expected = Math.min(
            100,
            fired.reduce((sum, rule) => sum + rules[rule].weight, 0)
          )
          expect(a2.score).toEqual(expected)
          expect(a2.flagged).toEqual(expected >= 60)
          // Medusa links a guest checkout to a (guest) customer by e-mail: either identifies the shopper.
          expect(a2.reasons.find((r: any) => r.rule === "order_velocity").detail).toMatch(
            /^2 orders from this (customer|e-mail) within 1 h$/
          )

          const [fraudCase, ...more] = await casesOf({ order_id: second, type: "high_fraud_risk" })
          expect(more).toEqual([])
          expect(fraudCase).toMatchObject({ status: "open", severity: expected >= 90 ? "critical" : "high", email })
          expect(fraudCase.data).toMatchObject({ score: expected, threshold: 60 })

          // order.placed delivered twice more: the assessment and the case stay as they are.
          for (let i = 0; i < 2; i++) await redeliver(getContainer(), OrderWorkflowEvents.PLACED, { id: second })
          expect(await assessment(second)).toEqual(a2)
          const again = await casesOf({ order_id: second, type: "high_fraud_risk" })
          expect(again.map((c) => [c.id, c.occurrences])).toEqual([[fraudCase.id, 1]])

          // The merchant cancels the order: the risk is gone with it.
          await afterEvent(getContainer(), OrderWorkflowEvents.CANCELED, () =>
            api.post(`/admin/orders/${second}/cancel`, {}, admin.headers)
          )
          for (let i = 0; i < 2; i++) await redeliver(getContainer(), OrderWorkflowEvents.CANCELED, { id: second })
          expect(await getCase(fraudCase.id)).toMatchObject({ status: "resolved", resolution: "auto" })
          expect(await casesOf({ order_id: second, status: "open" })).toEqual([])
        } finally {
          await updateSettings({
            fraud_threshold: before.fraud_threshold,
            fraud_rules: {
              order_velocity: before.fraud_rules.order_velocity,
              many_addresses: before.fraud_rules.many_addresses,
              high_first_order: before.fraud_rules.high_first_order,
            },
          })
        }
      })

      it("assesses the orders of one run together, each from its own shopper's orders", async () => {
        const before = await settings()
        await updateSettings({
          fraud_rules: {
            order_velocity: { min_orders: 2, window_hours: 1 },
            many_addresses: { min_addresses: 2, window_days: 1 },
            high_first_order: { enabled: false },
          },
        })
        try {
          const a = `${unique("batch-a")}@example.com`
          const a1 = await buyAs(a, "1 A Street")
          const b1 = await buyAs(`${unique("batch-b")}@example.com`, "1 B Street")
          const a2 = await buyAs(a, "2 A Street")
          const ids = [a1, b1, a2]
          const placed = await service().listOrderFraudAssessments({ order_id: ids }, { take: null })
          expect(placed).toHaveLength(3)
          // Assessed again in one run (an order twice, out of order), as a busy moment's batch is.
          await service().deleteOrderFraudAssessments(placed.map((p) => p.id))
          await assessOrderFraudWorkflow(getContainer()).run({ input: { order_ids: [a2, b1, a1, a2] } })
          const again = await Promise.all(ids.map(assessment))
          const rules = again.map((x) => x.reasons.map((r: any) => r.rule).sort())
          // a1 and a2: two orders, two addresses from shopper a; b1 is b's only order.
          expect(rules).toEqual([
            ["country_mismatch", "many_addresses", "order_velocity"],
            ["country_mismatch"],
            ["country_mismatch", "many_addresses", "order_velocity"],
          ])
          expect(again[0].reasons.find((r: any) => r.rule === "order_velocity").detail).toMatch(/^2 orders from/)
          // The total each was scored on is the order's current total.
          for (const [i, id] of ids.entries()) {
            expect(MathBN.eq(again[i].order_total, (await orderOf(id)).total)).toBe(true)
          }
          expect(await service().listOrderFraudAssessments({ order_id: ids }, { take: null })).toHaveLength(3)
        } finally {
          await updateSettings({
            fraud_rules: {
              order_velocity: before.fraud_rules.order_velocity,
              many_addresses: before.fraud_rules.many_addresses,
              high_first_order: before.fraud_rules.high_first_order,
            },
          })
        }
      })

      it("a first order far above the store's average order value in its currency", async () => {
        const before = await settings()
        await updateSettings({ fraud_rules: { high_first_order: { min_sample: 3, multiplier: 2, window_days: 30 } } })
        try {
          // Three ordinary orders make the store's average (every test starts from a fresh database).
          for (let i = 0; i < 3; i++) await placeOrder({ quantity: 1 + i })
          // The average the rule uses: every assessed order in the currency so far.
          const assessed = await service().listOrderFraudAssessments(
            { currency_code: store.regions.eu.currency_code },
            { take: null }
          )
          expect(assessed).toHaveLength(3)
          const average = MathBN.div(
            assessed.reduce((sum, a) => MathBN.add(sum, a.order_total as any), MathBN.convert(0)),
            assessed.length
          )
          const { data: priced } = await query().graph({
            entity: "variant",
            fields: ["prices.amount", "prices.currency_code"],
            filters: { id: anyVariant().id },
          })
          const unit = (priced[0] as any).prices.find(
            (p: any) => p.currency_code === store.regions.eu.currency_code
          ).amount
          const quantity = Math.ceil(MathBN.div(MathBN.mult(average, 2), unit).toNumber()) + 1
          const big = await placeOrder({ quantity, email: `${unique("big")}@example.com` })
          const total = (await orderOf(big.id)).total
          expect(MathBN.gt(total, MathBN.mult(average, 2))).toBe(true)
          const { data } = await api.get(`/admin/orders/${big.id}/fraud-assessment`, admin.headers)
          expect(data.fraud_assessment.reasons).toEqual([
            expect.objectContaining({
              rule: "high_first_order",
              detail: expect.stringContaining(`over ${assessed.length} orders`),
            }),
          ])
          // The same shopper's next order is not a first order any more.
          const next = await placeOrder({ quantity, email: big.email })
          const { data: nextData } = await api.get(`/admin/orders/${next.id}/fraud-assessment`, admin.headers)
          expect(nextData.fraud_assessment.reasons.map((r: any) => r.rule)).not.toContain("high_first_order")
        } finally {
          await updateSettings({ fraud_rules: { high_first_order: before.fraud_rules.high_first_order } })
        }
      })
    })

    describe("oversold", () => {
      const levelsOf = async (itemId: string) => {
        const { data } = await query().graph({
          entity: "inventory_level",
          fields: ["id", "location_id", "stocked_quantity", "reserved_quantity"],
          filters: { inventory_item_id: itemId },
        })
        return data as any[]
      }
      // Waits for the level's event so its subscribers have settled. A level already at the value is left
      // alone: Medusa may emit nothing for it, and a wait for an event that never comes only burns time.
      const setStock = async (itemId: string, locationId: string, stocked: number) => {
        const level = (await levelsOf(itemId)).find((l) => l.location_id === locationId)
        if (level && Number(level.stocked_quantity) === stocked) return
        await afterEvent(getContainer(), InventoryEvents.INVENTORY_LEVEL_UPDATED, () =>
          api.post(
            `/admin/inventory-items/${itemId}/location-levels/${locationId}`,
            { stocked_quantity: stocked },
            admin.headers
          )
        )
      }

      it("two checkouts race for the last unit: one order; the rejected checkout is a case on its cart", async () => {
        const variant = freshVariant()
        const itemId = variant.inventory_item_id
        const levels = await levelsOf(itemId)
        // Exactly one unit available over all locations.
        for (const [i, level] of levels.entries()) {
          await setStock(itemId, level.location_id, Number(level.reserved_quantity) + (i === 0 ? 1 : 0))
        }
        const carts = await Promise.all(
          [1, 2].map((n) =>
            prepareCart(api, store.storeHeaders, {
              regionId: store.regions.eu.id,
              variantId: variant.id,
              email: `${unique(`racer-${n}`)}@example.com`,
            })
          )
        )
        const results = await afterEvent(getContainer(), OrderWorkflowEvents.PLACED, () =>
          Promise.all(
            carts.map((cartId) =>
              payAndComplete(api, store.storeHeaders, cartId).then(
                (r: any) => ({ cartId, status: r.status, data: r.data }),
                (e: any) => ({ cartId, status: e.response?.status, data: e.response?.data })
              )
            )
          )
        )
        const won = results.filter((r) => r.data?.type === "order")
        const lost = results.filter((r) => r.data?.type !== "order")
        expect(won).toHaveLength(1)
        expect(lost).toHaveLength(1)
        // What Medusa does with the other: a 400, no order, the reservation refused under the item's lock.
        expect(lost[0].status).toEqual(400)
        expect(lost[0].data.message).toMatch(/^Not enough stock available for item /)
        const { data: orderCarts } = await query().graph({
          entity: "order_cart",
          fields: ["order_id"],
          filters: { cart_id: lost[0].cartId },
        })
        expect(orderCarts).toEqual([])
        const after = await levelsOf(itemId)
        expect(after.reduce((s, l) => s + Number(l.stocked_quantity) - Number(l.reserved_quantity), 0)).toEqual(0)

        // Recorded after the response: a low severity oversold case on the losing cart.
        let cases: any[] = []
        for (let i = 0; i < 50 && !cases.length; i++) {
          await sleep(100)
          cases = await casesOf({ cart_id: lost[0].cartId })
        }
        expect(cases).toEqual([
          expect.objectContaining({
            type: "oversold",
            severity: "low",
            status: "open",
            order_id: null,
            data: expect.objectContaining({ inventory_item_id: itemId, required: "1", available: "0" }),
          }),
        ])
        expect(await casesOf({ order_id: won[0].data.order.id, type: "oversold" })).toEqual([])

        // Stock arrives and the shopper completes after all: the cart's case closes itself.
        const winnerLevel = after.find((l) => l.location_id === levels[0].location_id)
        await setStock(itemId, levels[0].location_id, Number(winnerLevel.stocked_quantity) + 1)
        const { data: retried } = await afterEvent<any>(getContainer(), OrderWorkflowEvents.PLACED, () =>
          api.post(`/store/carts/${lost[0].cartId}/complete`, {}, store.storeHeaders)
        )
        expect(retried.type).toEqual("order")
        expect(await getCase(cases[0].id)).toMatchObject({
          status: "resolved",
          resolution: "auto",
          order_id: retried.order.id,
        })
      })

      it("stock counted below what orders reserved: the uncovered order gets a critical case until stock is back", async () => {
        const variant = freshVariant()
        const itemId = variant.inventory_item_id
        // Stock at one location only, so both orders reserve there (Medusa reserves at any location with enough).
        const [, ...others] = await levelsOf(itemId)
        for (const level of others) await setStock(itemId, level.location_id, 0)
        const first = await placeOrder({ variantId: variant.id, quantity: 2 })
        const second = await placeOrder({ variantId: variant.id, quantity: 1 })
        const reservations = await getContainer()
          .resolve(Modules.INVENTORY)
          .listReservationItems({ inventory_item_id: itemId })
        const locationId = reservations[0].location_id
        expect(reservations.every((r: any) => r.location_id === locationId)).toBe(true)
        const level = (await levelsOf(itemId)).find((l) => l.location_id === locationId)
        const reserved = Number(level.reserved_quantity)
        expect(reserved).toEqual(3)

        // Two units counted: the first order's two are covered, the later order's one is not.
        await setStock(itemId, locationId, 2)
        for (let i = 0; i < 2; i++) {
          await redeliver(getContainer(), InventoryEvents.INVENTORY_LEVEL_UPDATED, { id: level.id })
        }
        expect(await casesOf({ order_id: first.id, type: "oversold" })).toEqual([])
        const [oversold, ...more] = await casesOf({ order_id: second.id, type: "oversold" })
        expect(more).toEqual([])
        expect(oversold).toMatchObject({ severity: "critical", status: "open", occurrences: 1 })
        expect(oversold.data.reservations).toEqual([
          expect.objectContaining({
            inventory_item_id: itemId,
            location_id: locationId,
            short: "1",
            stocked: "2",
            reserved: "3",
          }),
        ])

        await setStock(itemId, locationId, 3)
        expect(await getCase(oversold.id)).toMatchObject({ status: "resolved", resolution: "auto" })
      })
    })

    describe("canceled with refund pending", () => {
      it("a capture landing after the cancel leaves money to refund; the refund action records Medusa's outcome and the case follows the money", async () => {
        const order = await placeOrder({ quantity: 2 })
        const payment = await paymentOf(order.id)
        const half = MathBN.div(payment.amount, 2).toNumber()
        await capture(payment.id, half)
        // Canceling refunds what was captured; the rest of the authorization stays (the payment has a capture).
        await afterEvent(getContainer(), OrderWorkflowEvents.CANCELED, () =>
          api.post(`/admin/orders/${order.id}/cancel`, {}, admin.headers)
        )
        expect(await casesOf({ order_id: order.id, type: "canceled_refund_pending" })).toEqual([])
        // The provider captures the rest afterwards (e.g. a late webhook): Medusa accepts it on the canceled order.
        const remaining = MathBN.sub(payment.amount, half).toNumber()
        await capture(payment.id, remaining)
        const [pending, ...more] = await casesOf({ order_id: order.id, type: "canceled_refund_pending" })
        expect(more).toEqual([])
        const outstanding = MathBN.sub(payment.amount, half).toString()
        expect(pending).toMatchObject({ severity: "critical", status: "open" })
        expect(pending.data.outstanding).toEqual(outstanding)

        // The action runs refundPaymentWorkflow for the outstanding amount. Medusa 2.21 sends the refund, then refuses
        // to book it on a canceled order (credit-line step) and reports failure without undoing the refund. The
        // outcome is recorded as failed; the case follows the real state: refunded, so closed as "auto".
        const { data } = await api.post(`/admin/order-exceptions/${pending.id}/actions/refund`, {}, admin.headers)
        expect(data.outcome).toMatchObject({
          action: "refund",
          status: "failed",
          error: `Order with id ${order.id} has been canceled.`,
          result: { calls: [], planned: 1 },
        })
        const { data: refunds } = await query().graph({
          entity: "refund",
          fields: ["amount"],
          filters: { payment_id: payment.id },
        })
        const refunded = refunds.reduce((sum: any, r: any) => MathBN.add(sum, r.amount), MathBN.convert(0))
        expect(refunded.toString()).toEqual(MathBN.convert(payment.amount).toString())
        const after = await getCase(pending.id)
        expect(after).toMatchObject({
          status: "resolved",
          resolution: "auto",
          pending_action: null,
          last_action: expect.objectContaining({ action: "refund", status: "failed" }),
        })
        expect(after.notes.map((n: any) => [n.kind, n.body])).toEqual([
          ["system", "Resolved (auto): captured amount refunded"],
          ["action", `refund failed: Order with id ${order.id} has been canceled.`],
        ])
      })
    })

    describe("time-based cases, transitions and actions", () => {
      // The file's last block: let in-flight event handlers finish before the runner tears down.
      afterAll(() => settleEvents(getContainer()))
      let before: any
      beforeAll(async () => {
        before = await settings()
      })
      afterAll(async () => {
        await updateSettings({
          authorized_capture_hours: before.authorized_capture_hours,
          unfulfilled_days: before.unfulfilled_days,
          undelivered_days: before.undelivered_days,
        })
      })
      const scan = () => scanOrderExceptionsWorkflow(getContainer()).run({ input: {} })

      it("with thresholds at 0 the scan raises them once; capture, fulfillment and delivery close them", async () => {
        const order = await placeOrder({ quantity: 1 })
        expect(await casesOf({ order_id: order.id })).toEqual([])
        await updateSettings({ authorized_capture_hours: 0, unfulfilled_days: 0, undelivered_days: 0 })
        await scan()
        await scan()
        const open = await casesOf({ order_id: order.id, status: "open", order: "opened_at" })
        expect(open.map((c) => [c.type, c.severity, c.occurrences]).sort()).toEqual([
          ["authorized_not_captured", "high", 1],
          ["not_fulfilled", "medium", 1],
        ])
        expect(open.every((c) => c.age_seconds >= 0 && c.order?.id === order.id)).toBe(true)

        const payment = await paymentOf(order.id)
        await capture(payment.id)
        const byType = async () => Object.fromEntries((await casesOf({ order_id: order.id })).map((c) => [c.type, c]))
        expect((await byType()).authorized_not_captured).toMatchObject({ status: "resolved", resolution: "auto" })

        const full = await orderOf(order.id)
        await afterEvent(getContainer(), OrderWorkflowEvents.FULFILLMENT_CREATED, () =>
          api.post(
            `/admin/orders/${order.id}/fulfillments`,
            { items: full.items.map((i: any) => ({ id: i.id, quantity: Number(i.quantity) })) },
            admin.headers
          )
        )
        let cases = await byType()
        expect(cases.not_fulfilled).toMatchObject({ status: "resolved", resolution: "auto" })
        // The fulfillment is not delivered (0 days allowed): raised at once by the fulfillment event's sync.
        expect(cases.not_delivered).toMatchObject({ status: "open", severity: "medium" })
        await scan()
        expect((await casesOf({ order_id: order.id, type: "not_delivered" })).map((c) => c.occurrences)).toEqual([1])

        // cancel-order runs Medusa's cancel, which refuses a fulfilled order: the outcome is recorded, the case kept.
        const { data } = await api.post(
          `/admin/order-exceptions/${cases.not_delivered.id}/actions/cancel-order`,
          {},
          admin.headers
        )
        expect(data.outcome).toMatchObject({
          status: "failed",
          error: "All fulfillments must be canceled before canceling an order",
        })
        const failed = await getCase(cases.not_delivered.id)
        expect(failed).toMatchObject({
          status: "open",
          pending_action: null,
          last_action: expect.objectContaining({ status: "failed" }),
        })
        expect(failed.notes.map((n: any) => n.body)).toEqual([
          "cancel-order failed: All fulfillments must be canceled before canceling an order",
        ])
        expect((await orderOf(order.id)).status).not.toEqual("canceled")

        // refund on a live order runs refundPaymentWorkflow and succeeds; the case is not about the refund, it stays.
        const { data: refundedAction } = await afterEvent<any>(getContainer(), PaymentEvents.REFUNDED, () =>
          api.post(
            `/admin/order-exceptions/${cases.not_delivered.id}/actions/refund`,
            { amount: 1, note: "goodwill" },
            admin.headers
          )
        )
        expect(refundedAction.outcome).toMatchObject({ action: "refund", status: "succeeded", error: null })
        expect(refundedAction.outcome.result.calls).toEqual([{ kind: "refund", payment_id: payment.id, amount: "1" }])
        expect(refundedAction.order_exception).toMatchObject({
          status: "open",
          last_action: expect.objectContaining({ status: "succeeded" }),
        })
        const { data: refundRows } = await query().graph({
          entity: "refund",
          fields: ["amount"],
          filters: { payment_id: payment.id },
        })
        expect(refundRows.map((r: any) => Number(r.amount))).toEqual([1])
        // Medusa books the refund as a credit line, so captured-net still matches the order: no mismatch case.
        expect(await casesOf({ order_id: order.id, type: "capture_mismatch" })).toEqual([])

        const { data: fulfilled } = await query().graph({
          entity: "order",
          fields: ["fulfillments.id"],
          filters: { id: order.id },
        })
        await afterEvent(getContainer(), FulfillmentWorkflowEvents.DELIVERY_CREATED, () =>
          api.post(
            `/admin/orders/${order.id}/fulfillments/${(fulfilled[0] as any).fulfillments[0].id}/mark-as-delivered`,
            {},
            admin.headers
          )
        )
        cases = await byType()
        expect(cases.not_delivered).toMatchObject({ status: "resolved", resolution: "auto" })
        expect(await casesOf({ order_id: order.id, status: "open" })).toEqual([])
      })

      it("status moves: allowed ones are logged, others are 400 with nothing written; notes and assignee", async () => {
        const order = await placeOrder({ quantity: 1 })
        await updateSettings({ authorized_capture_hours: 0 })
        await scan()
        const [c] = await casesOf({ order_id: order.id, type: "authorized_not_captured" })
        expect(c.allowed_transitions).toEqual(["in_progress", "resolved", "dismissed"])

        let { data } = await api.post(
          `/admin/order-exceptions/${c.id}`,
          { status: "in_progress", assignee: admin.userId },
          admin.headers
        )
        expect(data.order_exception).toMatchObject({ status: "in_progress", assignee: admin.userId })
        ;({ data } = await api.post(
          `/admin/order-exceptions/${c.id}/notes`,
          { body: "Called the bank" },
          admin.headers
        ))
        ;({ data } = await api.post(
          `/admin/order-exceptions/${c.id}`,
          { status: "resolved", note: "customer paid by transfer" },
          admin.headers
        ))
        const resolved = data.order_exception
        expect(resolved).toMatchObject({ status: "resolved", resolution: "manual", resolved_by: admin.userId })
        expect(resolved.notes.map((n: any) => [n.kind, n.author, n.body])).toEqual([
          ["assignment", admin.userId, `Assigned to ${admin.userId}`],
          ["status", admin.userId, "open → in_progress"],
          ["note", admin.userId, "Called the bank"],
          ["status", admin.userId, "in_progress → resolved: customer paid by transfer"],
        ])

        const snapshot = await getCase(c.id)
        const same = { ...snapshot, age_seconds: expect.any(Number) }
        for (const status of ["in_progress", "dismissed", "resolved"]) {
          const body = await expectStatus(api.post(`/admin/order-exceptions/${c.id}`, { status }, admin.headers), 400)
          expect(body.message).toEqual(`A case cannot move from resolved to ${status}`)
        }
        await expectStatus(api.post(`/admin/order-exceptions/${c.id}`, { assignee: "user_nobody" }, admin.headers), 400)
        await expectStatus(api.post(`/admin/order-exceptions/${c.id}`, { status: "bogus" }, admin.headers), 400)
        await expectStatus(api.post(`/admin/order-exceptions/${c.id}`, { note: "alone" }, admin.headers), 400)
        await expectStatus(api.post(`/admin/order-exceptions/${c.id}/notes`, { body: "" }, admin.headers), 400)
        await expectStatus(api.post(`/admin/order-exceptions/${c.id}/actions/capture-payment`, {}, admin.headers), 400)
        await expectStatus(
          api.post(`/admin/order-exceptions/${c.id}/actions/refund`, { amount: -1 }, admin.headers),
          400
        )
        await expectStatus(
          api.post(`/admin/order-exceptions/${c.id}/actions/cancel-order`, { extra: 1 }, admin.headers),
          400
        )
        expect(await getCase(c.id)).toEqual(same)

        // A manually resolved cause is not raised again by the next scan for the same episode.
        await scan()
        expect((await casesOf({ order_id: order.id, type: "authorized_not_captured" })).map((x) => x.id)).toEqual([
          c.id,
        ])

        // Reopen, then bulk: resolve it with an already closed id in the batch.
        await api.post(`/admin/order-exceptions/${c.id}`, { status: "open" }, admin.headers)
        const { data: bulk } = await api.post(
          "/admin/order-exceptions/resolve",
          { ids: [c.id, c.id, "oexc_missing"], status: "dismissed", note: "bulk" },
          admin.headers
        )
        expect(bulk).toEqual({ order_exceptions: [{ id: c.id, status: "dismissed" }], updated: 1 })
        const { data: again } = await api.post("/admin/order-exceptions/resolve", { ids: [c.id] }, admin.headers)
        expect(again.updated).toEqual(0)
        await expectStatus(api.post("/admin/order-exceptions/resolve", { ids: [] }, admin.headers), 400)

        // List filters: type, status, age.
        const listed = await casesOf({ type: "authorized_not_captured", status: "dismissed", order_id: order.id })
        expect(listed.map((x) => x.id)).toEqual([c.id])
        expect(await casesOf({ order_id: order.id, min_age_hours: "1" })).toEqual([])
        expect((await casesOf({ order_id: order.id, max_age_hours: "1" })).map((x) => x.id)).toEqual([c.id])
      })
    })
  },
})
