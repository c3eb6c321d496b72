import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  ContainerRegistrationKeys,
  CustomerWorkflowEvents,
  Modules,
  OrderWorkflowEvents,
  PaymentEvents,
} from "@medusajs/framework/utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { checkout, payAndComplete, prepareCart } from "../helpers/checkout"
import { registerCustomer, type CustomerSession } from "../helpers/customer"
import { afterEvent, redeliver, settleEvents } from "../helpers/events"
import { seedTestStore, type TestStore } from "../helpers/store"
import { LOYALTY_POINTS_MODULE } from "../../src/modules/loyalty-points"
import { runLoyaltyMaintenanceWorkflow } from "../../src/workflows/loyalty/run-maintenance"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let variantId: string

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 4 })
      admin = await createAdminSession(getContainer(), api)
      await api.post(
        "/admin/loyalty/rules",
        { currency_code: "EUR", points_per_unit: 1, rounding: "floor", points_per_currency_unit: 100 },
        admin.headers
      )
      const { data } = await api.get(
        `/store/products?fields=%2Bvariants.inventory_quantity&limit=50`,
        store.storeHeaders
      )
      variantId = data.products.flatMap((p: any) => p.variants).find((v: any) => v.inventory_quantity > 20).id
    })

    afterEach(async () => {
      // The ledger and every balance agree after every test.
      const { data } = await api.get("/admin/loyalty/reconcile", admin.headers)
      expect(data).toEqual({ reconciled: true, mismatches: [] })
    })

    const placeOrder = async (customer?: CustomerSession) => {
      const result = await checkout(api, store.storeHeaders, {
        regionId: store.regions.eu.id,
        variantId,
        quantity: 2,
        email: customer?.email ?? "guest-loyalty@example.com",
        customerHeaders: customer?.headers,
      })
      const { data } = await api.get(
        `/admin/orders/${result.order.id}?fields=id,customer_id,total,item_subtotal,discount_subtotal,*payment_collections.payments`,
        admin.headers
      )
      const order = data.order
      return { order, payment: order.payment_collections[0].payments[0] }
    }
    const capture = (paymentId: string) =>
      afterEvent(getContainer(), PaymentEvents.CAPTURED, () =>
        api.post(`/admin/payments/${paymentId}/capture`, {}, admin.headers)
      )
    const account = async (customerId: string) =>
      (await api.get(`/admin/loyalty/accounts/${customerId}?limit=200`, admin.headers)).data

    describe("earning and reversing", () => {
      it("earns once per capture, however often payment.captured is delivered", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        const { order, payment } = await placeOrder(customer)
        await capture(payment.id)
        await redeliver(getContainer(), PaymentEvents.CAPTURED, { id: payment.id })
        await redeliver(getContainer(), PaymentEvents.CAPTURED, { id: payment.id })

        // Expected independently: 1 point per EUR of items after discounts, without tax and shipping.
        const expected = Math.floor(order.item_subtotal - order.discount_subtotal)
        expect(expected).toBeGreaterThan(0)
        const { account: balance, entries } = await account(customer.id)
        expect(entries.filter((e: any) => e.kind === "earn")).toEqual([
          expect.objectContaining({ points: expected, order_id: order.id, source: "capture" }),
        ])
        expect(balance.points_available).toEqual(expected)

        const { data } = await api.get("/store/customers/me/loyalty?currency_code=eur", customer.headers)
        expect(data.loyalty).toMatchObject({ points_available: expected, points_value: expected / 100 })
      })

      it("reverses 30% of the points for a 30% refund, once", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        const { order, payment } = await placeOrder(customer)
        await capture(payment.id)
        const earned = Math.floor(order.item_subtotal - order.discount_subtotal)
        const refund = Math.round(order.total * 0.3 * 100) / 100

        await afterEvent(getContainer(), PaymentEvents.REFUNDED, () =>
          api.post(`/admin/payments/${payment.id}/refund`, { amount: refund }, admin.headers)
        )
        await redeliver(getContainer(), PaymentEvents.REFUNDED, { id: payment.id })
        await redeliver(getContainer(), PaymentEvents.REFUNDED, { id: payment.id })

        const reversed = Math.round((earned * refund) / order.total)
        const { account: balance, entries } = await account(customer.id)
        expect(entries.filter((e: any) => e.kind === "reverse")).toEqual([
          expect.objectContaining({ points: -reversed, source: "refund" }),
        ])
        expect(balance.points_available).toEqual(earned - reversed)
      })

      it("reverses everything left when the order is canceled", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        const { order, payment } = await placeOrder(customer)
        await capture(payment.id)
        const earned = Math.floor(order.item_subtotal - order.discount_subtotal)

        await afterEvent(getContainer(), OrderWorkflowEvents.CANCELED, () =>
          api.post(`/admin/orders/${order.id}/cancel`, {}, admin.headers)
        )
        await redeliver(getContainer(), OrderWorkflowEvents.CANCELED, { id: order.id })
        await redeliver(getContainer(), PaymentEvents.REFUNDED, { id: payment.id })

        const { account: balance, entries } = await account(customer.id)
        const reversed = entries
          .filter((e: any) => e.kind === "reverse")
          .reduce((sum: number, e: any) => sum - e.points, 0)
        expect(reversed).toEqual(earned)
        expect(balance).toMatchObject({ points_available: 0, points_debt: 0 })
      })

      it("records debt when points were spent before the reversal", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        const { order, payment } = await placeOrder(customer)
        await capture(payment.id)
        const earned = Math.floor(order.item_subtotal - order.discount_subtotal)
        await api.post(
          `/admin/loyalty/accounts/${customer.id}/adjustments`,
          { points: -earned, reason: "Spent in store" },
          admin.headers
        )
        await afterEvent(getContainer(), OrderWorkflowEvents.CANCELED, () =>
          api.post(`/admin/orders/${order.id}/cancel`, {}, admin.headers)
        )
        const { account: balance } = await account(customer.id)
        expect(balance).toMatchObject({ points_available: 0, points_debt: earned })
      })

      it("grants welcome points once to a newly registered customer", async () => {
        const { data } = await api.get("/admin/loyalty/rules", admin.headers)
        await api.post(`/admin/loyalty/rules/${data.rules[0].id}`, { welcome_points: 50 }, admin.headers)
        const customer = await afterEvent(getContainer(), CustomerWorkflowEvents.CREATED, () =>
          registerCustomer(api, store.publishableKey)
        )
        await redeliver(getContainer(), CustomerWorkflowEvents.CREATED, { id: customer.id })
        const { account: balance, entries } = await account(customer.id)
        expect(entries).toEqual([expect.objectContaining({ kind: "earn", source: "welcome", points: 50 })])
        expect(balance.points_available).toEqual(50)
      })

      it("keeps points pending until the order is fulfilled", async () => {
        const { data } = await api.get("/admin/loyalty/rules", admin.headers)
        await api.post(`/admin/loyalty/rules/${data.rules[0].id}`, { pending_days: 14 }, admin.headers)
        const customer = await registerCustomer(api, store.publishableKey)
        const { order, payment } = await placeOrder(customer)
        await capture(payment.id)
        const earned = Math.floor(order.item_subtotal - order.discount_subtotal)
        expect((await account(customer.id)).account).toMatchObject({ points_pending: earned, points_available: 0 })

        const { data: full } = await api.get(`/admin/orders/${order.id}?fields=*items`, admin.headers)
        await afterEvent(getContainer(), OrderWorkflowEvents.FULFILLMENT_CREATED, () =>
          api
            .post(
              `/admin/orders/${order.id}/fulfillments`,
              {
                items: full.order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })),
                location_id: store.locations.eu.id,
              },
              admin.headers
            )
            .catch((e: any) => {
              throw new Error(`fulfillment refused: ${JSON.stringify(e.response?.data)}`)
            })
        )
        expect((await account(customer.id)).account).toMatchObject({ points_pending: 0, points_available: earned })
      })

      it("gives guests no points", async () => {
        const { order, payment } = await placeOrder()
        await capture(payment.id)
        const { entries, account: balance } = await account(order.customer_id)
        expect(entries).toEqual([])
        expect(balance.points_available).toEqual(0)
      })
    })

    describe("customer routes", () => {
      it("require a logged-in customer and show only their own ledger", async () => {
        const alice = await registerCustomer(api, store.publishableKey)
        const bob = await registerCustomer(api, store.publishableKey)
        await api.post(
          `/admin/loyalty/accounts/${alice.id}/adjustments`,
          { points: 40, reason: "Welcome" },
          admin.headers
        )

        const anonymous = await api.get("/store/customers/me/loyalty", store.storeHeaders).catch((e: any) => e)
        expect(anonymous.response.status).toEqual(401)
        const anonymousTx = await api
          .get("/store/customers/me/loyalty/transactions", store.storeHeaders)
          .catch((e: any) => e)
        expect(anonymousTx.response.status).toEqual(401)

        const { data: mine } = await api.get("/store/customers/me/loyalty/transactions", alice.headers)
        expect(mine).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(mine.transactions[0]).toMatchObject({ kind: "adjust", points: 40 })
        const { data: theirs } = await api.get("/store/customers/me/loyalty/transactions", bob.headers)
        expect(theirs.count).toEqual(0)
      })

      it("reject malformed queries with 400", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        for (const query of ["limit=0", "limit=1000", "offset=-1", "limit=abc", "unknown=1"]) {
          const error = await api
            .get(`/store/customers/me/loyalty/transactions?${query}`, customer.headers)
            .catch((e: any) => e)
          expect(error.response?.status).toEqual(400)
        }
        const error = await api
          .get("/store/customers/me/loyalty?currency_code=euro", customer.headers)
          .catch((e: any) => e)
        expect(error.response.status).toEqual(400)
      })
    })

    describe("admin routes", () => {
      it("adjust with a reason, idempotently, and record the admin", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        const body = { points: 25, reason: "Goodwill for late delivery", idempotency_key: "adj-test-0001" }
        const first = await api.post(`/admin/loyalty/accounts/${customer.id}/adjustments`, body, admin.headers)
        const second = await api.post(`/admin/loyalty/accounts/${customer.id}/adjustments`, body, admin.headers)
        expect(first.status).toEqual(201)
        expect(second.status).toEqual(200)
        const { entries, account: balance } = await account(customer.id)
        expect(entries).toEqual([
          expect.objectContaining({ kind: "adjust", points: 25, actor: admin.userId, reason: body.reason }),
        ])
        expect(balance.points_available).toEqual(25)
      })

      it("refuse bad adjustments with 4xx and write nothing", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await api.post(
          `/admin/loyalty/accounts/${customer.id}/adjustments`,
          { points: 10, reason: "Start" },
          admin.headers
        )
        const bad: [string, any, number][] = [
          [customer.id, { points: 5 }, 400],
          [customer.id, { points: 0, reason: "zero" }, 400],
          [customer.id, { points: 1.5, reason: "fraction" }, 400],
          [customer.id, { points: "10", reason: "string" }, 400],
          [customer.id, { points: 1e12, reason: "huge" }, 400],
          [customer.id, { points: 5, reason: "x", extra: true }, 400],
          [customer.id, { points: -11, reason: "more than the balance" }, 400],
          ["cus_does_not_exist", { points: 5, reason: "unknown customer" }, 404],
        ]
        for (const [id, body, status] of bad) {
          const error = await api
            .post(`/admin/loyalty/accounts/${id}/adjustments`, body, admin.headers)
            .catch((e: any) => e)
          expect([JSON.stringify(body), error.response?.status]).toEqual([JSON.stringify(body), status])
          expect(error.response.data.message).toEqual(expect.any(String))
        }
        const { entries, account: balance } = await account(customer.id)
        expect(entries).toHaveLength(1)
        expect(balance.points_available).toEqual(10)
      })

      it("keep one rule per currency and validate it", async () => {
        const duplicate = await api
          .post("/admin/loyalty/rules", { currency_code: "eur" }, admin.headers)
          .catch((e: any) => e)
        expect(duplicate.response.status).toBeGreaterThanOrEqual(400)
        expect(duplicate.response.status).toBeLessThan(500)
        expect(duplicate.response.data.message).toMatch(/already exists/)

        for (const body of [
          { currency_code: "euro" },
          { currency_code: "usd", points_per_unit: -1 },
          { currency_code: "usd", max_redemption_share: 2 },
          { currency_code: "usd", rounding: "up" },
          { currency_code: "usd", tiers: [{ name: "Gold" }] },
        ]) {
          const error = await api.post("/admin/loyalty/rules", body, admin.headers).catch((e: any) => e)
          expect([JSON.stringify(body), error.response?.status]).toEqual([JSON.stringify(body), 400])
        }

        const { data: created } = await api.post(
          "/admin/loyalty/rules",
          { currency_code: "usd", points_per_unit: 2, tiers: [{ name: "Gold", min_spend: 500, multiplier: 1.5 }] },
          admin.headers
        )
        expect(created.rule).toMatchObject({ currency_code: "usd", points_per_unit: 2 })
        const { data: list } = await api.get("/admin/loyalty/rules", admin.headers)
        expect(list.rules.map((r: any) => r.currency_code)).toEqual(["eur", "usd"])
        const { data: deleted } = await api.delete(`/admin/loyalty/rules/${created.rule.id}`, admin.headers)
        expect(deleted).toEqual({ id: created.rule.id, object: "loyalty_rule", deleted: true })
        const missing = await api.get(`/admin/loyalty/rules/${created.rule.id}`, admin.headers).catch((e: any) => e)
        expect(missing.response.status).toEqual(404)
      })

      it("are admin-only", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        for (const path of ["/admin/loyalty/rules", "/admin/loyalty/liability", "/admin/loyalty/reconcile"]) {
          const anonymous = await api.get(path).catch((e: any) => e)
          expect(anonymous.response.status).toEqual(401)
          const asCustomer = await api.get(path, customer.headers).catch((e: any) => e)
          expect(asCustomer.response.status).toEqual(401)
        }
      })

      it("report outstanding points per currency", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        const { payment, order } = await placeOrder(customer)
        await capture(payment.id)
        const earned = Math.floor(order.item_subtotal - order.discount_subtotal)
        const { data } = await api.get("/admin/loyalty/liability", admin.headers)
        expect(data.liability.currencies).toEqual([
          { currency_code: "eur", points_available: earned, points_pending: 0, value: earned / 100 },
        ])
      })
    })

    describe("redeeming at checkout", () => {
      // The file's last block: let in-flight event handlers finish before the runner tears down.
      afterAll(() => settleEvents(getContainer()))
      const givePoints = (customerId: string, points: number) =>
        api.post(`/admin/loyalty/accounts/${customerId}/adjustments`, { points, reason: "Test balance" }, admin.headers)
      const cartFor = (customer: CustomerSession) =>
        prepareCart(api, store.storeHeaders, {
          regionId: store.regions.eu.id,
          variantId,
          quantity: 2,
          email: customer.email,
          customerHeaders: customer.headers,
        })
      const cartTotal = async (cartId: string, customer: CustomerSession) =>
        (await api.get(`/store/carts/${cartId}`, customer.headers)).data.cart.total

      it("discounts the cart by the points' value and spends them once when the order is placed", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await givePoints(customer.id, 1000)
        const cartId = await cartFor(customer)
        const before = await cartTotal(cartId, customer)

        const { data } = await api.post(`/store/carts/${cartId}/loyalty-points`, { points: 550 }, customer.headers)
        expect(data.loyalty_points).toMatchObject({ cart_id: cartId, points: 550, amount: "5.5", currency_code: "eur" })
        expect(await cartTotal(cartId, customer)).toBeCloseTo(before - 5.5, 2)
        const { data: held } = await api.get("/store/customers/me/loyalty", customer.headers)
        expect(held.loyalty).toMatchObject({ points_available: 1000, points_reserved: 550, points_spendable: 450 })

        const { data: placed } = await payAndComplete(api, store.storeHeaders, cartId, customer.headers)
        expect(placed.type).toEqual("order")
        expect(placed.order.total).toBeCloseTo(before - 5.5, 2)

        const { account: balance, entries } = await account(customer.id)
        expect(entries.filter((e: any) => e.kind === "redeem")).toEqual([
          expect.objectContaining({ points: -550, order_id: placed.order.id, source: "order" }),
        ])
        expect(balance).toMatchObject({ points_available: 450, points_reserved: 0 })
      })

      it("resizes a payment collection made before the points were applied", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await givePoints(customer.id, 1000)
        const cartId = await cartFor(customer)
        const before = await cartTotal(cartId, customer)
        const { data: created } = await api.post("/store/payment-collections", { cart_id: cartId }, customer.headers)
        expect(created.payment_collection.amount).toBeCloseTo(before, 2)

        await api.post(`/store/carts/${cartId}/loyalty-points`, { points: 400 }, customer.headers)
        const { data } = await api.get(`/store/carts/${cartId}?fields=total,*payment_collection`, customer.headers)
        expect(data.cart.total).toBeCloseTo(before - 4, 2)
        expect(data.cart.payment_collection).toMatchObject({ id: created.payment_collection.id })
        expect(data.cart.payment_collection.amount).toBeCloseTo(before - 4, 2)

        const { data: placed } = await payAndComplete(api, store.storeHeaders, cartId, customer.headers)
        expect(placed.type).toEqual("order")
        expect(placed.order.total).toBeCloseTo(before - 4, 2)
      })

      it("releases the points and the discount when they are removed", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await givePoints(customer.id, 500)
        const cartId = await cartFor(customer)
        const before = await cartTotal(cartId, customer)
        await api.post(`/store/carts/${cartId}/loyalty-points`, { points: 300 }, customer.headers)
        const { data } = await api.delete(`/store/carts/${cartId}/loyalty-points`, customer.headers)
        expect(data).toMatchObject({ object: "loyalty_reservation", deleted: true })
        expect(await cartTotal(cartId, customer)).toBeCloseTo(before, 2)
        const { account: balance } = await account(customer.id)
        expect(balance).toMatchObject({ points_available: 500, points_reserved: 0 })
        const again = await api.delete(`/store/carts/${cartId}/loyalty-points`, customer.headers).catch((e: any) => e)
        expect(again.response.status).toEqual(404)
      })

      it("returns spent points when the order is canceled", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await givePoints(customer.id, 400)
        const cartId = await cartFor(customer)
        await api.post(`/store/carts/${cartId}/loyalty-points`, { points: 400 }, customer.headers)
        const { data: placed } = await payAndComplete(api, store.storeHeaders, cartId, customer.headers)
        await afterEvent(getContainer(), OrderWorkflowEvents.CANCELED, () =>
          api.post(`/admin/orders/${placed.order.id}/cancel`, {}, admin.headers)
        )
        await redeliver(getContainer(), OrderWorkflowEvents.CANCELED, { id: placed.order.id })
        const { account: balance, entries } = await account(customer.id)
        expect(entries.filter((e: any) => e.source === "redeem_cancel")).toEqual([
          expect.objectContaining({ points: 400 }),
        ])
        expect(balance.points_available).toEqual(400)
      })

      it("refuses bad redemptions with 4xx and holds nothing", async () => {
        const owner = await registerCustomer(api, store.publishableKey)
        const other = await registerCustomer(api, store.publishableKey)
        await givePoints(owner.id, 200)
        await givePoints(other.id, 200)
        const cartId = await cartFor(owner)
        const attempts: [any, any, number][] = [
          [{ points: -5 }, owner.headers, 400],
          [{ points: 0 }, owner.headers, 400],
          [{ points: 2.5 }, owner.headers, 400],
          [{ points: "100" }, owner.headers, 400],
          [{}, owner.headers, 400],
          [{ points: 100, extra: 1 }, owner.headers, 400],
          [{ points: 201 }, owner.headers, 400],
          [{ points: 100 }, other.headers, 404],
          [{ points: 100 }, store.storeHeaders, 401],
        ]
        for (const [body, headers, status] of attempts) {
          const error = await api.post(`/store/carts/${cartId}/loyalty-points`, body, headers).catch((e: any) => e)
          expect([JSON.stringify(body), error.response?.status]).toEqual([JSON.stringify(body), status])
        }
        const missing = await api
          .post(`/store/carts/cart_missing/loyalty-points`, { points: 10 }, owner.headers)
          .catch((e: any) => e)
        expect(missing.response.status).toEqual(404)
        for (const customer of [owner, other]) {
          const { account: balance } = await account(customer.id)
          expect(balance).toMatchObject({ points_available: 200, points_reserved: 0 })
        }
      })

      it("caps points at the rule's share of the order", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await givePoints(customer.id, 1_000_000)
        const cartId = await cartFor(customer)
        const total = await cartTotal(cartId, customer)
        const tooMany = Math.ceil(total * 0.5 * 100) + 100
        const error = await api
          .post(`/store/carts/${cartId}/loyalty-points`, { points: tooMany }, customer.headers)
          .catch((e: any) => e)
        expect(error.response.status).toEqual(400)
        expect(error.response.data.message).toMatch(/at most/)
      })

      it("lets at most the covered carts hold points when many apply at once", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await givePoints(customer.id, 300)
        const carts = []
        for (let i = 0; i < 8; i++) carts.push(await cartFor(customer))
        const results = await Promise.allSettled(
          carts.map((cartId) => api.post(`/store/carts/${cartId}/loyalty-points`, { points: 100 }, customer.headers))
        )
        const ok = results.filter((r) => r.status === "fulfilled")
        const refused = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]
        expect(ok).toHaveLength(3)
        for (const r of refused) expect(r.reason.response.status).toEqual(400)
        const { account: balance } = await account(customer.id)
        expect(balance).toMatchObject({ points_available: 300, points_reserved: 300 })
      })

      it("housekeeping releases abandoned carts' points and removes used redemption promotions", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await givePoints(customer.id, 1000)
        const abandoned = await cartFor(customer)
        await api.post(`/store/carts/${abandoned}/loyalty-points`, { points: 200 }, customer.headers)
        const used = await cartFor(customer)
        await api.post(`/store/carts/${used}/loyalty-points`, { points: 300 }, customer.headers)
        await payAndComplete(api, store.storeHeaders, used, customer.headers)

        const container = getContainer()
        const later = new Date(Date.now() + 25 * 3_600_000)
        const { result } = await runLoyaltyMaintenanceWorkflow(container).run({ input: { now: later } })
        // The abandoned cart is released, then both redemption promotions are removed.
        expect(result).toMatchObject({ released_reservations: 1, cleaned_promotions: 2 })
        // Running it again finds nothing more to do.
        const { result: again } = await runLoyaltyMaintenanceWorkflow(container).run({ input: { now: later } })
        expect(again).toMatchObject({ released_reservations: 0, cleaned_promotions: 0 })

        expect((await api.get(`/store/carts/${abandoned}`, customer.headers)).data.cart.promotions).toEqual([])
        const { account: balance } = await account(customer.id)
        expect(balance).toMatchObject({ points_available: 700, points_reserved: 0 })
        const loyalty: any = container.resolve(LOYALTY_POINTS_MODULE)
        const reservations = await loyalty.listLoyaltyReservations({ customer_id: customer.id })
        expect(reservations.map((r: any) => r.promotion_id)).toEqual([null, null])
        const promotions = await container
          .resolve(Modules.PROMOTION)
          .listPromotions({ code: reservations.map((r: any) => r.promotion_code) })
        expect(promotions).toEqual([])
      })

      it("accepts a points discount only on the cart it was made for", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await givePoints(customer.id, 1000)
        const own = await cartFor(customer)
        await api.post(`/store/carts/${own}/loyalty-points`, { points: 300 }, customer.headers)
        const container = getContainer()
        const loyalty: any = container.resolve(LOYALTY_POINTS_MODULE)
        const [reservation] = await loyalty.listLoyaltyReservations({ cart_id: own, status: "active" })
        const other = await cartFor(customer)
        const otherTotal = await cartTotal(other, customer)

        // Typed into another cart: refused at once.
        const typed = await api
          .post(`/store/carts/${other}/promotions`, { promo_codes: [reservation.promotion_code] }, customer.headers)
          .catch((e: any) => e)
        expect(typed.response?.status).toEqual(400)
        expect(typed.response.data.message).toMatch(/another cart's points discount/)
        expect((await api.get(`/store/carts/${other}`, customer.headers)).data.cart.promotions).toEqual([])
        expect(await cartTotal(other, customer)).toBeCloseTo(otherTotal, 2)

        // On another cart by any other way (a direct link): its checkout is refused, nothing is spent.
        const [promotion] = await container
          .resolve(Modules.PROMOTION)
          .listPromotions({ code: reservation.promotion_code })
        await container
          .resolve(ContainerRegistrationKeys.LINK)
          .create({ [Modules.CART]: { cart_id: other }, [Modules.PROMOTION]: { promotion_id: promotion.id } })
        const refused = await payAndComplete(api, store.storeHeaders, other, customer.headers).catch((e: any) => e)
        expect(refused.response?.status).toEqual(400)
        expect(refused.response.data.message).toMatch(/does not belong to this cart's points/)

        // The cart it was made for checks out with it, once.
        const { data: placed } = await payAndComplete(api, store.storeHeaders, own, customer.headers)
        expect(placed.type).toEqual("order")
        const { account: balance, entries } = await account(customer.id)
        expect(entries.filter((e: any) => e.kind === "redeem")).toEqual([
          expect.objectContaining({ points: -300, order_id: placed.order.id }),
        ])
        expect(balance).toMatchObject({ points_available: 700, points_reserved: 0 })
        const reused = await api
          .post(
            `/store/carts/${await cartFor(customer)}/promotions`,
            { promo_codes: [reservation.promotion_code] },
            customer.headers
          )
          .catch((e: any) => e)
        expect(reused.response?.status).toEqual(400)
      })

      it("refuses to complete a cart whose points are no longer covered", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        await givePoints(customer.id, 300)
        const cartId = await cartFor(customer)
        await api.post(`/store/carts/${cartId}/loyalty-points`, { points: 300 }, customer.headers)
        await api.post(
          `/admin/loyalty/accounts/${customer.id}/adjustments`,
          { points: -200, reason: "Correction" },
          admin.headers
        )
        const error = await payAndComplete(api, store.storeHeaders, cartId, customer.headers).catch((e: any) => e)
        expect(error.response?.status ?? error.status).toBeGreaterThanOrEqual(400)
        const { account: balance, entries } = await account(customer.id)
        expect(entries.filter((e: any) => e.kind === "redeem")).toEqual([])
        expect(balance.points_available).toEqual(100)
      })
    })
  },
})
