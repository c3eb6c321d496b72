import fs from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { prepareCart } from "../helpers/checkout"
import { registerCustomer, type CustomerSession } from "../helpers/customer"
import { seedTestStore, type TestStore } from "../helpers/store"

jest.setTimeout(240 * 1000)

/**
 * Who may call each route this project adds:
 * - admin: admins only (anonymous and customers get 401);
 * - customer: a logged-in customer, about themself (anonymous and admin tokens get 401);
 * - public: anyone with the publishable key;
 * - cart-owner: whoever holds the cart id, as on Medusa's own cart routes (the id is the
 *   bearer secret), except another logged-in customer on a customer's cart (refused);
 * - customer-cart: a logged-in customer on their own cart only.
 * Every route file under src/api must have a row for each method it exports: a
 * new route without one fails the first test below.
 */
type Access = "admin" | "customer" | "public" | "cart-owner" | "customer-cart" | "subscription-owner"

const MATRIX: Record<string, Access> = {
  "DELETE /admin/analytics/currency-rates/:id": "admin",
  "GET /admin/analytics/currency-rates": "admin",
  "POST /admin/analytics/currency-rates": "admin",
  "POST /admin/analytics/segments/recompute": "admin",
  "GET /admin/analytics/settings": "admin",
  "POST /admin/analytics/settings": "admin",
  "GET /admin/analytics/status": "admin",
  "GET /admin/audit-log": "admin",
  "GET /admin/catalog-quality": "admin",
  "GET /admin/catalog-quality/export": "admin",
  "POST /admin/catalog-quality/recompute": "admin",
  "GET /admin/catalog-quality/settings": "admin",
  "POST /admin/catalog-quality/settings": "admin",
  "GET /admin/back-in-stock-subscriptions": "admin",
  "GET /admin/coupon-batches/:id/codes": "admin",
  "GET /admin/coupon-batches/:id/export": "admin",
  "POST /admin/coupon-batches/:id/revoke": "admin",
  "GET /admin/coupon-batches/:id": "admin",
  "GET /admin/coupon-batches": "admin",
  "POST /admin/coupon-batches": "admin",
  "GET /admin/customers/:id/analytics": "admin",
  "POST /admin/customers/:id/erase": "admin",
  "POST /admin/customers/:id/export": "admin",
  "GET /admin/customers/:id/privacy": "admin",
  "POST /admin/inventory-alerts/acknowledge": "admin",
  "POST /admin/inventory-alerts/resolve": "admin",
  "GET /admin/inventory-alerts": "admin",
  "GET /admin/inventory-alerts/settings": "admin",
  "POST /admin/inventory-alerts/settings": "admin",
  "GET /admin/inventory-alerts/summary": "admin",
  "GET /admin/inventory-items/:id/inventory-insights": "admin",
  "POST /admin/inventory-items/:id/stock-adjustments": "admin",
  "DELETE /admin/inventory-thresholds/:id": "admin",
  "GET /admin/inventory-thresholds": "admin",
  "POST /admin/inventory-thresholds": "admin",
  "POST /admin/loyalty/accounts/:customer_id/adjustments": "admin",
  "GET /admin/loyalty/accounts/:customer_id": "admin",
  "GET /admin/loyalty/liability": "admin",
  "GET /admin/loyalty/reconcile": "admin",
  "GET /admin/loyalty/rules/:id": "admin",
  "POST /admin/loyalty/rules/:id": "admin",
  "DELETE /admin/loyalty/rules/:id": "admin",
  "GET /admin/loyalty/rules": "admin",
  "POST /admin/loyalty/rules": "admin",
  "POST /admin/notification-templates/:key/preview": "admin",
  "POST /admin/notification-templates/:key": "admin",
  "GET /admin/notification-templates": "admin",
  "POST /admin/order-exceptions/:id/actions/cancel-order": "admin",
  "POST /admin/order-exceptions/:id/actions/capture-payment": "admin",
  "POST /admin/order-exceptions/:id/actions/refund": "admin",
  "POST /admin/order-exceptions/:id/notes": "admin",
  "GET /admin/order-exceptions/:id": "admin",
  "POST /admin/order-exceptions/:id": "admin",
  "POST /admin/order-exceptions/resolve": "admin",
  "GET /admin/order-exceptions": "admin",
  "GET /admin/order-exceptions/settings": "admin",
  "POST /admin/order-exceptions/settings": "admin",
  "GET /admin/orders/:id/fraud-assessment": "admin",
  "GET /admin/orders/:id/timeline": "admin",
  "GET /admin/products/:id/quality": "admin",
  "GET /admin/products/:id/seo": "admin",
  "POST /admin/products/:id/seo": "admin",
  "POST /admin/purchase-orders/:id/cancel": "admin",
  "POST /admin/purchase-orders/:id/order": "admin",
  "POST /admin/purchase-orders/:id/receive": "admin",
  "GET /admin/purchase-orders/:id": "admin",
  "POST /admin/purchase-orders/:id": "admin",
  "DELETE /admin/purchase-orders/:id": "admin",
  "POST /admin/purchase-orders/from-suggestions": "admin",
  "GET /admin/purchase-orders": "admin",
  "POST /admin/purchase-orders": "admin",
  "GET /admin/replenishment": "admin",
  "GET /admin/reports/:report/export": "admin",
  "GET /admin/reports/:report": "admin",
  "GET /admin/search-indexes/:id/documents/:document_id": "admin",
  "GET /admin/search-indexes/:id/status": "admin",
  "GET /admin/search-insights": "admin",
  "GET /admin/search-settings": "admin",
  "POST /admin/search-settings": "admin",
  "POST /admin/spend-threshold-promotions": "admin",
  "GET /admin/stock-ledger": "admin",
  "POST /admin/stocktakes/:id/approve": "admin",
  "POST /admin/stocktakes/:id/cancel": "admin",
  "POST /admin/stocktakes/:id/counts/csv": "admin",
  "POST /admin/stocktakes/:id/counts": "admin",
  "GET /admin/stocktakes/:id/lines": "admin",
  "GET /admin/stocktakes/:id": "admin",
  "GET /admin/stocktakes/:id/variance": "admin",
  "GET /admin/stocktakes": "admin",
  "POST /admin/stocktakes": "admin",
  "DELETE /admin/suppliers/:id/items/:item_id": "admin",
  "GET /admin/suppliers/:id/items": "admin",
  "POST /admin/suppliers/:id/items": "admin",
  "GET /admin/suppliers/:id": "admin",
  "POST /admin/suppliers/:id": "admin",
  "DELETE /admin/suppliers/:id": "admin",
  "GET /admin/suppliers": "admin",
  "POST /admin/suppliers": "admin",
  "DELETE /store/back-in-stock-subscriptions/:id": "subscription-owner",
  "POST /store/back-in-stock-subscriptions": "public",
  "DELETE /store/carts/:id/coupons/:code": "cart-owner",
  "POST /store/carts/:id/coupons": "cart-owner",
  "POST /store/carts/:id/loyalty-points": "customer-cart",
  "DELETE /store/carts/:id/loyalty-points": "customer-cart",
  "GET /store/customers/me/back-in-stock-subscriptions": "customer",
  "GET /store/customers/me/consent": "customer",
  "POST /store/customers/me/consent": "customer",
  "GET /store/customers/me/export": "customer",
  "POST /store/customers/me/product-views": "customer",
  "GET /store/customers/me/recently-viewed": "customer",
  "GET /store/customers/me/recommendations": "customer",
  "POST /store/customers/me/loyalty/exchange": "customer",
  "GET /store/customers/me/loyalty": "customer",
  "GET /store/customers/me/loyalty/transactions": "customer",
  "GET /store/products/:id/json-ld": "public",
  "GET /store/products/:id/recommendations": "public",
  "POST /store/search-clicks": "public",
  "GET /store/search-suggestions": "public",
  // Outside /store (crawlers send no headers): the publishable key is its ?key= parameter.
  "GET /sitemap.xml": "public",
}

type Route = { method: "GET" | "POST" | "DELETE"; path: string; key: string }

/** Every route file under src/api and the methods it exports, as Medusa maps them. */
function projectRoutes(): Route[] {
  const apiDir = path.resolve(__dirname, "..", "..", "src", "api")
  const routes: Route[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const source = fs.readFileSync(full, "utf8")
        const routePath =
          "/" +
          path
            .relative(apiDir, dir)
            .split(path.sep)
            .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
            .join("/")
        for (const [, method] of source.matchAll(
          /export\s+(?:async\s+function|const|function)\s+(GET|POST|DELETE)\b/g
        )) {
          routes.push({ method: method as Route["method"], path: routePath, key: `${method} ${routePath}` })
        }
      }
    }
  }
  walk(apiDir)
  return routes.sort((a, b) => a.key.localeCompare(b.key))
}

const statusOf = (promise: Promise<any>): Promise<number> =>
  promise.then(
    (r) => r.status,
    (e) => {
      if (!e.response) throw e
      return e.response.status
    }
  )

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    let owner: CustomerSession
    let other: CustomerSession
    let variantId: string
    let ownerCart: string
    let guestCart: string
    let subscriptionId: string
    const routes = projectRoutes()

    beforeAll(async () => {
      store = await seedTestStore(getContainer(), { products: 2 })
      admin = await createAdminSession(getContainer(), api)
      owner = await registerCustomer(api, store.publishableKey)
      other = await registerCustomer(api, store.publishableKey)
      const { data } = await api.get(
        `/store/products?limit=2&region_id=${store.regions.eu.id}&fields=*variants,+variants.inventory_quantity`,
        store.storeHeaders
      )
      variantId = data.products[0].variants[0].id
      // A sold-out variant (every level's stock set to what is reserved) to subscribe to.
      const soldOut = data.products[1].variants[0].id
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory.id", "inventory_items.inventory.location_levels.*"],
        filters: { id: soldOut },
      })
      for (const link of (links[0] as any).inventory_items as any[]) {
        for (const level of link.inventory.location_levels) {
          await api.post(
            `/admin/inventory-items/${link.inventory.id}/stock-adjustments`,
            { location_id: level.location_id, stocked_quantity: Number(level.reserved_quantity), note: "sold out" },
            admin.headers
          )
        }
      }
      ownerCart = await prepareCart(api, store.storeHeaders, {
        regionId: store.regions.eu.id,
        variantId,
        email: owner.email,
        customerHeaders: owner.headers,
      })
      guestCart = await prepareCart(api, store.storeHeaders, { regionId: store.regions.eu.id, variantId })
      const { data: sub } = await api.post("/store/back-in-stock-subscriptions", { variant_id: soldOut }, owner.headers)
      subscriptionId = sub.back_in_stock_subscription?.id ?? sub.subscription?.id
    })

    /** Path parameters: real fixtures where ownership matters, harmless values elsewhere. */
    const fill = (routePath: string, cartId = ownerCart) =>
      routePath
        .replace(":report", "sales")
        .replace(":key", "order_confirmation")
        .replace(":customer_id", owner?.id ?? "cus_missing")
        .replace(":code", "NO-SUCH-CODE")
        .replace(":document_id", "missing")
        .replace(":item_id", "missing")
        .replace(/^\/store\/carts\/:id/, `/store/carts/${cartId}`)
        .replace(/^\/store\/back-in-stock-subscriptions\/:id/, `/store/back-in-stock-subscriptions/${subscriptionId}`)
        .replace(":id", "missing_id")

    /** Well-formed bodies for owner-scoped routes, so what decides the answer is who calls. */
    const VALID_BODIES: Record<string, unknown> = {
      "POST /store/carts/:id/coupons": { code: "NO-SUCH-CODE" },
      "POST /store/carts/:id/loyalty-points": { points: 100 },
    }

    const call = (method: Route["method"], url: string, headers: Record<string, string>, body?: unknown) => {
      const config = { headers, validateStatus: () => true }
      if (method === "GET") return statusOf(api.get(url, config))
      if (method === "DELETE") return statusOf(api.delete(url, config))
      return statusOf(api.post(url, body ?? {}, config))
    }

    it("has an access row for every route the project adds, and no row for a route that is gone", () => {
      const keys = routes.map((r) => r.key)
      expect(keys.filter((key) => !(key in MATRIX))).toEqual([])
      expect(Object.keys(MATRIX).filter((key) => !keys.includes(key))).toEqual([])
    })

    it("lets in exactly who each route's row says, and never answers 5xx", async () => {
      const key = { "x-publishable-api-key": store.publishableKey }
      const as = {
        anonymous: key,
        customer: owner.headers.headers,
        other: other.headers.headers,
        admin: { ...key, ...admin.headers.headers },
      }
      const failures: string[] = []
      const expectStatus = (label: string, status: number, allowed: (s: number) => boolean, want: string) => {
        if (!allowed(status)) failures.push(`${label}: ${status}, expected ${want}`)
      }
      const passes = (s: number) => s !== 401 && s !== 403 && s < 500
      const refused = (s: number) => s === 401
      const deniedOrHidden = (s: number) => [401, 403, 404].includes(s)

      for (const route of routes) {
        const access = MATRIX[route.key]
        if (!access) continue
        const url = fill(route.path)
        const label = (who: string) => `${route.key} as ${who}`
        const body = VALID_BODIES[route.key]
        // Another customer first: the owner's call may delete the resource.
        const otherStatus =
          access.endsWith("owner") || access === "customer-cart" ? await call(route.method, url, as.other, body) : 0
        const status = {
          anonymous: await call(route.method, url, as.anonymous, body),
          customer: await call(route.method, url, as.customer, body),
          admin: await call(route.method, url, as.admin, body),
        }
        for (const [who, s] of Object.entries(status)) {
          if (s >= 500) failures.push(`${label(who)}: ${s}`)
        }
        if (access === "admin") {
          expectStatus(label("anonymous"), status.anonymous, refused, "401")
          expectStatus(label("customer"), status.customer, refused, "401")
          expectStatus(label("admin"), status.admin, passes, "not 401/403/5xx")
        } else if (access === "customer") {
          expectStatus(label("anonymous"), status.anonymous, refused, "401")
          expectStatus(label("customer"), status.customer, passes, "not 401/403/5xx")
          expectStatus(label("admin"), status.admin, refused, "401")
        } else if (access === "public") {
          expectStatus(label("anonymous"), status.anonymous, passes, "not 401/403/5xx")
          expectStatus(label("customer"), status.customer, passes, "not 401/403/5xx")
        } else {
          // Owner-scoped: the owner passes; another customer is refused or sees nothing.
          expectStatus(label("owner"), status.customer, passes, "not 401/403/5xx")
          expectStatus(label("another customer"), otherStatus, deniedOrHidden, "401/403/404")
          if (access === "customer-cart") {
            expectStatus(label("anonymous"), status.anonymous, refused, "401")
          } else if (access === "cart-owner") {
            expectStatus(label("anonymous holding the cart id"), status.anonymous, passes, "not 401/403/5xx")
          } else {
            expectStatus(label("anonymous on a customer's resource"), status.anonymous, deniedOrHidden, "401/403/404")
          }
          if (access === "cart-owner") {
            const guest = await call(route.method, fill(route.path, guestCart), as.anonymous, body)
            expectStatus(label("anonymous on a guest cart"), guest, passes, "not 401/403/5xx")
          }
        }
      }
      expect(failures).toEqual([])
    })

    describe("bad input", () => {
      const HUGE = "x".repeat(20_000)
      const INJECTION = "'; DROP TABLE product; --"
      const badBodies: [string, unknown][] = [
        ["an array", [1, 2, 3]],
        ["an unknown field", { unexpected_field_xyz: true }],
        ["wrong types", { id: { $gt: "" }, quantity: "many", points: "1e309", email: 42, threshold: [] }],
        ["a huge string", { unexpected_field_xyz: HUGE }],
        ["an injection string", { code: INJECTION, name: INJECTION, unexpected_field_xyz: INJECTION }],
        ["deep nesting", { a: { b: { c: { d: { e: { f: { g: { h: 1 } } } } } } } }],
        ["huge numbers", { points: 1e308, quantity: -1e308, threshold: Number.MAX_SAFE_INTEGER * 8 }],
      ]
      const badQueries = [
        "limit=-1",
        "limit=abc",
        "offset=1e309",
        "unexpected_param_xyz=1",
        `q=${encodeURIComponent(HUGE)}`,
        `q=${encodeURIComponent(INJECTION)}&unexpected_param_xyz=1`,
      ]

      /** Row counts and checksums of the tables our routes write (and Medusa's it touches). */
      async function fingerprint() {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await knex.raw(
          `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r'
              AND c.relname !~ '^(workflow_execution|search_|mikro_orm|link_module|script_migrations|audit_log_entry)'`
        )
        const out: Record<string, string> = {}
        for (const { name } of rows) {
          const [{ n, sum }] = (
            await knex.raw(
              `SELECT count(*)::text AS n, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS sum FROM "${name}" t`
            )
          ).rows
          out[name] = `${n}:${sum}`
        }
        return out
      }

      const headersFor = (route: Route) => {
        const access = MATRIX[route.key]
        const key = { "x-publishable-api-key": store.publishableKey }
        if (access === "admin") return { ...key, ...admin.headers.headers }
        if (access === "public") return key
        return owner.headers.headers
      }

      it("answers every malformed body and query with a 4xx and changes nothing", async () => {
        // Let the fixtures' own events settle before the first picture.
        await new Promise((resolve) => setTimeout(resolve, 3000))
        const before = await fingerprint()
        const failures: string[] = []
        for (const route of routes) {
          const url = fill(route.path)
          const headers = headersFor(route)
          const cases: [string, () => Promise<number>][] =
            route.method === "GET"
              ? badQueries.map((q) => [`?${q.slice(0, 40)}`, () => call("GET", `${url}?${q}`, headers)])
              : route.method === "POST"
                ? badBodies.map(([label, body]) => [label, () => call("POST", url, headers, body)])
                : [["an unknown query field", () => call("DELETE", `${url}?unexpected_param_xyz=1`, headers)]]
          for (const [label, send] of cases) {
            const status = await send()
            if (status < 400 || status >= 500) failures.push(`${route.key} with ${label}: ${status}`)
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 1000))
        const after = await fingerprint()
        const changed = Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table])
        expect({ failures, changed }).toEqual({ failures: [], changed: [] })
      })
    })
  },
})
