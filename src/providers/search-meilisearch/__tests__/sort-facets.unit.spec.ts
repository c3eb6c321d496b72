import { facetCountQueries, meilisearchFacetNames, normalizeFacets, parseFacets } from "../utils/facets"
import { buildIndexPlan } from "../utils/plan"
import { compileSort } from "../utils/sort"
import { productDefinition } from "./fixtures"

const plan = buildIndexPlan(productDefinition())
const limits = { max_total_hits: 10000, max_values_per_facet: 100 }

describe("compileSort", () => {
  const text = { has_text: true }
  const browse = { has_text: false }

  it("maps field orders to Meilisearch sort in key order", () => {
    expect(compileSort({ price: "ASC" }, plan, text)).toEqual({ sort: ["price:asc"], ignored: [] })
    expect(compileSort({ rating: "DESC", price: "ASC" }, plan, text).sort).toEqual(["rating:desc", "price:asc"])
    expect(compileSort({ "meta.brand": "ASC" }, plan, browse).sort).toEqual(["meta.brand:asc"])
  })

  it("treats relevance alone as no sort, and allows it after field keys as their tie-breaker", () => {
    expect(compileSort(undefined, plan, text)).toEqual({ sort: undefined, ignored: [] })
    expect(compileSort({}, plan, text).sort).toBeUndefined()
    expect(compileSort({ _score: "DESC" }, plan, text).sort).toBeUndefined()
    expect(compileSort({ price: "ASC", _score: "DESC" }, plan, text)).toEqual({ sort: ["price:asc"], ignored: [] })
  })

  it("drops (and reports) keys after relevance in a text query, since Meilisearch sorts before relevance", () => {
    expect(compileSort({ _score: "DESC", rating: "DESC", price: "ASC" }, plan, text)).toEqual({
      sort: undefined,
      ignored: ["rating", "price"],
    })
    expect(compileSort({ price: "ASC", _score: "DESC", rating: "DESC" }, plan, text)).toEqual({
      sort: ["price:asc"],
      ignored: ["rating"],
    })
  })

  it("ignores relevance when there is no text, ordering by the other keys", () => {
    expect(compileSort({ _score: "DESC", rating: "DESC", price: "ASC" }, plan, browse)).toEqual({
      sort: ["rating:desc", "price:asc"],
      ignored: [],
    })
    expect(compileSort({ _score: "ASC" }, plan, browse).sort).toBeUndefined()
  })

  it("keeps every field key for an index whose ranking rules do not start with sort", () => {
    expect(compileSort({ _score: "DESC", rating: "DESC" }, plan, { has_text: true, sort_first: false })).toEqual({
      sort: ["rating:desc"],
      ignored: [],
    })
  })

  it("rejects what it cannot express", () => {
    expect(() => compileSort({ _score: "ASC" }, plan, text)).toThrow(/ascending relevance/)
    expect(() => compileSort({ title: "ASC" }, plan, text)).toThrow(/not sortable/)
    expect(() => compileSort({ colour: "ASC" }, plan, text)).toThrow(/Unknown field "colour"/)
    expect(() => compileSort({ price: "asc" as any }, plan, text)).toThrow(/"ASC" or "DESC"/)
    // Checked even when the key would be dropped.
    expect(() => compileSort({ _score: "DESC", title: "ASC" }, plan, text)).toThrow(/not sortable/)
    const arrays = buildIndexPlan(
      productDefinition({
        fields: { id: { type: "keyword" }, sizes: { type: "integer", array: true, sortable: true } },
      })
    )
    expect(() => compileSort({ sizes: "ASC" }, arrays, text)).toThrow(/array field "sizes"/)
  })
})

describe("facets", () => {
  it("normalizes shorthand and value facets with defaults", () => {
    expect(normalizeFacets(["status", { field: "tags", limit: 5, sort: "alpha", query: "sa" }], plan, limits)).toEqual([
      { type: "value", field: "status", limit: 10, sort: "count", query: undefined },
      { type: "value", field: "tags", limit: 5, sort: "alpha", query: "sa" },
    ])
    expect(normalizeFacets(undefined, plan, limits)).toEqual([])
  })

  it("normalizes ranges: default keys, numeric and date bounds", () => {
    const [price, created] = normalizeFacets(
      [
        { field: "price", type: "range", ranges: [{ to: 10 }, { from: 10, to: "50" }, { key: "premium", from: 50 }] },
        {
          field: "created_at",
          type: "range",
          ranges: [{ from: "2024-01-01T00:00:00Z", to: new Date(Date.UTC(2025, 0, 1)).toISOString() }],
        },
      ],
      plan,
      limits
    )
    expect(price).toEqual({
      type: "range",
      field: "price",
      ranges: [
        { key: "*-10", from: undefined, to: 10, lower: undefined, upper: 10 },
        { key: "10-50", from: 10, to: "50", lower: 10, upper: 50 },
        { key: "premium", from: 50, to: undefined, lower: 50, upper: undefined },
      ],
    })
    expect(created).toMatchObject({ ranges: [{ lower: Date.UTC(2024, 0, 1), upper: Date.UTC(2025, 0, 1) }] })
  })

  it("rejects facets the index does not declare or the engine cannot serve", () => {
    expect(() => normalizeFacets(["colour"], plan, limits)).toThrow(/Unknown field "colour"/)
    expect(() => normalizeFacets(["price"], plan, limits)).toThrow(/does not support "value" facets/)
    expect(() => normalizeFacets([{ field: "status", type: "stats" }], plan, limits)).toThrow(
      /does not support "stats"/
    )
    expect(() => normalizeFacets([{ field: "status", limit: 101 }], plan, limits)).toThrow(/at most 100/)
    expect(() => normalizeFacets([{ field: "status", limit: 0 }], plan, limits)).toThrow(/positive integer/)
    expect(() => normalizeFacets(["status", "status"], plan, limits)).toThrow(/faceted twice/)
    expect(() => normalizeFacets([{ field: "price", type: "range", ranges: [] }], plan, limits)).toThrow(
      /at least one range/
    )
    expect(() => normalizeFacets([{ field: "price", type: "range", ranges: [{ from: "x" }] }], plan, limits)).toThrow(
      /invalid "from" bound/
    )
    expect(() =>
      normalizeFacets([{ field: "price", type: "range", ranges: [{ from: 5, to: 1 }] }], plan, limits)
    ).toThrow(/"from" is above its "to"/)
  })

  it("asks Meilisearch for value and stats facets, and counts ranges and stats with extra queries", () => {
    const facets = normalizeFacets(
      ["status", { field: "price", type: "range", ranges: [{ to: 10 }, { from: 10, to: 20 }, {}] }],
      plan,
      limits
    )
    expect(meilisearchFacetNames(facets)).toEqual(["status"])
    expect(facetCountQueries(facets)).toEqual([
      { facet: 1, range: 0, filter: "price < 10" },
      { facet: 1, range: 1, filter: "(price >= 10 AND price < 20)" },
      { facet: 1, range: 2, filter: "price EXISTS" },
    ])
    const stats = normalizeFacets([{ field: "price", type: "stats" }], plan, limits)
    expect(meilisearchFacetNames(stats)).toEqual(["price"])
    expect(facetCountQueries(stats)).toEqual([{ facet: 0, filter: "price EXISTS" }])
  })

  it("builds value facets: most frequent first, ties alphabetical, limited", () => {
    const facets = normalizeFacets([{ field: "tags", limit: 3 }], plan, limits)
    const result = parseFacets(facets, { facetDistribution: { tags: { b: 5, a: 5, c: 9, d: 1 } } }, [])
    expect(result).toEqual({
      tags: {
        type: "value",
        values: [
          { value: "c", count: 9 },
          { value: "a", count: 5 },
          { value: "b", count: 5 },
        ],
      },
    })
  })

  it("sorts alphabetically and filters by a case-insensitive prefix on request", () => {
    const facets = normalizeFacets([{ field: "tags", sort: "alpha", query: "SA" }], plan, limits)
    const result = parseFacets(
      facets,
      { facetDistribution: { tags: { sale: 1, Sandals: 7, new: 3, "sale-2": 2 } } },
      []
    )
    expect(result?.tags).toEqual({
      type: "value",
      values: [
        { value: "Sandals", count: 7 },
        { value: "sale", count: 1 },
        { value: "sale-2", count: 2 },
      ],
    })
  })

  it("builds range and stats facets from the extra counts, echoing the requested bounds", () => {
    const facets = normalizeFacets(
      [
        { field: "price", type: "range", ranges: [{ to: 10 }, { key: "mid", from: 10, to: "20" }] },
        { field: "meta.brand" },
      ],
      plan,
      limits
    )
    const result = parseFacets(facets, { facetDistribution: {} }, [4, 7])
    expect(result).toEqual({
      price: {
        type: "range",
        ranges: [
          { key: "*-10", to: 10, count: 4 },
          { key: "mid", from: 10, to: "20", count: 7 },
        ],
      },
      "meta.brand": { type: "value", values: [] },
    })

    const stats = normalizeFacets([{ field: "price", type: "stats" }], plan, limits)
    expect(parseFacets(stats, { facetStats: { price: { min: 1.5, max: 99 } } }, [12])).toEqual({
      price: { type: "stats", min: 1.5, max: 99, count: 12 },
    })
    // Nothing matched: no facetStats from Meilisearch.
    expect(parseFacets(stats, {}, [0])).toEqual({ price: { type: "stats", min: 0, max: 0, count: 0 } })
    expect(parseFacets([], {}, [])).toBeUndefined()
  })
})
