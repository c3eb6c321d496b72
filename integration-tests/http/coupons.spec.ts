import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { payAndComplete, prepareCart } from "../helpers/checkout"
import { registerCustomer } from "../helpers/customer"
import { seedTestStore, type TestStore } from "../helpers/store"
import { LOYALTY_POINTS_MODULE } from "../../src/modules/loyalty-points"

jest.setTimeout(300 * 1000)

const CODE_PATTERN = /^SUM-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{4}$/

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let variant: { id: string; price: number }
    let promotionId: string

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 4 })
      admin = await createAdminSession(getContainer(), api)
      const { data } = await api.get(
        `/store/products?region_id=${store.regions.eu.id}&fields=*variants.calculated_price,%2Bvariants.inventory_quantity&limit=50`,
        store.storeHeaders
      )
      const v = data.products.flatMap((p: any) => p.variants).find((v: any) => v.inventory_quantity > 60)
      variant = { id: v.id, price: v.calculated_price.calculated_amount }
      const { data: promotion } = await api.post(
        "/admin/promotions",
        {
          code: "SUMMER10-BASE",
          type: "standard",
          status: "active",
          application_method: {
            type: "fixed",
            target_type: "order",
            allocation: "across",
            value: 10,
            currency_code: "eur",
          },
        },
        admin.headers
      )
      promotionId = promotion.promotion.id
      await api.post("/admin/loyalty/rules", { currency_code: "eur" }, admin.headers)
    })

    const createBatch = async (body: Record<string, unknown>) =>
      (
        await api.post(
          "/admin/coupon-batches",
          { name: "Summer", promotion_id: promotionId, prefix: "SUM", ...body },
          admin.headers
        )
      ).data.coupon_batch
    const codesOf = async (batchId: string, query = "limit=500") =>
      (await api.get(`/admin/coupon-batches/${batchId}/codes?${query}`, admin.headers)).data
    const guestCart = (quantity = 1, email = "coupon-guest@example.com") =>
      prepareCart(api, store.storeHeaders, { regionId: store.regions.eu.id, variantId: variant.id, quantity, email })
    const cartOf = async (cartId: string) => (await api.get(`/store/carts/${cartId}`, store.storeHeaders)).data.cart

    describe("batches", () => {
      it("generates unique codes in the requested pattern", async () => {
        const batch = await createBatch({ count: 300 })
        expect(batch).toMatchObject({
          status: "ready",
          generated_count: 300,
          count: 300,
          promotion_code: "SUMMER10-BASE",
        })
        const { coupon_codes, count } = await codesOf(batch.id)
        expect(count).toEqual(300)
        expect(new Set(coupon_codes.map((c: any) => c.code)).size).toEqual(coupon_codes.length)
        for (const code of coupon_codes) expect(code.code).toMatch(CODE_PATTERN)
      })

      it("generates large batches in the background with progress", async () => {
        const response = await api.post(
          "/admin/coupon-batches",
          { name: "Big", promotion_id: promotionId, count: 12_000 },
          admin.headers
        )
        expect(response.status).toEqual(202)
        let batch = response.data.coupon_batch
        const deadline = Date.now() + 60_000
        while (batch.status === "generating" && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 300))
          batch = (await api.get(`/admin/coupon-batches/${batch.id}`, admin.headers)).data.coupon_batch
        }
        expect(batch).toMatchObject({ status: "ready", generated_count: 12_000 })
        expect(batch.stats).toMatchObject({ unused: 12_000, redeemed: 0 })
      })

      it("revokes unused codes and exports every code as CSV", async () => {
        const batch = await createBatch({ count: 20 })
        const { coupon_codes } = await codesOf(batch.id)
        const { data: one } = await api.post(
          `/admin/coupon-batches/${batch.id}/revoke`,
          { code_ids: [coupon_codes[0].id] },
          admin.headers
        )
        expect(one.revoked).toEqual(1)
        const { data: rest } = await api.post(
          `/admin/coupon-batches/${batch.id}/revoke`,
          { all_unused: true },
          admin.headers
        )
        expect(rest.revoked).toEqual(19)

        const csv = await api.get(`/admin/coupon-batches/${batch.id}/export`, admin.headers)
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        const lines = String(csv.data).trim().split("\n")
        expect(lines[0]).toEqual("code,status,customer_id,order_id,expires_at,redeemed_at")
        expect(lines).toHaveLength(21)
        expect(lines.slice(1).every((l) => l.split(",")[1] === "revoked")).toBe(true)
      })

      it("assigns one code to each listed customer, usable only by them", async () => {
        const alice = await registerCustomer(api, store.publishableKey)
        const bob = await registerCustomer(api, store.publishableKey)
        const batch = await createBatch({ count: 3, customer_ids: [alice.id, bob.id, alice.id] })
        const { coupon_codes } = await codesOf(batch.id)
        const owners = coupon_codes
          .map((c: any) => c.customer_id)
          .filter(Boolean)
          .sort()
        expect(owners).toEqual([alice.id, bob.id].sort())
        const alices = coupon_codes.find((c: any) => c.customer_id === alice.id)
        const stranger = await api
          .post(`/store/carts/${await guestCart()}/coupons`, { code: alices.code }, store.storeHeaders)
          .catch((e: any) => e)
        expect(stranger.response.status).toEqual(400)

        const unknown = await api
          .post(
            "/admin/coupon-batches",
            { name: "x", promotion_id: promotionId, count: 2, customer_ids: ["cus_missing"] },
            admin.headers
          )
          .catch((e: any) => e)
        expect(unknown.response.status).toEqual(404)
        const tooFew = await api
          .post(
            "/admin/coupon-batches",
            { name: "x", promotion_id: promotionId, count: 1, customer_ids: [alice.id, bob.id] },
            admin.headers
          )
          .catch((e: any) => e)
        expect(tooFew.response.status).toEqual(400)
      })

      it("refuses bad batches with 4xx", async () => {
        for (const [body, status] of [
          [{ name: "x", promotion_id: promotionId, count: 0 }, 400],
          [{ name: "x", promotion_id: promotionId, count: 100_001 }, 400],
          [{ name: "x", promotion_id: promotionId, count: 5, prefix: "BAD PREFIX" }, 400],
          [{ name: "x", promotion_id: promotionId, count: 5, expires_at: "2001-01-01" }, 400],
          [{ name: "x", promotion_id: promotionId, count: 5, unknown: 1 }, 400],
          [{ name: "x", promotion_id: "promo_missing", count: 5 }, 404],
        ] as const) {
          const error = await api.post("/admin/coupon-batches", body, admin.headers).catch((e: any) => e)
          expect([JSON.stringify(body), error.response?.status]).toEqual([JSON.stringify(body), status])
        }
        const anonymous = await api.get("/admin/coupon-batches").catch((e: any) => e)
        expect(anonymous.response.status).toEqual(401)
      })
    })

    describe("checkout with a code", () => {
      it("discounts the cart and records the redemption with the order", async () => {
        const batch = await createBatch({ count: 5 })
        const [{ code }] = (await codesOf(batch.id)).coupon_codes
        const cartId = await guestCart()
        const before = (await cartOf(cartId)).total
        await api.post(`/store/carts/${cartId}/coupons`, { code: code.toLowerCase() }, store.storeHeaders)
        // The merchant's promotion is 10 EUR off before tax (19% VAT in the test region).
        const discounted = await cartOf(cartId)
        expect(discounted.discount_subtotal).toBeCloseTo(10, 2)
        expect(discounted.total).toBeCloseTo(before - 11.9, 2)

        const { data } = await payAndComplete(api, store.storeHeaders, cartId)
        expect(data.type).toEqual("order")
        expect(data.order.discount_subtotal).toBeCloseTo(10, 2)
        const { coupon_codes } = await codesOf(batch.id, `q=${code}`)
        expect(coupon_codes).toEqual([expect.objectContaining({ code, status: "redeemed", order_id: data.order.id })])

        const reuse = await api
          .post(`/store/carts/${await guestCart()}/coupons`, { code }, store.storeHeaders)
          .catch((e: any) => e)
        expect(reuse.response.status).toEqual(400)
        expect(reuse.response.data.message).toMatch(/already been used/)
      })

      it("gives the discount to exactly one of 50 concurrent checkouts with the same code", async () => {
        const batch = await createBatch({ count: 1 })
        const [{ code }] = (await codesOf(batch.id)).coupon_codes
        const carts: string[] = []
        for (let i = 0; i < 50; i++) carts.push(await guestCart(1, `race-${i}@example.com`))

        // All 50 carts race for the code at once ...
        const applied = await Promise.all(
          carts.map((cartId) =>
            api
              .post(`/store/carts/${cartId}/coupons`, { code }, store.storeHeaders)
              .then(() => true)
              .catch((e: any) => {
                expect([e.response?.status, e.response?.data?.message]).toEqual([400, expect.stringMatching(/already/)])
                return false
              })
          )
        )
        expect(applied.filter(Boolean)).toHaveLength(1)
        // ... then the winner and a sample of losers check out together (all 50 at
        // once would only time out Medusa's own inventory locks on the one stock item).
        const winner = carts[applied.indexOf(true)]
        const losers = carts.filter((c) => c !== winner).slice(0, 5)
        const placed = await Promise.all(
          [winner, ...losers].map((cartId) => payAndComplete(api, store.storeHeaders, cartId))
        )
        const orders = placed.map((p) => p.data.order)
        expect(orders.filter((o) => o?.id)).toHaveLength(6)
        expect(orders.filter((o) => o.discount_total > 0).map((o) => o.id)).toEqual([orders[0].id])
        const { coupon_codes } = await codesOf(batch.id)
        expect(coupon_codes[0]).toMatchObject({ status: "redeemed", redemption_count: 1 })
      })

      it("does not honour the batch promotion's own code without a coupon code", async () => {
        await createBatch({ count: 1 })
        const cartId = await guestCart()
        await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["SUMMER10-BASE"] }, store.storeHeaders)
        expect((await cartOf(cartId)).promotions.map((p: any) => p.code)).toEqual(["SUMMER10-BASE"])
        const error = await payAndComplete(api, store.storeHeaders, cartId).catch((e: any) => e)
        expect(error.response?.status).toBeGreaterThanOrEqual(400)
        expect(error.response?.status).toBeLessThan(500)
        expect(error.response.data.message).toMatch(/needs a valid coupon code/)
        expect((await cartOf(cartId)).completed_at).toBeFalsy()
      })

      it("refuses unknown, revoked, expired and foreign codes with 4xx", async () => {
        const batch = await createBatch({ count: 3 })
        const [revoked, expired, mine] = (await codesOf(batch.id)).coupon_codes
        await api.post(`/admin/coupon-batches/${batch.id}/revoke`, { code_ids: [revoked.id] }, admin.headers)
        const loyalty: any = getContainer().resolve(LOYALTY_POINTS_MODULE)
        await loyalty.updateCouponCodes({ id: expired.id, expires_at: new Date(Date.now() - 60_000) })
        const owner = await registerCustomer(api, store.publishableKey)
        await loyalty.updateCouponCodes({ id: mine.id, customer_id: owner.id })

        const cartId = await guestCart()
        for (const [body, status, message] of [
          [{ code: "NOPE-AAAA-BBBB" }, 400, /Unknown coupon code/],
          [{ code: revoked.code }, 400, /revoked/],
          [{ code: expired.code }, 400, /expired/],
          [{ code: mine.code }, 400, /another customer/],
          [{}, 400, /code/],
          [{ code: 42 }, 400, /./],
          [{ code: "X".repeat(500) }, 400, /./],
        ] as const) {
          const error = await api.post(`/store/carts/${cartId}/coupons`, body, store.storeHeaders).catch((e: any) => e)
          expect([JSON.stringify(body).slice(0, 40), error.response?.status]).toEqual([
            JSON.stringify(body).slice(0, 40),
            status,
          ])
          expect(error.response.data.message).toMatch(message)
        }
        const missing = await api
          .post(`/store/carts/cart_missing/coupons`, { code: mine.code }, store.storeHeaders)
          .catch((e: any) => e)
        expect(missing.response.status).toEqual(404)
        expect((await cartOf(cartId)).promotions).toEqual([])
      })

      it("releases a code taken off the cart", async () => {
        const batch = await createBatch({ count: 1 })
        const [{ code }] = (await codesOf(batch.id)).coupon_codes
        const cartId = await guestCart()
        await api.post(`/store/carts/${cartId}/coupons`, { code }, store.storeHeaders)
        await api.delete(`/store/carts/${cartId}/coupons/${code}`, store.storeHeaders)
        expect((await cartOf(cartId)).promotions).toEqual([])
        expect((await codesOf(batch.id)).coupon_codes[0].status).toEqual("unused")
        const other = await guestCart()
        await api.post(`/store/carts/${other}/coupons`, { code }, store.storeHeaders)
      })
    })

    describe("points for a coupon", () => {
      it("spends points for a code only its new owner can use", async () => {
        const batch = await createBatch({ count: 2, exchange_points: 100 })
        const customer = await registerCustomer(api, store.publishableKey)
        await api.post(
          `/admin/loyalty/accounts/${customer.id}/adjustments`,
          { points: 150, reason: "Test" },
          admin.headers
        )

        const { data } = await api.post(
          "/store/customers/me/loyalty/exchange",
          { batch_id: batch.id },
          customer.headers
        )
        expect(data).toMatchObject({ points_spent: 100, coupon_code: { code: expect.stringMatching(CODE_PATTERN) } })
        const { data: loyalty } = await api.get("/store/customers/me/loyalty", customer.headers)
        expect(loyalty.loyalty.points_available).toEqual(50)

        const poor = await api
          .post("/store/customers/me/loyalty/exchange", { batch_id: batch.id }, customer.headers)
          .catch((e: any) => e)
        expect(poor.response.status).toEqual(400)
        expect(poor.response.data.message).toMatch(/Not enough points/)

        const stranger = await api
          .post(`/store/carts/${await guestCart()}/coupons`, { code: data.coupon_code.code }, store.storeHeaders)
          .catch((e: any) => e)
        expect(stranger.response.status).toEqual(400)

        const anonymous = await api
          .post("/store/customers/me/loyalty/exchange", { batch_id: batch.id }, store.storeHeaders)
          .catch((e: any) => e)
        expect(anonymous.response.status).toEqual(401)
        const notExchangeable = await createBatch({ count: 1 })
        const refused = await api
          .post("/store/customers/me/loyalty/exchange", { batch_id: notExchangeable.id }, customer.headers)
          .catch((e: any) => e)
        expect(refused.response.status).toEqual(404)
      })
    })

    describe("spend X save Y", () => {
      it("applies the discount at the threshold and not below it", async () => {
        const threshold = Math.round(variant.price * 3 * 100) / 100
        const { data } = await api.post(
          "/admin/spend-threshold-promotions",
          { code: "SPEND-THRESHOLD", threshold, discount: 5, currency_code: "EUR" },
          admin.headers
        )
        expect(data.promotion.code).toEqual("SPEND-THRESHOLD")

        const below = await guestCart(2)
        await api
          .post(`/store/carts/${below}/promotions`, { promo_codes: ["SPEND-THRESHOLD"] }, store.storeHeaders)
          .catch(() => null)
        expect((await cartOf(below)).discount_subtotal).toEqual(0)

        const at = await guestCart(3)
        await api.post(`/store/carts/${at}/promotions`, { promo_codes: ["SPEND-THRESHOLD"] }, store.storeHeaders)
        const cart = await cartOf(at)
        expect(cart.item_subtotal).toBeCloseTo(threshold, 2)
        expect(cart.discount_subtotal).toBeCloseTo(5, 2)

        const bad = await api
          .post(
            "/admin/spend-threshold-promotions",
            { code: "BAD", threshold: 10, discount: 20, currency_code: "eur" },
            admin.headers
          )
          .catch((e: any) => e)
        expect(bad.response.status).toEqual(400)
      })
    })
  },
})
