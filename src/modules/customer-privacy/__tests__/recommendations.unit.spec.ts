import { rankRecommendations, WEIGHTS } from "../utils/recommendations"
import { regexLiteral } from "../utils/text"

const base = {
  purchased_product_ids: ["bought"],
  viewed_product_ids: ["viewed"],
  categories_by_product: {
    bought: ["shoes"],
    viewed: ["hats"],
    shoe2: ["shoes"],
    hat2: ["hats"],
    both: ["shoes", "hats"],
    hidden: ["shoes"],
  },
  co_purchases: [
    { product_id: "bought", other_product_id: "paired", orders_count: 2 },
    { product_id: "bought", other_product_id: "bought", orders_count: 9 },
    { product_id: "stranger", other_product_id: "unrelated", orders_count: 50 },
  ],
  available_product_ids: ["bought", "viewed", "shoe2", "hat2", "both", "paired", "unrelated"],
}

describe("rankRecommendations", () => {
  it("ranks by co-purchase and category weights, excluding bought and unavailable products", () => {
    const out = rankRecommendations(base, 10)
    const scores = Object.fromEntries(out.map((r) => [r.product_id, r.score]))
    expect(scores).toEqual({
      paired: 2 * WEIGHTS.co_purchase,
      both: WEIGHTS.purchased_category + WEIGHTS.viewed_category,
      shoe2: WEIGHTS.purchased_category,
      hat2: WEIGHTS.viewed_category,
      // the viewed product itself may be recommended again through its own category
      viewed: WEIGHTS.viewed_category,
    })
    expect(out.map((r) => r.product_id)).not.toContain("bought")
    expect(out.map((r) => r.product_id)).not.toContain("hidden")
    expect(out.map((r) => r.product_id)).not.toContain("unrelated")
    expect(out[0]).toEqual({ product_id: "paired", score: 6, reasons: ["co_purchase"] })
  })

  it("caps co-purchase counts and respects the limit", () => {
    const out = rankRecommendations(
      { ...base, co_purchases: [{ product_id: "viewed", other_product_id: "paired", orders_count: 1000 }] },
      1
    )
    expect(out).toEqual([{ product_id: "paired", score: WEIGHTS.co_purchase * WEIGHTS.co_purchase_cap, reasons: ["co_purchase"] }])
  })

  it("returns nothing without signals", () => {
    expect(
      rankRecommendations(
        { purchased_product_ids: [], viewed_product_ids: [], categories_by_product: {}, co_purchases: [], available_product_ids: ["a"] },
        5
      )
    ).toEqual([])
  })
})

describe("regexLiteral", () => {
  it("escapes regular expression syntax", () => {
    const value = "a.b+c@x(y)[z]{1}|^$\\?*"
    expect(new RegExp(`^${regexLiteral(value)}$`).test(value)).toBe(true)
    expect(new RegExp(regexLiteral("a.b")).test("axb")).toBe(false)
  })
})
