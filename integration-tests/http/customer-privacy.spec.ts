import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { payAndComplete } from "../helpers/checkout"
import { registerCustomer, type CustomerSession } from "../helpers/customer"
import { seedTestStore, type TestStore } from "../helpers/store"
import { ANALYTICS_REPORT_MODULE } from "../../src/modules/analytics-report"
import { AUDIT_LOG_MODULE } from "../../src/modules/audit-log"
import { CUSTOMER_PRIVACY_MODULE } from "../../src/modules/customer-privacy"
import type CustomerPrivacyModuleService from "../../src/modules/customer-privacy/service"
import { MAX_VIEWS_PER_CUSTOMER } from "../../src/modules/customer-privacy/types"
import { INVENTORY_ALERT_MODULE } from "../../src/modules/inventory-alert"

jest.setTimeout(240 * 1000)

const STORE_ROUTES = [
  ["get", "/store/customers/me/consent"],
  ["post", "/store/customers/me/consent"],
  ["post", "/store/customers/me/product-views"],
  ["get", "/store/customers/me/recently-viewed"],
  ["get", "/store/customers/me/recommendations"],
  ["get", "/store/customers/me/export"],
] as const

const suffix = Math.random().toString(36).slice(2, 8)
/** Distinctive personal data, so that a search of the whole database finds only these. */
const ALICE = {
  email: `zephyrine.quillfeather.${suffix}@example.com`,
  first_name: "Zephyrine",
  last_name: `Quillfeather${suffix}`,
  phone: "+4915550987654",
  address_1: `Xylographenweg ${suffix}`,
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let alice: CustomerSession
    let bob: CustomerSession
    let products: { id: string; variant_id: string; category_ids: string[] }[]
    let orderId: string
    const privacy = () => getContainer().resolve<CustomerPrivacyModuleService>(CUSTOMER_PRIVACY_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const status = (p: Promise<any>) => p.then((r) => r.status).catch((e) => e.response?.status)
    const viewsOf = async (customerId: string) =>
      Number((await pg()("product_view").where({ customer_id: customerId }).count("* as n"))[0].n)

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 6 })
      admin = await createAdminSession(getContainer(), api)
      alice = await registerCustomer(api, store.publishableKey, ALICE.email)
      bob = await registerCustomer(api, store.publishableKey)
      await api.post(
        "/store/customers/me",
        { first_name: ALICE.first_name, last_name: ALICE.last_name, phone: ALICE.phone },
        alice.headers
      )
      await api.post(
        "/store/customers/me/addresses",
        {
          first_name: ALICE.first_name,
          last_name: ALICE.last_name,
          phone: ALICE.phone,
          address_1: ALICE.address_1,
          city: "Berlin",
          postal_code: "10115",
          country_code: "de",
        },
        alice.headers
      )
      const { data } = await query().graph({
        entity: "product",
        fields: ["id", "created_at", "categories.id", "variants.id"],
        filters: { status: "published" },
      })
      products = data
        .sort((a: any, b: any) => (a.id < b.id ? -1 : 1))
        .map((p: any) => ({ id: p.id, variant_id: p.variants[0].id, category_ids: p.categories.map((c: any) => c.id) }))

      // Alice buys products[0], logged in, with her own address on the order.
      const address = {
        first_name: ALICE.first_name,
        last_name: ALICE.last_name,
        phone: ALICE.phone,
        address_1: ALICE.address_1,
        city: "Berlin",
        country_code: "de",
        postal_code: "10115",
      }
      const { data: created } = await api.post(
        "/store/carts",
        {
          region_id: store.regions.eu.id,
          email: ALICE.email,
          shipping_address: address,
          billing_address: address,
          items: [{ variant_id: products[0].variant_id, quantity: 1 }],
        },
        alice.headers
      )
      const cartId = created.cart.id
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, alice.headers)
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, alice.headers)
      const { data: completed } = await payAndComplete(api, store.storeHeaders, cartId, alice.headers)
      expect(completed.type).toBe("order")
      orderId = completed.order.id

      // A back-in-stock subscription each, as the inventory module stores them.
      const alerts: any = getContainer().resolve(INVENTORY_ALERT_MODULE)
      await alerts.createBackInStockSubscriptions([
        {
          variant_id: products[3].variant_id,
          sales_channel_id: store.salesChannelId,
          customer_id: alice.id,
          email: ALICE.email,
          token_hash: "h-alice",
        },
        {
          variant_id: products[3].variant_id,
          sales_channel_id: store.salesChannelId,
          customer_id: bob.id,
          email: bob.email,
          token_hash: "h-bob",
        },
      ])

      // Alice consents and looks at two products (each test starts from this state:
      // the runner restores the database snapshot taken after beforeAll).
      const { data: given } = await api.post("/store/customers/me/consent", { personalisation: true }, alice.headers)
      expect(given.consent).toMatchObject({ customer_id: alice.id, personalisation: true, marketing_email: false })
      for (const product of [products[1], products[2]]) {
        const { data } = await api.post("/store/customers/me/product-views", { product_id: product.id }, alice.headers)
        expect(data).toEqual({ product_id: product.id, recorded: true })
      }
    })

    it("refuses anonymous requests with 401 and writes nothing", async () => {
      for (const [method, path] of STORE_ROUTES) {
        const args = method === "post" ? [path, { personalisation: true }, store.storeHeaders] : [path, store.storeHeaders]
        expect([path, await status((api as any)[method](...args))]).toEqual([path, 401])
      }
      expect(await pg()("customer_consent").select("customer_id")).toEqual([{ customer_id: alice.id }])
    })

    it("records views only with the personalisation consent", async () => {
      const { data: initial } = await api.get("/store/customers/me/consent", bob.headers)
      expect(initial.consent).toMatchObject({ marketing_email: false, personalisation: false })
      const { data } = await api.post("/store/customers/me/product-views", { product_id: products[1].id }, bob.headers)
      expect(data.recorded).toBe(false)
      expect(await viewsOf(bob.id)).toBe(0)
      const { data: recs } = await api.get("/store/customers/me/recommendations", bob.headers)
      expect(recs.products).toEqual([])
    })

    it("rejects bad input with 400 and writes nothing", async () => {
      const before = await pg()("customer_consent").where({ customer_id: alice.id }).first()
      for (const body of [{}, { personalisation: "yes" }, { personalisation: false, extra: 1 }]) {
        expect(await status(api.post("/store/customers/me/consent", body, alice.headers))).toBe(400)
      }
      expect(await pg()("customer_consent").where({ customer_id: alice.id }).first()).toEqual(before)
      for (const body of [{}, { product_id: "" }, { product_id: "prod_missing" }, { product_id: products[3].id, x: 1 }]) {
        expect(await status(api.post("/store/customers/me/product-views", body, alice.headers))).toBe(400)
      }
      for (const path of ["/store/customers/me/recently-viewed?limit=0", "/store/customers/me/recommendations?limit=x"]) {
        expect(await status(api.get(path, alice.headers))).toBe(400)
      }
      expect(await viewsOf(alice.id)).toBe(2)
      expect(await status(api.post(`/admin/customers/${alice.id}/erase`, {}, admin.headers))).toBe(400)
      expect(await viewsOf(alice.id)).toBe(2)
    })

    it("keeps a bounded history, newest first, for its owner only", async () => {
      const { data: recent } = await api.get("/store/customers/me/recently-viewed", alice.headers)
      expect(recent.products.map((p: any) => p.id)).toEqual([products[2].id, products[1].id])
      const { data: bobs } = await api.get("/store/customers/me/recently-viewed", bob.headers)
      expect(bobs.products).toEqual([])

      // The bound holds under sequential and concurrent writes (a customer id of its own).
      const other = `cus_bound_${suffix}`
      await privacy().setConsent(other, { personalisation: true }, "customer")
      for (let i = 0; i < MAX_VIEWS_PER_CUSTOMER + 5; i++) await privacy().recordProductView(other, `prod_${i}`)
      await Promise.all(Array.from({ length: 10 }, (_, i) => privacy().recordProductView(other, `prod_c${i}`)))
      expect(await viewsOf(other)).toBe(MAX_VIEWS_PER_CUSTOMER)
      const kept = await privacy().listRecentViews(other)
      expect(kept.map((v) => v.product_id)).not.toContain("prod_0")
      expect(kept.map((v) => v.product_id)).toContain(`prod_${MAX_VIEWS_PER_CUSTOMER + 4}`)
      // Withdrawing consent deletes the history.
      await privacy().setConsent(other, { personalisation: false }, "customer")
      expect(await viewsOf(other)).toBe(0)
    })

    it("recommends from purchases, views and co-purchases, never what was bought or cannot be sold", async () => {
      const analytics: any = getContainer().resolve(ANALYTICS_REPORT_MODULE)
      // products[5] was often bought with what Alice bought; products[4] too, but gets unpublished.
      await analytics.createAnalyticsCoPurchases([
        { product_id: products[0].id, other_product_id: products[5].id, orders_count: 4 },
        { product_id: products[0].id, other_product_id: products[4].id, orders_count: 9 },
      ])
      await api.post(`/admin/products/${products[4].id}`, { status: "draft" }, admin.headers)

      const { data } = await api.get("/store/customers/me/recommendations?limit=50", alice.headers)
      const ids = data.products.map((p: any) => p.id)
      expect(ids).not.toContain(products[0].id)
      expect(ids).not.toContain(products[4].id)
      const paired = data.products.find((p: any) => p.id === products[5].id)
      expect(paired.reasons).toContain("co_purchase")
      expect(paired.score).toBeGreaterThanOrEqual(3 * 4)
      // Every other published product sharing a category with the purchase is in the list.
      const sameCategory = products.filter(
        (p, i) => i !== 0 && i !== 4 && p.category_ids.some((c) => products[0].category_ids.includes(c))
      )
      for (const p of sameCategory) expect(ids).toContain(p.id)
      // Bob (no consent) gets nothing from Alice's data.
      expect((await api.get("/store/customers/me/recommendations", bob.headers)).data.products).toEqual([])
      await api.post(`/admin/products/${products[4].id}`, { status: "published" }, admin.headers)
    })

    it("exports the customer's data and nobody else's, audited for admins", async () => {
      const { data, headers } = await api.get("/store/customers/me/export", alice.headers)
      expect(headers["content-disposition"]).toContain("attachment")
      const exp = data.export
      expect(exp.customer).toMatchObject({ id: alice.id, email: ALICE.email, phone: ALICE.phone })
      expect(exp.addresses.map((a: any) => a.address_1)).toEqual([ALICE.address_1])
      expect(exp.orders.map((o: any) => o.id)).toEqual([orderId])
      expect(exp.product_views.map((v: any) => v.product_id)).toEqual([products[2].id, products[1].id])
      expect(exp.back_in_stock_subscriptions).toHaveLength(1)
      expect(exp.consent.personalisation).toBe(true)
      const text = JSON.stringify(exp)
      expect(text).not.toContain(bob.id)
      expect(text).not.toContain(bob.email)
      expect(text).not.toContain("h-alice")

      const { data: bobs } = await api.get("/store/customers/me/export", bob.headers)
      expect(JSON.stringify(bobs.export)).not.toContain(ALICE.email)
      expect(JSON.stringify(bobs.export)).not.toContain(alice.id)

      expect(await status(api.post(`/admin/customers/${alice.id}/export`, {}, alice.headers))).toBe(401)
      const { data: adminExport } = await api.post(`/admin/customers/${alice.id}/export`, {}, admin.headers)
      expect(adminExport.export.customer.id).toBe(alice.id)
      const requests = await privacy().listPrivacyRequests({ customer_id: alice.id, requested_by_type: "admin" })
      expect(requests).toEqual([expect.objectContaining({ type: "export", status: "completed", requested_by_id: admin.userId })])
      const audit: any = getContainer().resolve(AUDIT_LOG_MODULE)
      let entries: any[] = []
      for (let i = 0; i < 50 && !entries.length; i++) {
        entries = await audit.listAuditLogEntries({ path: `/admin/customers/${alice.id}/export` })
        if (!entries.length) await new Promise((r) => setTimeout(r, 100))
      }
      expect(entries).toEqual([expect.objectContaining({ actor_id: admin.userId, status_code: 200 })])
    })

    it("erases only with the right confirmation and leaves no personal data behind", async () => {
      expect(
        await status(api.post(`/admin/customers/${alice.id}/erase`, { confirm: bob.email }, admin.headers))
      ).toBe(400)
      expect(await viewsOf(alice.id)).toBe(2)
      const { data } = await api.post(`/admin/customers/${alice.id}/erase`, { confirm: ALICE.email.toUpperCase() }, admin.headers)
      expect(data.erasure.customer_id).toBe(alice.id)

      // She cannot log in any more; Bob still can.
      expect(await status(api.post("/auth/customer/emailpass", { email: ALICE.email, password: "customer-password" }))).toBe(401)
      expect(await status(api.post("/auth/customer/emailpass", { email: bob.email, password: "customer-password" }))).toBe(200)

      // Accounting stays: the order, its lines and the customer id it points to.
      const {
        data: [order],
      } = await query().graph({
        entity: "order",
        fields: ["id", "email", "customer_id", "items.id", "shipping_address.country_code", "shipping_address.first_name"],
        filters: { id: orderId },
      })
      expect(order).toMatchObject({ customer_id: alice.id, email: `erased+${alice.id}@invalid` })
      expect(order.items).toHaveLength(1)
      expect(order.shipping_address).toMatchObject({ country_code: "de", first_name: null })
      const customer = await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(alice.id, { relations: ["addresses"] })
      expect(customer).toMatchObject({ email: `erased+${alice.id}@invalid`, first_name: null, last_name: null, phone: null })
      expect(customer.addresses).toEqual([])
      expect(await viewsOf(alice.id)).toBe(0)

      // Search every text and JSON column of every table for her data.
      const needles = [ALICE.email, ALICE.first_name, ALICE.last_name, ALICE.phone, ALICE.address_1]
      const found = await searchDatabase(needles)
      // Allowed: nothing. (Orders, ledgers and facts keep only ids and amounts.)
      expect(found).toEqual([])
      // Bob's data is untouched.
      expect((await searchDatabase([bob.email])).map((f) => f.split(":")[0])).toEqual(
        expect.arrayContaining(["customer.email", "provider_identity.entity_id", "back_in_stock_subscription.email"])
      )
      const erasures = await privacy().listPrivacyRequests({ customer_id: alice.id, type: "erasure" })
      expect(erasures).toEqual([expect.objectContaining({ status: "completed", requested_by_id: admin.userId })])
    })

    /** "table.column: count" for every text/json column of the public schema containing any needle. */
    async function searchDatabase(needles: string[]) {
      const knex = pg()
      const { rows: columns } = await knex.raw(
        `SELECT c.table_name, c.column_name FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
            AND c.data_type IN ('text', 'character varying', 'jsonb', 'json', 'character')`
      )
      const out: string[] = []
      for (const { table_name, column_name } of columns) {
        for (const needle of needles) {
          const { rows } = await knex.raw(`SELECT count(*)::int AS n FROM ?? WHERE strpos(lower(??::text), lower(?)) > 0`, [
            table_name,
            column_name,
            needle,
          ])
          if (rows[0].n) out.push(`${table_name}.${column_name}: ${needle} ×${rows[0].n}`)
        }
      }
      return out
    }
  },
})
