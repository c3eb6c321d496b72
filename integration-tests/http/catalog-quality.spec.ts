import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createAdminSession, type AdminSession } from "../helpers/admin"
import { afterEvent } from "../helpers/events"
import { seedTestStore, type TestStore } from "../helpers/store"
import { compareImpact } from "../../src/modules/catalog-quality/utils/score"

jest.setTimeout(240 * 1000)

const suffix = Math.random().toString(36).slice(2, 7)
const LONG_DESCRIPTION = "A sturdy everyday item, made to last for years."

type Def = {
  key: string
  title: string
  description?: string | null
  sku: string
  prices?: { currency_code: string; amount: number }[]
  manage_inventory?: boolean
}

/** Products with known defects; every other check passes for each. */
const DEFS: Def[] = [
  { key: "complete", title: "Handmade ceramic coffee mug", sku: `CQ-MUG-${suffix}` },
  { key: "no_description", title: "Organic cotton tote bag", description: null, sku: `CQ-TOTE-${suffix}` },
  { key: "dup_sku_a", title: "Walnut cutting board", sku: `CQ-DUP-${suffix}` },
  // Medusa's unique index is exact: the same SKU in other case and spacing gets in, and is the same SKU.
  { key: "dup_sku_b", title: "Stainless steel water bottle", sku: ` cq-dup-${suffix} ` },
  { key: "similar_a", title: "Linen summer shirt in white", sku: `CQ-SHIRT-A-${suffix}` },
  { key: "similar_b", title: "Linen summer shirts in white", sku: `CQ-SHIRT-B-${suffix}` },
  {
    key: "zero_price",
    title: "Bamboo toothbrush family set",
    sku: `CQ-ZERO-${suffix}`,
    prices: [
      { currency_code: "eur", amount: 0 },
      { currency_code: "usd", amount: 3 },
    ],
  },
  { key: "no_stock", title: "Leather card wallet", sku: `CQ-WALLET-${suffix}`, manage_inventory: true },
]

/**
 * Expected results with the test settings (seo_fields off, so the enabled
 * weights sum to 100 + 75 - 5 = 170): a product loses the weight of each
 * check it fails, score = round(100 * (170 - lost) / 170).
 */
const EXPECTED: Record<string, { score: number; checks: string[] }> = {
  complete: { score: 100, checks: [] },
  no_description: { score: 91, checks: ["description_length"] }, // 15 lost: 155/170
  dup_sku_a: { score: 91, checks: ["duplicate_sku"] }, // 15
  dup_sku_b: { score: 91, checks: ["duplicate_sku"] },
  similar_a: { score: 97, checks: ["near_duplicate_title"] }, // 5: 165/170
  similar_b: { score: 97, checks: ["near_duplicate_title"] },
  zero_price: { score: 91, checks: ["zero_price"] }, // 15
  no_stock: { score: 94, checks: ["no_stock"] }, // 10: 160/170
}

/** A strict little XML reader: well-formedness (one root, balanced tags, escaped text) and the elements' text. */
function parseXml(xml: string): { root: string; elements: { name: string; text: string }[] } {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/, "")
  if (body === xml) throw new Error("missing XML declaration")
  const stack: string[] = []
  const elements: { name: string; text: string }[] = []
  let root = ""
  const re = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<&]*")*)\s*(\/?)>|([^<]+)/gy
  let m: RegExpExecArray | null
  let consumed = 0
  while ((m = re.exec(body))) {
    consumed = re.lastIndex
    const [, close, name, , selfClose, text] = m
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`unescaped & in ${text}`)
      const decoded = text.replace(
        /&(amp|lt|gt|quot|apos);/g,
        (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e as string]!
      )
      if (stack.length) elements[elements.length - 1].text += decoded.trim()
      else if (text.trim()) throw new Error("text outside the root")
      continue
    }
    if (close) {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`)
      continue
    }
    if (!stack.length) {
      if (root) throw new Error("more than one root")
      root = name
    }
    elements.push({ name, text: "" })
    if (!selfClose) stack.push(name)
  }
  if (consumed !== body.length) throw new Error(`cannot parse at ${consumed}`)
  if (stack.length) throw new Error(`unclosed ${stack.join(", ")}`)
  return { root, elements }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: TestStore
    let admin: AdminSession
    const ids: Record<string, string> = {}
    const handles: Record<string, string> = {}
    let categoryId: string

    const productInput = (def: Def, status = ProductStatus.PUBLISHED) => {
      const handle = `cq-${def.key.replace(/_/g, "-")}-${suffix}`
      return {
        title: def.title,
        handle,
        description: def.description === undefined ? LONG_DESCRIPTION : def.description,
        status,
        weight: 400,
        length: 20,
        height: 10,
        width: 10,
        category_ids: [categoryId],
        images: [{ url: `https://images.example.com/${handle}.jpg` }],
        options: [{ title: "Size", values: ["One size"] }],
        variants: [
          {
            title: "One size",
            sku: def.sku,
            options: { Size: "One size" },
            manage_inventory: def.manage_inventory ?? false,
            prices: def.prices ?? [
              { currency_code: "eur", amount: 12 },
              { currency_code: "usd", amount: 14 },
            ],
          },
        ],
        sales_channels: [{ id: store.salesChannelId }],
      }
    }

    const quality = async (id: string) =>
      (await api.get(`/admin/products/${id}/quality`, admin.headers)).data.product_quality

    beforeAll(async () => {
      const container = getContainer()
      store = await seedTestStore(container, { products: 2 })
      admin = await createAdminSession(container, api)
      const [category] = await container.resolve(Modules.PRODUCT).listProductCategories({}, { take: 1 })
      categoryId = category.id
      await api.post(
        "/admin/catalog-quality/settings",
        {
          check_weights: { seo_fields: 0 },
          min_title_length: 10,
          min_description_length: 20,
          min_images: 1,
          title_similarity: 0.8,
        },
        admin.headers
      )
      const { result } = await createProductsWorkflow(container).run({
        input: { products: DEFS.map((d) => productInput(d)) },
      })
      result.forEach((p, i) => {
        ids[DEFS[i].key] = p.id
        handles[DEFS[i].key] = p.handle!
      })
      await api.post("/admin/catalog-quality/recompute", {}, admin.headers)
    })

    describe("scores and checks", () => {
      it("gives each seeded product its expected score and failed checks", async () => {
        const got: Record<string, { score: number; checks: string[] }> = {}
        for (const def of DEFS) {
          const q = await quality(ids[def.key])
          got[def.key] = { score: q.score, checks: q.failed_checks.map((f: any) => f.check).sort() }
        }
        expect(got).toEqual(EXPECTED)

        const dupA = await quality(ids.dup_sku_a)
        expect(dupA.failed_checks[0].related_product_ids).toEqual([ids.dup_sku_b])
        const similar = await quality(ids.similar_b)
        expect(similar.failed_checks[0].related_product_ids).toEqual([ids.similar_a])
        expect(similar.failed_checks[0].message).toMatch(
          /^Title nearly identical to "Linen summer shirt in white" \(\d+%\)$/
        )
        expect((await quality(ids.zero_price)).failed_checks[0].message).toBe(`Price of zero: CQ-ZERO-${suffix} (EUR)`)
        expect((await quality(ids.no_description)).failed_checks[0].message).toBe(
          "Description has 0 characters; at least 20 expected"
        )
      })

      it("stores the same scores, lists them by impact, filters and paginates", async () => {
        const { data } = await api.get("/admin/catalog-quality?limit=200", admin.headers)
        const byId = new Map(data.products.map((p: any) => [p.product_id, p]))
        for (const def of DEFS) {
          const row: any = byId.get(ids[def.key])
          expect({ key: def.key, score: row.score, checks: row.failed_checks.map((f: any) => f.check).sort() }).toEqual(
            {
              key: def.key,
              ...EXPECTED[def.key],
            }
          )
        }
        for (let i = 1; i < data.products.length; i++) {
          expect(compareImpact(data.products[i - 1], data.products[i])).toBeLessThanOrEqual(0)
        }
        expect(data.distribution).toHaveLength(10)
        expect(data.distribution.reduce((n: number, b: any) => n + b.count, 0)).toBe(data.summary.products)
        expect(data.count).toBe(data.summary.products)

        const dup = await api.get("/admin/catalog-quality?check=duplicate_sku", admin.headers)
        expect(dup.data.products.map((p: any) => p.product_id).sort()).toEqual([ids.dup_sku_a, ids.dup_sku_b].sort())

        const range = await api.get("/admin/catalog-quality?min_score=94&max_score=97", admin.headers)
        expect(range.data.products.every((p: any) => p.score >= 94 && p.score <= 97)).toBe(true)
        expect(range.data.products.map((p: any) => p.product_id)).toEqual(
          expect.arrayContaining([ids.similar_a, ids.similar_b, ids.no_stock])
        )

        const page1 = await api.get("/admin/catalog-quality?limit=2&offset=0", admin.headers)
        const page2 = await api.get("/admin/catalog-quality?limit=2&offset=2", admin.headers)
        expect(page1.data.products).toHaveLength(2)
        expect(page1.data.count).toBe(data.count)
        expect(page2.data.products[0].product_id).toBe(data.products[2].product_id)

        for (const bad of ["min_score=80&max_score=20", "check=nope", "status=live", "limit=0"]) {
          const res = await api.get(`/admin/catalog-quality?${bad}`, { ...admin.headers, validateStatus: () => true })
          expect([bad, res.status]).toEqual([bad, 400])
        }
      })

      it("exports the fix list as CSV", async () => {
        const res = await api.get("/admin/catalog-quality/export?check=zero_price", admin.headers)
        expect(res.headers["content-type"]).toMatch(/text\/csv/)
        const lines = String(res.data).trim().split("\n")
        expect(lines[0]).toBe("product_id,title,handle,status,units_sold,score,failed_checks,to_fix")
        expect(lines).toHaveLength(2)
        expect(lines[1]).toBe(
          `${ids.zero_price},Bamboo toothbrush family set,${handles.zero_price},published,0,91,zero_price,Price of zero: CQ-ZERO-${suffix} (EUR)`
        )
      })

      it("recomputes idempotently", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const snapshot = async () =>
          (
            await knex.raw(
              `SELECT product_id, score, failed_checks FROM product_quality_score WHERE deleted_at IS NULL ORDER BY product_id`
            )
          ).rows
        const before = await snapshot()
        const first = await api.post("/admin/catalog-quality/recompute", {}, admin.headers)
        await api.post("/admin/catalog-quality/recompute", { product_ids: [ids.dup_sku_a] }, admin.headers)
        await api.post("/admin/catalog-quality/recompute", {}, admin.headers)
        expect(first.data.recompute.recomputed).toBe(before.length)
        expect(await snapshot()).toEqual(before)
      })

      it("rescores a product and the duplicate it no longer shares a SKU with when a variant changes (subscriber)", async () => {
        const { data } = await api.get(`/admin/products/${ids.dup_sku_b}?fields=variants.id`, admin.headers)
        await afterEvent(getContainer(), "product-variant.updated", () =>
          api.post(
            `/admin/products/${ids.dup_sku_b}/variants/${data.product.variants[0].id}`,
            { sku: `CQ-UNIQUE-${suffix}` },
            admin.headers
          )
        )
        const list = await api.get("/admin/catalog-quality?limit=200", admin.headers)
        const stored = new Map(list.data.products.map((p: any) => [p.product_id, p.score]))
        expect([stored.get(ids.dup_sku_a), stored.get(ids.dup_sku_b)]).toEqual([100, 100])
      })

      it("rescores on stock changes only when the product flips between selling and selling nowhere (subscriber)", async () => {
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const computedAt = async () =>
          (await knex.raw(`SELECT computed_at FROM product_quality_score WHERE product_id = ?`, [ids.no_stock])).rows[0]
            .computed_at as Date
        const checks = async () => (await quality(ids.no_stock)).failed_checks.map((f: any) => f.check)
        const { data } = await api.get(
          `/admin/products/${ids.no_stock}?fields=variants.inventory_items.inventory_item_id`,
          admin.headers
        )
        const itemId = data.product.variants[0].inventory_items[0].inventory_item_id
        const locationId = Object.values(store.locations)[0].id
        expect(await checks()).toEqual(["no_stock"])

        await afterEvent(getContainer(), "inventory.inventory-level.created", () =>
          api.post(
            `/admin/inventory-items/${itemId}/location-levels`,
            { location_id: locationId, stocked_quantity: 5 },
            admin.headers
          )
        )
        expect(await checks()).toEqual([])
        const stocked = await computedAt()

        // Still selling after a stock change: nothing to rescore.
        await afterEvent(getContainer(), "inventory.inventory-level.updated", () =>
          api.post(
            `/admin/inventory-items/${itemId}/location-levels/${locationId}`,
            { stocked_quantity: 3 },
            admin.headers
          )
        )
        expect(await computedAt()).toEqual(stocked)

        await afterEvent(getContainer(), "inventory.inventory-level.updated", () =>
          api.post(
            `/admin/inventory-items/${itemId}/location-levels/${locationId}`,
            { stocked_quantity: 0 },
            admin.headers
          )
        )
        expect(await checks()).toEqual(["no_stock"])
      })
    })

    describe("SEO fields", () => {
      it("stores them with length guidance and validates them", async () => {
        const url = `/admin/products/${ids.complete}/seo`
        const empty = await api.get(url, admin.headers)
        expect(empty.data.product_seo).toMatchObject({ meta_title: null, noindex: false })
        expect(empty.data.product_seo.guidance.meta_title).toEqual({ length: 0, max: 60, status: "empty" })

        const long = "A".repeat(61)
        const { data } = await api.post(
          url,
          {
            meta_title: long,
            meta_description: "Hand-thrown stoneware mug.",
            canonical_handle: `ceramic-mug-${suffix}`,
          },
          admin.headers
        )
        expect(data.product_seo).toMatchObject({
          meta_title: long,
          canonical_handle: `ceramic-mug-${suffix}`,
          noindex: false,
        })
        expect(data.product_seo.guidance.meta_title).toEqual({ length: 61, max: 60, status: "too_long" })
        expect(data.product_seo.guidance.meta_description.status).toBe("ok")
        expect((await api.get(url, admin.headers)).data.product_seo.meta_title).toBe(long)

        const no = { ...admin.headers, validateStatus: () => true }
        expect((await api.post(url, { canonical_handle: "Not A Handle!" }, no)).status).toBe(400)
        expect((await api.post(url, { meta_title: "x".repeat(301) }, no)).status).toBe(400)
        expect((await api.post(url, {}, no)).status).toBe(400)
        const taken = await api.post(url, { canonical_handle: handles.no_stock }, no)
        expect(taken.status).toBe(409)
        expect((await api.post(`/admin/products/prod_missing/seo`, { noindex: true }, no)).status).toBe(404)
      })
    })

    describe("store JSON-LD", () => {
      it("returns a schema.org Product with offers in the region's currency", async () => {
        const { data } = await api.get(
          `/store/products/${ids.complete}/json-ld?region_id=${store.regions.eu.id}`,
          store.storeHeaders
        )
        expect(data).toMatchObject({
          "@context": "https://schema.org",
          "@type": "Product",
          name: "Handmade ceramic coffee mug",
          description: LONG_DESCRIPTION,
          image: [`https://images.example.com/${handles.complete}.jpg`],
          sku: `CQ-MUG-${suffix}`,
        })
        expect(data.offers).toEqual([
          expect.objectContaining({
            "@type": "Offer",
            price: "12",
            priceCurrency: "EUR",
            availability: "https://schema.org/InStock",
            sku: `CQ-MUG-${suffix}`,
          }),
        ])
        expect(data.brand).toBeUndefined()

        const byHandle = await api.get(
          `/store/products/${handles.no_stock}/json-ld?currency_code=USD`,
          store.storeHeaders
        )
        expect(byHandle.data.offers).toEqual([
          expect.objectContaining({ price: "14", priceCurrency: "USD", availability: "https://schema.org/OutOfStock" }),
        ])
      })

      it("refuses bad input, a missing key, and products the storefront cannot show", async () => {
        const no = { ...store.storeHeaders, validateStatus: () => true }
        const url = `/store/products/${ids.complete}/json-ld`
        expect((await api.get(url, no)).status).toBe(400)
        expect((await api.get(`${url}?currency_code=euro`, no)).status).toBe(400)
        expect((await api.get(`${url}?currency_code=eur&region_id=${store.regions.eu.id}`, no)).status).toBe(400)
        expect((await api.get(`${url}?currency_code=eur`, { validateStatus: () => true })).status).toBe(400)
        expect((await api.get(`/store/products/prod_missing/json-ld?currency_code=eur`, no)).status).toBe(404)
        expect((await api.get(`${url}?region_id=reg_missing`, no)).status).toBe(404)
      })
    })

    describe("sitemap", () => {
      const urlsOf = (xml: string) =>
        parseXml(xml)
          .elements.filter((e) => e.name === "loc")
          .map((e) => e.text)

      it("lists the channel's published, indexable products, categories and collections as well-formed XML", async () => {
        await api.post("/admin/catalog-quality/settings", { store_url: "https://shop.example.com/" }, admin.headers)
        await api.post(`/admin/products/${ids.no_stock}/seo`, { noindex: true }, admin.headers)
        const res = await api.get(`/sitemap.xml?key=${store.publishableKey}`)
        expect(res.headers["content-type"]).toMatch(/application\/xml/)
        const xml = parseXml(res.data)
        expect(xml.root).toBe("urlset")
        const urls = urlsOf(res.data)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: products } = await query.graph({
          entity: "product",
          fields: [
            "handle",
            "status",
            "collection.handle",
            "categories.handle",
            "categories.is_active",
            "categories.is_internal",
            "sales_channels.id",
          ],
          filters: { status: "published" },
        })
        const listed = products.filter(
          (p: any) => p.handle !== handles.no_stock && p.sales_channels.some((c: any) => c?.id === store.salesChannelId)
        )
        const expected = [
          ...listed.map((p: any) => `https://shop.example.com/products/${p.handle}`),
          ...new Set(
            listed.flatMap((p: any) =>
              p.categories
                .filter((c: any) => c.is_active && !c.is_internal)
                .map((c: any) => `https://shop.example.com/categories/${c.handle}`)
            )
          ),
          ...new Set(
            listed
              .filter((p: any) => p.collection)
              .map((p: any) => `https://shop.example.com/collections/${p.collection.handle}`)
          ),
        ]
        expect([...urls].sort()).toEqual([...expected].sort())
        expect(urls).not.toContain(`https://shop.example.com/products/${handles.no_stock}`)
        expect(urls).toContain(`https://shop.example.com/products/${handles.complete}`)
        expect(urls.length).toBeLessThanOrEqual(50_000)
      })

      it("splits into an index of pages past sitemap_page_size", async () => {
        await api.post(
          "/admin/catalog-quality/settings",
          { store_url: "https://shop.example.com", sitemap_page_size: 3 },
          admin.headers
        )
        const all = await api.get(`/sitemap.xml?key=${store.publishableKey}&page=1`)
        const index = await api.get(`/sitemap.xml?key=${store.publishableKey}`)
        const parsed = parseXml(index.data)
        expect(parsed.root).toBe("sitemapindex")
        const pages = urlsOf(index.data)
        const total = { urls: 0 }
        for (const [i, loc] of pages.entries()) {
          const u = new URL(loc)
          expect(u.pathname).toBe("/sitemap.xml")
          expect(u.searchParams.get("key")).toBe(store.publishableKey)
          expect(u.searchParams.get("page")).toBe(String(i + 1))
          const page = await api.get(`/sitemap.xml${u.search}`)
          expect(parseXml(page.data).root).toBe("urlset")
          const count = urlsOf(page.data).length
          expect(count).toBeLessThanOrEqual(3)
          if (i < pages.length - 1) expect(count).toBe(3)
          total.urls += count
        }
        expect(urlsOf(all.data)).toHaveLength(3)
        expect(pages.length).toBe(Math.ceil(total.urls / 3))
        expect(total.urls).toBeGreaterThan(3)
        const beyond = await api.get(`/sitemap.xml?key=${store.publishableKey}&page=${pages.length + 1}`, {
          validateStatus: () => true,
        })
        expect(beyond.status).toBe(404)
      })

      it("refuses a missing, malformed or unknown key", async () => {
        const no = { validateStatus: () => true }
        expect((await api.get("/sitemap.xml", no)).status).toBe(400)
        expect((await api.get("/sitemap.xml?key=", no)).status).toBe(400)
        expect((await api.get(`/sitemap.xml?key=${store.publishableKey}&page=0`, no)).status).toBe(400)
        expect((await api.get(`/sitemap.xml?key=${store.publishableKey}&extra=1`, no)).status).toBe(400)
        expect((await api.get("/sitemap.xml?key=pk_not_a_real_key", no)).status).toBe(401)
      })
    })

    describe("publish gate", () => {
      const gateOn = () =>
        api.post(
          "/admin/catalog-quality/settings",
          { publish_gate_enabled: true, publish_gate_min_score: 95 },
          admin.headers
        )

      it("refuses to create a published product below the minimum, listing what is missing; nothing is left behind", async () => {
        await gateOn()
        const def = { key: "gated_create", title: "Gated ceramic bowl", description: null, sku: `CQ-GATE-C-${suffix}` }
        // The admin route takes categories as objects.
        const { category_ids, ...input } = productInput(def)
        const body = { ...input, categories: category_ids.map((id) => ({ id })) }
        const res = await api.post("/admin/products", body, { ...admin.headers, validateStatus: () => true })
        expect(res.status).toBe(400)
        expect(res.data.message).toContain('"Gated ceramic bowl" scores 91 (minimum 95)')
        expect(res.data.message).toContain("Description has 0 characters; at least 20 expected")
        const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const { rows } = await knex.raw(`SELECT id FROM product WHERE handle = ? AND deleted_at IS NULL`, [body.handle])
        expect(rows).toEqual([])
      })

      it("refuses to publish a draft below the minimum and leaves it a draft; publishes it with the gate off", async () => {
        const container = getContainer()
        const def = {
          key: "gated_update",
          title: "Gated linen napkins",
          description: "Too short",
          sku: `CQ-GATE-U-${suffix}`,
        }
        const { result } = await createProductsWorkflow(container).run({
          input: { products: [productInput(def, ProductStatus.DRAFT)] },
        })
        const id = result[0].id
        await gateOn()
        const refused = await api.post(
          `/admin/products/${id}`,
          { status: "published" },
          { ...admin.headers, validateStatus: () => true }
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("Description has 9 characters; at least 20 expected")
        const after = await api.get(`/admin/products/${id}?fields=status`, admin.headers)
        expect(after.data.product.status).toBe("draft")

        // A product that scores enough passes the gate.
        const fine = await api.post(
          `/admin/products/${id}`,
          { status: "published", description: LONG_DESCRIPTION },
          admin.headers
        )
        expect(fine.data.product.status).toBe("published")

        await api.post(`/admin/products/${id}`, { status: "draft", description: "Too short" }, admin.headers)
        await api.post("/admin/catalog-quality/recompute", { product_ids: [id] }, admin.headers)
        await api.post("/admin/catalog-quality/settings", { publish_gate_enabled: false }, admin.headers)
        const off = await api.post(`/admin/products/${id}`, { status: "published" }, admin.headers)
        expect(off.data.product.status).toBe("published")
      })
    })

    describe("authorisation", () => {
      it("refuses anonymous callers on the admin routes", async () => {
        const no = { validateStatus: () => true }
        for (const [method, url] of [
          ["get", "/admin/catalog-quality"],
          ["get", "/admin/catalog-quality/export"],
          ["post", "/admin/catalog-quality/recompute"],
          ["get", "/admin/catalog-quality/settings"],
          ["post", "/admin/catalog-quality/settings"],
          ["get", `/admin/products/${ids.complete}/quality`],
          ["get", `/admin/products/${ids.complete}/seo`],
          ["post", `/admin/products/${ids.complete}/seo`],
        ] as const) {
          const res = method === "get" ? await api.get(url, no) : await api.post(url, {}, no)
          expect([method, url, res.status]).toEqual([method, url, 401])
        }
      })
    })
  },
})
