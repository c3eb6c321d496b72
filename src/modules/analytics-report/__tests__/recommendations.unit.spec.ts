import {
  candidatePoolSize,
  isRecommendable,
  pickRecommendations,
  rankCoPurchases,
  variantAvailability,
  type CandidateProduct,
  type CandidateVariant,
} from "../utils/recommendations"

const stocked = (levels: [string, number][], required = 1): CandidateVariant => ({
  manage_inventory: true,
  allow_backorder: false,
  inventory_items: [
    {
      required_quantity: required,
      inventory: {
        location_levels: levels.map(([location_id, available_quantity]) => ({ location_id, available_quantity })),
      },
    },
  ],
})

const product = (
  id: string,
  variants: CandidateVariant[],
  extra: Partial<CandidateProduct> = {}
): CandidateProduct => ({
  id,
  status: "published",
  sales_channel_ids: ["sc_web"],
  variants,
  ...extra,
})

const scope = { salesChannelIds: new Set(["sc_web"]), locationIds: new Set(["loc_eu"]) }

describe("rankCoPurchases", () => {
  it("most orders together first, stable ties, never the product itself or empty pairs", () => {
    expect(
      rankCoPurchases(
        [
          { other_product_id: "p_c", orders_count: 2 },
          { other_product_id: "p_a", orders_count: 5 },
          { other_product_id: "p_self", orders_count: 9 },
          { other_product_id: "p_b", orders_count: 2 },
          { other_product_id: "p_z", orders_count: 0 },
        ],
        "p_self"
      ).map((r) => r.other_product_id)
    ).toEqual(["p_a", "p_b", "p_c"])
  })

  it("reads enough candidates to fill the limit", () => {
    expect(candidatePoolSize(1)).toEqual(30)
    expect(candidatePoolSize(20)).toEqual(100)
    expect(candidatePoolSize(100)).toEqual(200)
  })
})

describe("variantAvailability", () => {
  it("sums only the sales channel's locations and divides by the required quantity", () => {
    expect(
      variantAvailability(
        stocked([
          ["loc_eu", 5],
          ["loc_us", 100],
        ]),
        scope.locationIds
      )
    ).toEqual(5)
    expect(variantAvailability(stocked([["loc_eu", 5]], 2), scope.locationIds)).toEqual(2)
    expect(variantAvailability(stocked([["loc_us", 100]]), scope.locationIds)).toEqual(0)
  })

  it("a kit is as available as its scarcest item", () => {
    const kit: CandidateVariant = {
      manage_inventory: true,
      allow_backorder: false,
      inventory_items: [
        { required_quantity: 1, inventory: { location_levels: [{ location_id: "loc_eu", available_quantity: 9 }] } },
        { required_quantity: 3, inventory: { location_levels: [{ location_id: "loc_eu", available_quantity: 7 }] } },
      ],
    }
    expect(variantAvailability(kit, scope.locationIds)).toEqual(2)
  })

  it("untracked or backorderable variants are always available", () => {
    expect(variantAvailability({ manage_inventory: false, allow_backorder: false }, scope.locationIds)).toEqual(
      Infinity
    )
    expect(variantAvailability({ ...stocked([["loc_eu", 0]]), allow_backorder: true }, scope.locationIds)).toEqual(
      Infinity
    )
  })
})

describe("isRecommendable / pickRecommendations", () => {
  it("excludes unpublished, other channels' and out-of-stock products", () => {
    expect(isRecommendable(product("p", [stocked([["loc_eu", 1]])]), scope)).toBe(true)
    expect(isRecommendable(product("p", [stocked([["loc_eu", 1]])], { status: "draft" }), scope)).toBe(false)
    expect(isRecommendable(product("p", [stocked([["loc_eu", 1]])], { sales_channel_ids: ["sc_pos"] }), scope)).toBe(
      false
    )
    expect(isRecommendable(product("p", [stocked([["loc_eu", 0]]), stocked([["loc_us", 5]])]), scope)).toBe(false)
    // One sellable variant is enough.
    expect(isRecommendable(product("p", [stocked([["loc_eu", 0]]), stocked([["loc_eu", 2]])]), scope)).toBe(true)
  })

  it("fills the limit in rank order, skipping what cannot be shown", () => {
    const ranked = rankCoPurchases(
      [
        { other_product_id: "a", orders_count: 9 },
        { other_product_id: "b", orders_count: 8 },
        { other_product_id: "c", orders_count: 7 },
        { other_product_id: "d", orders_count: 6 },
        { other_product_id: "gone", orders_count: 5 },
      ],
      "x"
    )
    const products = [
      product("d", [stocked([["loc_eu", 1]])]),
      product("a", [stocked([["loc_eu", 1]])]),
      product("b", [stocked([["loc_eu", 1]])], { status: "draft" }),
      product("c", [stocked([["loc_eu", 1]])]),
    ]
    expect(pickRecommendations(ranked, products, scope, 2).map((r) => [r.product.id, r.orders_count])).toEqual([
      ["a", 9],
      ["c", 7],
    ])
    expect(pickRecommendations(ranked, products, scope, 10).map((r) => r.product.id)).toEqual(["a", "c", "d"])
  })
})
