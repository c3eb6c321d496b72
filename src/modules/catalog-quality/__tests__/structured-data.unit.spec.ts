import { publishGateMessage } from "../utils/score"
import { seoGuidance } from "../utils/seo"
import { availabilityOf, joinUrl, productJsonLd, sitemapIndexXml, sitemapPlan, urlsetXml, xmlEscape } from "../utils/structured-data"

describe("JSON-LD", () => {
  it("builds a Product with one Offer per priced variant", () => {
    const ld = productJsonLd({
      url: "https://shop.example.com/products/mug",
      name: "Mug",
      description: null,
      images: ["https://img/1.jpg"],
      brand: "Acme",
      variants: [
        { sku: "M-1", title: "Blue", amount: 12.5, currency_code: "eur", availability: "in_stock" },
        { sku: "M-2", title: "Red", amount: null, currency_code: null, availability: "in_stock" },
        { sku: null, title: "Green", amount: "3", currency_code: "eur", availability: "backorder" },
      ],
    })
    expect(ld).toEqual({
      "@context": "https://schema.org",
      "@type": "Product",
      "@id": "https://shop.example.com/products/mug",
      url: "https://shop.example.com/products/mug",
      name: "Mug",
      image: ["https://img/1.jpg"],
      sku: "M-1",
      brand: { "@type": "Brand", name: "Acme" },
      offers: [
        { "@type": "Offer", url: ld.url, sku: "M-1", name: "Blue", price: "12.5", priceCurrency: "EUR", availability: "https://schema.org/InStock" },
        { "@type": "Offer", url: ld.url, name: "Green", price: "3", priceCurrency: "EUR", availability: "https://schema.org/BackOrder" },
      ],
    })
  })

  it("derives availability from inventory flags and the available quantity", () => {
    expect(availabilityOf({ manage_inventory: false }, 0)).toBe("in_stock")
    expect(availabilityOf({ manage_inventory: true }, 2)).toBe("in_stock")
    expect(availabilityOf({ manage_inventory: true, allow_backorder: true }, 0)).toBe("backorder")
    expect(availabilityOf({ manage_inventory: true }, null)).toBe("out_of_stock")
  })

  it("joins base URLs and paths with one slash", () => {
    expect(joinUrl("https://a.example/", "/products/x")).toBe("https://a.example/products/x")
  })
})

describe("sitemaps", () => {
  it("escapes XML and writes a urlset and an index", () => {
    expect(xmlEscape(`a&b<"c'>`)).toBe("a&amp;b&lt;&quot;c&apos;&gt;")
    const xml = urlsetXml([{ loc: "https://s/p?a=1&b=2", lastmod: new Date("2026-01-02T03:04:05Z") }])
    expect(xml).toContain("<loc>https://s/p?a=1&amp;b=2</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod>")
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true)
    expect(sitemapIndexXml(["https://b/sitemap.xml?key=k&page=1"])).toContain("<sitemap><loc>https://b/sitemap.xml?key=k&amp;page=1</loc></sitemap>")
  })

  it("serves one page when everything fits, else an index; pages are bounded", () => {
    expect(sitemapPlan(3, 3, undefined)).toEqual({ kind: "urlset", from: 0, to: 3 })
    expect(sitemapPlan(0, 3, undefined)).toEqual({ kind: "urlset", from: 0, to: 0 })
    expect(sitemapPlan(7, 3, undefined)).toEqual({ kind: "index", pages: 3 })
    expect(sitemapPlan(7, 3, 3)).toEqual({ kind: "urlset", from: 6, to: 7 })
    expect(sitemapPlan(7, 3, 4)).toBeNull()
    expect(sitemapPlan(7, 3, 0)).toBeNull()
    // Never more than the protocol's 50,000 URLs per page, whatever the setting.
    expect(sitemapPlan(120_000, 1_000_000, undefined)).toEqual({ kind: "index", pages: 3 })
  })
})

describe("SEO guidance and the publish gate message", () => {
  it("measures the fields against 60 / 160 characters", () => {
    const g = seoGuidance({ meta_title: "x".repeat(61), meta_description: " ok ", canonical_handle: null }, { title: "T", handle: "t" })
    expect(g.meta_title).toEqual({ length: 61, max: 60, status: "too_long" })
    expect(g.meta_description).toEqual({ length: 2, max: 160, status: "ok" })
    expect(g.effective).toEqual({ title: "x".repeat(61), handle: "t" })
    expect(seoGuidance(null, { title: "T", handle: "t" }).meta_title.status).toBe("empty")
  })

  it("lists what each refused product misses, and nothing when all pass", () => {
    const failed = [
      { check: "description_length", weight: 15, message: "Description has 0 characters; at least 20 expected", fix: "" },
      { check: "images", weight: 10, message: "0 image(s); at least 1 expected", fix: "" },
    ]
    expect(
      publishGateMessage(
        [
          { product_id: "p1", title: "Bowl", score: 40, failed_checks: failed },
          { product_id: "p2", title: null, score: 90, failed_checks: [] },
        ],
        60
      )
    ).toBe(
      'Cannot publish: "Bowl" scores 40 (minimum 60). Missing: Description has 0 characters; at least 20 expected; 0 image(s); at least 1 expected'
    )
    expect(publishGateMessage([{ product_id: "p2", title: null, score: 60, failed_checks: [] }], 60)).toBe("")
  })
})
