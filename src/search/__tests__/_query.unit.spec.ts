// Test files under src/search start with "_": the Search Module's loader imports every other file here.
import { search } from "@medusajs/framework/utils"
import { facetOptionKey, searchCurrencies } from "../_config"
import { filterProblems, leafFields, queryProblems, SEARCH_LIMITS } from "../_query-guard"
import { rankingOrder, withTiebreak } from "../_ranking"
import { expandSynonyms, synonymText } from "../_synonyms"

const fields = leafFields(
  search
    .define({
      id: search.keyword().filterable().sortable(),
      title: search.text().searchable().sortable(),
      description: search.text().searchable(),
      tags: search.keyword().array().filterable().facetable(),
      prices: search.object({
        eur: search
          .float()
          .filterable()
          .sortable()
          .facetable({ types: ["range", "stats"] }),
      }),
      units_sold: search.integer().filterable().sortable(),
      in_stock: search.boolean().filterable().facetable(),
      created_at: search.date().filterable().sortable(),
      handle: search.keyword().filterable(),
    })
    .toFields()
)

describe("leafFields", () => {
  it("flattens objects to dotted paths", () => {
    expect([...fields.keys()]).toEqual([
      "id",
      "title",
      "description",
      "tags",
      "prices.eur",
      "units_sold",
      "in_stock",
      "created_at",
      "handle",
    ])
    expect(fields.get("tags")?.array).toBe(true)
  })
})

describe("filterProblems", () => {
  it("accepts what every engine can answer", () => {
    expect(
      filterProblems(
        {
          q: "shirt",
          tags: "eco",
          handle: ["a", "b"],
          "prices.eur": { $gte: 10, $lt: 99.5 },
          units_sold: { $in: [1, 2] },
          in_stock: true,
          created_at: { $gte: "2026-01-01T00:00:00Z" },
          $and: [{ tags: { $nin: ["sale"] } }, { $or: [{ in_stock: false }, { "prices.eur": { $exists: true } }] }],
          $not: { id: { $ne: "p1" } },
        },
        fields
      )
    ).toEqual([])
    expect(filterProblems({ tags: { $contains: ["a", "b"] } }, fields)).toEqual([])
    expect(filterProblems({ tags: { $overlaps: ["a"] } }, fields)).toEqual([])
    expect(filterProblems(undefined, fields)).toEqual([])
  })

  it.each([
    [{ password: "x" }, 'unknown filter field "password"'],
    [{ title: "x" }, '"title" cannot be filtered on'],
    [{ "prices.eur": "cheap" }, '"prices.eur" takes numbers'],
    [{ units_sold: 1.5 }, '"units_sold" takes whole numbers'],
    [{ in_stock: "true" }, '"in_stock" takes true or false'],
    [{ created_at: { $gt: "yesterday" } }, '"created_at" takes a date'],
    [{ tags: 3 }, '"tags" takes text'],
    [{ tags: { $gt: "a" } }, '"tags": $gt needs a number or date field'],
    [{ handle: { $contains: "a" } }, '"handle": $contains applies to list fields only'],
    [{ handle: { $like: "%a" } }, "not supported by store search"],
    [{ handle: { $prefix: "a" } }, "not supported by store search"],
    [{ handle: { $regex: "a" } }, 'unknown operator "$regex"'],
    [{ handle: {} }, "empty condition"],
    [{ handle: { $in: [] } }, "$in takes a non-empty list"],
    [{ handle: { $eq: ["a"] } }, "$eq takes one value"],
    [{ "prices.eur": { $gte: [1] } }, "$gte takes one value"],
    [{ in_stock: { $exists: "yes" } }, "$exists takes true or false"],
    [{ $or: [] }, '"$or" takes a non-empty list'],
    [{ $and: {} }, '"$and" takes a non-empty list'],
    [{ $nor: [] }, 'unknown filter operator "$nor"'],
    [{ $and: [{ q: "nested" }] }, "belongs at the top"],
    [{ q: 42 }, '"q" must be text'],
    [{ q: "x".repeat(SEARCH_LIMITS.query_length + 1) }, "longer than"],
  ])("refuses %j", (filters, message) => {
    expect(filterProblems(filters, fields).join("; ")).toContain(message)
  })

  it("bounds lists, depth and size", () => {
    expect(filterProblems({ handle: { $in: Array(101).fill("a") } }, fields).join()).toContain("at most 100 values")
    let deep: Record<string, unknown> = { tags: "a" }
    for (let i = 0; i < 7; i++) deep = { $not: deep }
    expect(filterProblems(deep, fields).join()).toContain("nested deeper than")
    const wide = { $and: Array.from({ length: 51 }, () => ({ tags: "a" })) }
    expect(filterProblems(wide, fields).join()).toContain("51 conditions")
  })
})

describe("queryProblems", () => {
  it("checks pagination, sorting and facets against the fields", () => {
    expect(
      queryProblems(
        {
          entity: "product",
          pagination: { skip: 980, take: 20, order: { _score: "DESC", "prices.eur": "ASC" } },
          search_options: { facets: ["tags", { field: "prices.eur", type: "range", ranges: [{ to: 10 }] }] },
        },
        fields
      )
    ).toEqual([])
    const problems = queryProblems(
      {
        entity: "product",
        pagination: { skip: 990, take: 20, order: { description: "ASC", nope: "DESC" }, cursor: "x" },
        search_options: {
          facets: ["nope", "title", { field: "tags", limit: 500 }, { field: "prices.eur", type: "range" }],
          attributes_to_search_on: ["handle"],
        },
      },
      fields
    )
    expect(problems).toEqual([
      "pagination reaches past result 1000 (skip + take)",
      "cursor pagination is not supported; use skip and take",
      '"description" cannot be sorted on',
      'unknown sort field "nope"',
      'unknown facet field "nope"',
      '"title" has no facets',
      'facet "tags": limit is at most 100',
      'facet "prices.eur": a range facet needs ranges',
      '"handle" is not a searchable field',
    ])
  })
})

describe("ranking", () => {
  it("orders by the rules in their order, relevance only when there is text", () => {
    expect(rankingOrder(["relevance", "in_stock", "best_selling", "newest"], true)).toEqual({
      _score: "DESC",
      in_stock_rank: "DESC",
      units_sold: "DESC",
      created_at: "DESC",
    })
    expect(Object.keys(rankingOrder(["in_stock", "relevance", "newest"], false))).toEqual([
      "in_stock_rank",
      "created_at",
    ])
  })

  it("ends every order with the id, once", () => {
    expect(withTiebreak({ "prices.eur": "ASC" })).toEqual({ "prices.eur": "ASC", id: "ASC" })
    expect(withTiebreak({ id: "DESC" })).toEqual({ id: "DESC" })
    expect(withTiebreak(undefined)).toEqual({ id: "ASC" })
  })
})

describe("synonyms", () => {
  const groups = [
    ["tee", "t-shirt"],
    ["hoodie", "hooded sweatshirt"],
    ["sneaker", "trainer"],
  ]
  it("adds the other terms of every group the text mentions", () => {
    expect(expandSynonyms(["Classic T-Shirt"], groups)).toEqual(["tee"])
    expect(expandSynonyms(["The Hooded Sweatshirt", "warm"], groups)).toEqual(["hoodie"])
    expect(expandSynonyms(["White sneakers"], groups)).toEqual(["trainer"])
    expect(expandSynonyms(["tee and trainer"], groups)).toEqual(["sneaker", "t-shirt"])
  })

  it("matches whole words only", () => {
    expect(expandSynonyms(["Teenage dream", "Hooded jacket"], groups)).toEqual([])
    expect(expandSynonyms([null, undefined, ""], groups)).toEqual([])
    expect(expandSynonyms(["tee"], [])).toEqual([])
  })

  it("normalises text for matching", () => {
    expect(synonymText("  T-Shirt, (Größe M)! ")).toBe("t shirt größe m")
  })
})

describe("configuration", () => {
  it("reads currencies from SEARCH_CURRENCIES, defaulting to the demo store's", () => {
    expect(searchCurrencies({})).toEqual(["eur", "usd"])
    expect(searchCurrencies({ SEARCH_CURRENCIES: " GBP, eur ,xx, gbp,chf " })).toEqual(["chf", "eur", "gbp"])
  })

  it("maps option titles to facet keys", () => {
    expect(facetOptionKey("Colour")).toBe("color")
    expect(facetOptionKey(" SIZE ")).toBe("size")
    expect(facetOptionKey("Fit")).toBeNull()
  })
})
