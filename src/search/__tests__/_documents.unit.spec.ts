// Test files under src/search start with "_": the Search Module's loader imports every other file here.
import {
  ancestorCategoryIds,
  availability,
  buildProductDocument,
  categoryTree,
  cheapestPrices,
  optionValues,
  type CategoryRow,
  type DocumentContext,
  type ProductRow,
  type VariantRow,
} from "../_documents"

const cat = (id: string, name: string, mpath: string, extra: Partial<CategoryRow> = {}): CategoryRow => ({
  id,
  name,
  handle: name.toLowerCase(),
  is_active: true,
  is_internal: false,
  mpath,
  ...extra,
})
const apparel = cat("c1", "Apparel", "c1")
const shirts = cat("c2", "Shirts", "c1.c2")
const tees = cat("c3", "Tees", "c1.c2.c3")
const hidden = cat("c4", "Staff picks", "c4", { is_internal: true })
const known = new Map([apparel, shirts, tees, hidden].map((c) => [c.id, c]))

const level = (location_id: string, stocked: number, reserved = 0) => ({
  location_id,
  stocked_quantity: stocked,
  reserved_quantity: reserved,
})
const managed = (
  id: string,
  levels: ReturnType<typeof level>[][],
  required: number[] = levels.map(() => 1)
): VariantRow => ({
  id,
  manage_inventory: true,
  allow_backorder: false,
  inventory_items: levels.map((location_levels, i) => ({
    required_quantity: required[i],
    inventory: { location_levels },
  })),
})

describe("categoryTree", () => {
  it("lists a category with all its ancestors and a path per level", () => {
    expect(categoryTree([tees], known)).toEqual({
      ids: ["c1", "c2", "c3"],
      names: ["Apparel", "Shirts", "Tees"],
      handles: ["apparel", "shirts", "tees"],
      paths: ["Apparel", "Apparel > Shirts", "Apparel > Shirts > Tees"],
    })
  })

  it("merges the trees of several categories without repeating shared ancestors", () => {
    const pants = cat("c5", "Pants", "c1.c5")
    const tree = categoryTree([shirts, pants], new Map([...known, ["c5", pants]]))
    expect(tree.ids).toEqual(["c1", "c2", "c5"])
    expect(tree.paths).toEqual(["Apparel", "Apparel > Shirts", "Apparel > Pants"])
  })

  it("leaves out internal and inactive categories, and everything below an inactive one", () => {
    expect(categoryTree([hidden], known).ids).toEqual([])
    const inactiveParent = new Map(known).set("c1", { ...apparel, is_active: false })
    expect(categoryTree([tees], inactiveParent).ids).toEqual([])
    // An ancestor that could not be loaded is treated as unknown: the branch is skipped, not half-shown.
    expect(categoryTree([tees], new Map([["c3", tees]])).ids).toEqual([])
  })

  it("collects ancestor ids from the materialised paths", () => {
    const rows = [
      { id: "p1", categories: [tees] },
      { id: "p2", categories: [cat("c9", "Solo", "c9")] },
    ] as ProductRow[]
    expect(ancestorCategoryIds(rows).sort()).toEqual(["c1", "c2", "c3", "c9"])
  })
})

describe("availability", () => {
  it("a variant is in stock at a location with at least one unit free (stocked minus reserved)", () => {
    expect(availability([managed("v1", [[level("berlin", 3, 3), level("newark", 2, 1)]])])).toEqual({
      in_stock: true,
      location_ids: ["newark"],
    })
    expect(availability([managed("v1", [[level("berlin", 3, 3)]])])).toEqual({ in_stock: false, location_ids: [] })
  })

  it("a kit needs every item it is made of, in the required quantity, at the same location", () => {
    // 2 of item A (4 free in Berlin, 1 in Newark) + 1 of item B (0 in Berlin, 5 in Newark).
    const kit = managed(
      "kit",
      [
        [level("berlin", 4), level("newark", 1)],
        [level("berlin", 0), level("newark", 5)],
      ],
      [2, 1]
    )
    expect(availability([kit])).toEqual({ in_stock: false, location_ids: [] })
    const stocked = managed(
      "kit",
      [
        [level("berlin", 4), level("newark", 2)],
        [level("berlin", 1), level("newark", 5)],
      ],
      [2, 1]
    )
    expect(availability([stocked])).toEqual({ in_stock: true, location_ids: ["berlin", "newark"] })
  })

  it("a variant without managed inventory, or with backorders, can always be bought", () => {
    expect(availability([{ id: "v1", manage_inventory: false }])).toEqual({ in_stock: true, location_ids: [] })
    expect(availability([{ ...managed("v2", [[level("berlin", 0)]]), allow_backorder: true }])).toEqual({
      in_stock: true,
      location_ids: [],
    })
    // Managed, but no inventory item: nothing to sell.
    expect(availability([{ id: "v3", manage_inventory: true, inventory_items: [] }])).toEqual({
      in_stock: false,
      location_ids: [],
    })
  })

  it("the product is in stock where any variant is", () => {
    expect(
      availability([managed("v1", [[level("berlin", 0)]]), managed("v2", [[level("newark", 7), level("berlin", 0)]])])
    ).toEqual({ in_stock: true, location_ids: ["newark"] })
  })
})

describe("cheapestPrices", () => {
  const ctx = (prices: Record<string, Record<string, [string | number, (string | number)?]>>) => ({
    currencies: ["eur", "usd"],
    prices: new Map(
      Object.entries(prices).map(([variant, perCurrency]) => [
        variant,
        new Map(
          Object.entries(perCurrency).map(([currency, [calculated, original]]) => [
            currency,
            {
              calculated: { value: String(calculated) },
              original: original === undefined ? null : { value: String(original) },
            },
          ])
        ),
      ])
    ),
  })
  const variants = [{ id: "v1" }, { id: "v2" }, { id: "v3" }]

  it("takes the lowest calculated price per currency, compared as decimals", () => {
    // 10.1 < 9.99 as strings would be wrong; 0.1 + 0.2 style float errors must not creep in.
    const result = cheapestPrices(
      variants,
      ctx({ v1: { eur: ["10.10"], usd: ["12"] }, v2: { eur: ["9.99"] }, v3: { usd: ["11.30"] } })
    )
    expect(result.prices).toEqual({ eur: 9.99, usd: 11.3 })
  })

  it("keeps the cheapest variant's original price and marks the currencies on sale", () => {
    const result = cheapestPrices(
      variants,
      ctx({ v1: { eur: ["20", "25"] }, v2: { eur: ["22", "22"], usd: ["30", "30"] } })
    )
    expect(result).toEqual({
      prices: { eur: 20, usd: 30 },
      original_prices: { eur: 25, usd: 30 },
      on_sale_currencies: ["eur"],
    })
  })

  it("leaves out a currency no variant is priced in", () => {
    expect(cheapestPrices(variants, ctx({ v1: { eur: ["5"] } })).prices).toEqual({ eur: 5 })
    expect(cheapestPrices([], ctx({})).prices).toEqual({})
  })
})

describe("optionValues", () => {
  it("groups the values variants offer under the facet options, whatever the option's spelling", () => {
    const result = optionValues([
      {
        id: "v1",
        options: [
          { value: "Black", option: { title: "Colour" } },
          { value: "M", option: { title: "Size" } },
        ],
      },
      {
        id: "v2",
        options: [
          { value: "Black", option: { title: "Colour" } },
          { value: "L", option: { title: "size" } },
        ],
      },
      {
        id: "v3",
        options: [
          { value: "Wool", option: { title: "Fabric" } },
          { value: "Slim", option: { title: "Fit" } },
        ],
      },
    ])
    expect(result.byFacet).toEqual({ size: ["M", "L"], color: ["Black"], material: ["Wool"] })
    expect(result.all).toEqual(["Black", "M", "L", "Wool", "Slim"])
  })
})

describe("buildProductDocument", () => {
  const context: DocumentContext = {
    currencies: ["eur"],
    prices: new Map([["v1", new Map([["eur", { calculated: 19.99, original: 24.99 }]])]]),
    categories: known,
    unitsSold: new Map([["p1", 7]]),
    synonyms: [["tee", "t-shirt"]],
    now: new Date("2026-01-02T03:04:05Z"),
  }
  const row: ProductRow = {
    id: "p1",
    title: "Classic T-Shirt",
    subtitle: "Soft cotton",
    description: "An everyday tee",
    handle: "classic-t-shirt",
    status: "published",
    thumbnail: "https://example.com/t.png",
    created_at: "2026-01-01T00:00:00Z",
    updated_at: "2026-01-02T00:00:00Z",
    type: { id: "t1", value: "Apparel" },
    collection: { id: "col1", title: "Summer", handle: "summer" },
    tags: [{ id: "tag1", value: "eco" }],
    categories: [tees],
    sales_channels: [{ id: "sc1" }],
    variants: [
      {
        ...managed("v1", [[level("berlin", 2)]]),
        sku: "TEE-1",
        barcode: "123",
        options: [{ value: "M", option: { title: "Size" } }],
      },
    ],
  }

  it("builds the document of a published product", () => {
    expect(buildProductDocument(row, context)).toEqual({
      id: "p1",
      title: "Classic T-Shirt",
      subtitle: "Soft cotton",
      description: "An everyday tee",
      handle: "classic-t-shirt",
      thumbnail: "https://example.com/t.png",
      status: "published",
      channel_ids: ["sc1"],
      variant_ids: ["v1"],
      skus: ["TEE-1"],
      barcodes: ["123"],
      tags: ["eco"],
      tag_ids: ["tag1"],
      type: "Apparel",
      type_id: "t1",
      collection: "Summer",
      collection_id: "col1",
      collection_handle: "summer",
      category_ids: ["c1", "c2", "c3"],
      category_names: ["Apparel", "Shirts", "Tees"],
      category_handles: ["apparel", "shirts", "tees"],
      category_paths: ["Apparel", "Apparel > Shirts", "Apparel > Shirts > Tees"],
      options: { size: ["M"], color: [], material: [] },
      option_values: ["M"],
      prices: { eur: 19.99 },
      original_prices: { eur: 24.99 },
      on_sale_currencies: ["eur"],
      in_stock: true,
      in_stock_rank: 1,
      in_stock_location_ids: ["berlin"],
      created_at: "2026-01-01T00:00:00.000Z",
      units_sold: 7,
      // "tee" is in the description and "t-shirt" in the title: each finds the other already, nothing to add.
      synonyms: [],
      source_updated_at: "2026-01-02T00:00:00.000Z",
      indexed_at: "2026-01-02T03:04:05.000Z",
    })
  })

  it("adds the synonyms of terms the product mentions", () => {
    // (The "Tees" category would count as a mention of "tee": plural forms match.)
    const doc = buildProductDocument({ ...row, description: "Cotton", categories: [shirts] }, context)
    expect(doc?.synonyms).toEqual(["tee"])
  })

  it("has no document for a product that is not published", () => {
    for (const status of ["draft", "proposed", "rejected", null]) {
      expect(buildProductDocument({ ...row, status }, context)).toBeNull()
    }
  })

  it("copes with a bare product", () => {
    const doc = buildProductDocument({ id: "p2", status: "published" }, { ...context, unitsSold: new Map() })
    expect(doc).toMatchObject({
      id: "p2",
      title: "",
      skus: [],
      prices: {},
      in_stock: false,
      in_stock_rank: 0,
      units_sold: 0,
      category_ids: [],
      created_at: null,
    })
  })
})
