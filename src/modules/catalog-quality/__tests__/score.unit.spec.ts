import type { ProductFacts } from "../types"
import { CHECK_IDS, compareImpact, completenessFailures, findPlaceholders, scoreDistribution, scoreOf, scoreProduct } from "../utils/score"
import { consistencyFailures, emptyConsistencyRows, productsInvolved } from "../utils/consistency"

const settings = {
  check_weights: {},
  min_title_length: 10,
  min_description_length: 20,
  min_images: 2,
  placeholder_words: ["lorem ipsum", "tbd"],
}

const complete = (): ProductFacts => ({
  id: "prod_1",
  title: "Merino wool sweater",
  description: "A warm sweater knitted from fine merino wool.",
  status: "published",
  image_count: 2,
  category_count: 1,
  weight: 400,
  length: 30,
  height: 5,
  width: 25,
  variants: [
    { id: "v1", title: "S", sku: "SW-S", price_currencies: ["eur", "usd"], weight: null, length: null, height: null, width: null },
  ],
  seo: { meta_title: "Merino sweater", meta_description: "Warm merino sweater" },
})

describe("completeness score", () => {
  it("gives a complete product 100 and no failures", () => {
    expect(scoreProduct(complete(), ["eur", "usd"], settings)).toEqual({ score: 100, failed: [] })
  })

  it("reports each defect with its weight and computes the score from the weights", () => {
    const p = complete()
    p.title = "Sweater" // 7 < 10
    p.image_count = 1
    p.variants[0].sku = null
    p.variants[0].price_currencies = ["eur"]
    const { score, failed } = scoreProduct(p, ["eur", "usd"], settings)
    expect(failed.map((f) => f.check).sort()).toEqual(["images", "title_length", "variant_prices", "variant_skus"])
    expect(failed.find((f) => f.check === "variant_prices")!.message).toContain("USD")
    // all default weights sum to 100 + 75 = 175; lost 10 + 10 + 15 + 15 = 50
    const total = 175
    expect(score).toBe(Math.round((100 * (total - 50)) / total))
  })

  it("accepts variant-level shipping data when the product has none, and flags a variant without", () => {
    const p = complete()
    p.weight = null
    expect(completenessFailures(p, ["eur"], settings).map((f) => f.check)).toEqual(["shipping_data"])
    p.variants[0] = { ...p.variants[0], weight: 1, length: 1, height: 1, width: 1 }
    expect(completenessFailures(p, ["eur"], settings)).toEqual([])
  })

  it("finds placeholder words only as whole words", () => {
    expect(findPlaceholders(["Lorem Ipsum dolor"], ["lorem ipsum"])).toEqual(["lorem ipsum"])
    expect(findPlaceholders(["outbdoor"], ["tbd"])).toEqual([])
    expect(findPlaceholders(["price TBD."], ["tbd"])).toEqual(["tbd"])
  })

  it("disables a check with weight 0 and scores 100 when every check is off", () => {
    const p = complete()
    p.category_count = 0
    const off = { ...settings, check_weights: { categories: 0 } }
    expect(scoreProduct(p, ["eur"], off).failed).toEqual([])
    expect(scoreOf([], Object.fromEntries(CHECK_IDS.map((c) => [c, 0])))).toBe(100)
  })

  it("counts a check once however many failures it has", () => {
    const f = { check: "images", weight: 10, message: "", fix: "" }
    expect(scoreOf([f, f])).toBe(scoreOf([f]))
  })
})

describe("consistency checks", () => {
  it("groups duplicates per product with the other products involved", () => {
    const rows = emptyConsistencyRows()
    rows.duplicate_skus.push({ value: "abc", product_ids: ["p1", "p2"] })
    rows.similar_titles.push({ product_id: "p1", other_id: "p3", other_title: "Blue shirt", similarity: 0.91 })
    rows.zero_prices.push({ product_id: "p2", variant: "M", currency_code: "eur" }, { product_id: "p2", variant: "L", currency_code: "eur" })
    rows.no_stock.push({ product_id: "p4" })
    const out = consistencyFailures(rows)
    expect(out.get("p1")!.map((f) => f.check)).toEqual(["duplicate_sku", "near_duplicate_title"])
    expect(out.get("p1")![0].related_product_ids).toEqual(["p2"])
    expect(out.get("p2")!.find((f) => f.check === "zero_price")!.message).toBe("Price of zero: M (EUR), L (EUR)")
    expect(out.get("p4")![0].check).toBe("no_stock")
    expect(productsInvolved(rows).sort()).toEqual(["p1", "p2", "p3", "p4"])
  })
})

describe("fix list and distribution", () => {
  it("orders published and selling first, then the lowest score", () => {
    const rows = [
      { id: "draft", status: "draft", units_sold: 9, score: 10 },
      { id: "pub-low", status: "published", units_sold: 0, score: 20 },
      { id: "pub-selling", status: "published", units_sold: 5, score: 90 },
      { id: "pub-lower", status: "published", units_sold: 0, score: 5 },
    ]
    expect(rows.sort(compareImpact).map((r) => r.id)).toEqual(["pub-selling", "pub-lower", "pub-low", "draft"])
  })
  it("buckets scores by ten with 100 in the last bucket", () => {
    const d = scoreDistribution([0, 9, 10, 99, 100])
    expect(d[0].count).toBe(2)
    expect(d[1].count).toBe(1)
    expect(d[9]).toEqual({ from: 90, to: 100, count: 2 })
  })
})
