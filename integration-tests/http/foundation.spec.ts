import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminSession } from "../helpers/admin"
import { checkout } from "../helpers/checkout"
import { registerCustomer } from "../helpers/customer"
import { seedTestStore, type TestStore } from "../helpers/store"
import { seedDemoStore } from "../../src/scripts/demo-data/seed-store"
import { settleEvents } from "../helpers/events"

jest.setTimeout(120 * 1000)

const SEEDED_PRODUCTS = 6
const SEEDED_ORDERS = 4

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: SEEDED_PRODUCTS, orders: SEEDED_ORDERS })
    })

    describe("health", () => {
      it("answers OK", async () => {
        const response = await api.get("/health")
        expect(response.status).toEqual(200)
        expect(response.data).toEqual("OK")
      })
    })

    describe("admin authentication", () => {
      it("logs in with e-mail and password and reads the current user", async () => {
        const admin = await createAdminSession(getContainer(), api)
        expect(admin.token).toEqual(expect.any(String))
        const { data } = await api.get("/admin/users/me", admin.headers)
        expect(data.user.email).toEqual(admin.email)
      })

      it("rejects a wrong password with 401", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const error = await api
          .post("/auth/user/emailpass", { email: admin.email, password: "wrong-password" })
          .catch((e: any) => e)
        expect(error.response.status).toEqual(401)
      })

      it("rejects admin routes without a token with 401", async () => {
        const error = await api.get("/admin/users/me").catch((e: any) => e)
        expect(error.response.status).toEqual(401)
      })
    })

    describe("store catalog", () => {
      it("lists published products with prices for a region", async () => {
        const { data } = await api.get(
          `/store/products?region_id=${store.regions.eu.id}&fields=*variants.calculated_price&limit=50`,
          store.storeHeaders
        )
        expect(data.count).toEqual(SEEDED_PRODUCTS)
        for (const product of data.products) {
          expect(product.variants.length).toBeGreaterThan(0)
          for (const variant of product.variants) {
            expect(variant.calculated_price.currency_code).toEqual("eur")
            expect(variant.calculated_price.calculated_amount).toBeGreaterThan(0)
          }
        }
      })

      it("refuses store requests without a publishable key with 400", async () => {
        const error = await api.get("/store/products").catch((e: any) => e)
        expect(error.response.status).toEqual(400)
      })
    })

    describe("checkout", () => {
      it("places a guest order through the Store API and reserves its stock", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await api.get(
          `/store/products?region_id=${store.regions.eu.id}&fields=%2Bvariants.inventory_quantity&limit=50`,
          store.storeHeaders
        )
        const variant = products.products.flatMap((p: any) => p.variants).find((v: any) => v.inventory_quantity > 5)

        const result = await checkout(api, store.storeHeaders, {
          regionId: store.regions.eu.id,
          variantId: variant.id,
          quantity: 2,
          email: "guest-buyer@example.com",
        })

        expect(result.type).toEqual("order")
        expect(result.order.email).toEqual("guest-buyer@example.com")
        expect(result.order.currency_code).toEqual("eur")
        expect(result.order.total).toBeGreaterThan(0)

        const { data: reservations } = await query.graph({
          entity: "reservation",
          fields: ["quantity", "line_item_id"],
          filters: { line_item_id: result.order.items.map((i: any) => i.id) },
        })
        expect(reservations.map((r: any) => Number(r.quantity))).toEqual([2])
      })
    })

    describe("customers", () => {
      it("registers a customer who can read only their own profile", async () => {
        const customer = await registerCustomer(api, store.publishableKey)
        const { data } = await api.get("/store/customers/me", customer.headers)
        expect(data.customer.email).toEqual(customer.email)

        const anonymous = await api.get("/store/customers/me", store.storeHeaders).catch((e: any) => e)
        expect(anonymous.response.status).toEqual(401)
      })
    })

    describe("demo data", () => {
      // The file's last block: let in-flight event handlers finish before the runner tears down.
      afterAll(() => settleEvents(getContainer()))
      it("seeds historical orders shaped by Medusa's workflows, in the past", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: [
            "id",
            "created_at",
            "status",
            "metadata",
            "total",
            "currency_code",
            "payment_collections.payments.captured_at",
          ],
          filters: {},
        })
        const seeded = orders.filter((o: any) => o.metadata?.demo_seed)
        expect(seeded).toHaveLength(SEEDED_ORDERS)
        const now = Date.now()
        for (const order of seeded) {
          const placed = new Date(order.created_at as any).getTime()
          expect(placed).toBeLessThanOrEqual(now)
          expect(placed).toBeGreaterThan(now - 91 * 86_400_000)
          expect(["eur", "usd"]).toContain(order.currency_code)
          for (const payment of order.payment_collections?.[0]?.payments ?? []) {
            if (payment?.captured_at) {
              // Captures were shifted with their order: never before the order was placed.
              expect(new Date(payment.captured_at as any).getTime()).toBeGreaterThanOrEqual(placed)
            }
          }
        }
      })

      it("does nothing when run again on a seeded store", async () => {
        const container = getContainer()
        const productModule = container.resolve(Modules.PRODUCT)
        const [, before] = await productModule.listAndCountProducts()
        const result = await seedDemoStore(container, { products: 20, orders: 10, log: () => undefined })
        const [, after] = await productModule.listAndCountProducts()
        expect(result.skipped).toBe(true)
        expect(after).toEqual(before)
      })
    })
  },
})
