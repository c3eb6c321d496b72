import { buildDemoCatalog, DEMO_CATEGORIES, DEMO_COLLECTIONS, DEMO_CURRENCIES } from "../catalog"

describe("demo catalog", () => {
  const catalog = buildDemoCatalog(48)
  const variants = catalog.flatMap((p) => p.variants)

  it("has the requested number of products, at least 40 by default size", () => {
    expect(catalog).toHaveLength(48)
    expect(buildDemoCatalog(40)).toHaveLength(40)
  })

  it("uses unique handles and SKUs", () => {
    expect(new Set(catalog.map((p) => p.handle)).size).toEqual(catalog.length)
    expect(new Set(variants.map((v) => v.sku)).size).toEqual(variants.length)
  })

  it("prices every variant in both store currencies", () => {
    for (const variant of variants) {
      expect(variant.prices.map((p) => p.currency_code).sort()).toEqual([...DEMO_CURRENCIES].sort())
      for (const price of variant.prices) expect(price.amount).toBeGreaterThan(0)
    }
  })

  it("gives every variant a value for each of its product's options", () => {
    for (const product of catalog) {
      const titles = product.options.map((o) => o.title).sort()
      const combos = new Set<string>()
      for (const variant of product.variants) {
        expect(Object.keys(variant.options).sort()).toEqual(titles)
        for (const option of product.options) expect(option.values).toContain(variant.options[option.title])
        combos.add(JSON.stringify(variant.options))
      }
      expect(combos.size).toEqual(product.variants.length)
    }
  })

  it("stocks both locations and keeps some items low", () => {
    for (const variant of variants) expect(Object.keys(variant.stock).sort()).toEqual(["eu", "us"])
    const low = variants.filter((v) => v.low_stock)
    expect(low.length).toBeGreaterThan(0)
    expect(low.length).toBeLessThan(variants.length / 4)
    for (const variant of low) expect(variant.stock.eu).toBeLessThan(5)
  })

  it("references only known categories and collections and has images", () => {
    const categories = new Set(DEMO_CATEGORIES.map((c) => c.handle))
    const collections = new Set(DEMO_COLLECTIONS.map((c) => c.handle))
    for (const product of catalog) {
      expect(categories.has(product.category)).toBe(true)
      expect(collections.has(product.collection)).toBe(true)
      expect(product.images.length).toBeGreaterThan(0)
    }
  })

  it("is deterministic for a seed and differs between seeds", () => {
    expect(buildDemoCatalog(10, 7)).toEqual(buildDemoCatalog(10, 7))
    expect(buildDemoCatalog(10, 7)).not.toEqual(buildDemoCatalog(10, 8))
  })
})
