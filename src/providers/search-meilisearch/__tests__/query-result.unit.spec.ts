import { buildIndexPlan } from "../utils/plan"
import { buildQueryText, prepareSearch } from "../utils/query"
import { buildSearchResult, extractHighlights } from "../utils/result"
import { productDefinition, providerQuery } from "./fixtures"

const plan = buildIndexPlan(productDefinition())
const limits = { max_total_hits: 1000, max_values_per_facet: 100 }
const prepare = (overrides: Parameters<typeof providerQuery>[0] = {}, contains_filter = false) =>
  prepareSearch(providerQuery(overrides), plan, limits, { contains_filter })

describe("buildQueryText", () => {
  it("makes every term complete under 'all' by ending the query with a space", () => {
    expect(buildQueryText("red shirt", undefined, undefined)).toBe("red shirt ")
    expect(buildQueryText("  red shirt  ", "all", true)).toBe("red shirt ")
  })

  it("keeps the last term a prefix under 'last'", () => {
    expect(buildQueryText("red shi", "last", undefined)).toBe("red shi")
  })

  it("sends one-word phrases (exact, no typos) when typo tolerance is off", () => {
    expect(buildQueryText("red shirt", "all", false)).toBe('"red" "shirt"')
    expect(buildQueryText('say "hi" now', "all", false)).toBe('"say" "hi" "now"')
    expect(buildQueryText("red shi", "last", false)).toBe('"red" shi')
    expect(buildQueryText('""', "all", false)).toBeUndefined()
  })

  it("is undefined for an empty query (placeholder search)", () => {
    expect(buildQueryText(undefined, undefined, undefined)).toBeUndefined()
    expect(buildQueryText("   ", "last", undefined)).toBeUndefined()
  })
})

describe("prepareSearch", () => {
  it("builds the main query: index, text, filter, sort, page, fields", () => {
    const prepared = prepare({
      q: "shirt",
      filters: { status: "published", price: { $lt: 50 } },
      pagination: { skip: 40, take: 20, order: { price: "ASC", _score: "DESC" } },
      attributes_to_retrieve: ["title", "price"],
      search_options: {
        facets: [{ field: "status", type: "value" }],
        include_score: true,
        min_score: 0.2,
        distinct: "handle",
        locales: ["eng"],
      },
    })
    expect(prepared.queries).toEqual([
      {
        indexUid: "product_v1",
        q: "shirt ",
        matchingStrategy: "all",
        rankingScoreThreshold: 0.2,
        distinct: "handle",
        locales: ["eng"],
        filter: '(status = "published" AND price < 50)',
        sort: ["price:asc"],
        offset: 40,
        limit: 20,
        attributesToRetrieve: ["title", "price", "id"],
        facets: ["status"],
        showRankingScore: true,
      },
    ])
    expect(prepared).toMatchObject({ skip: 40, take: 20, count: "estimated" })
  })

  it("orders a browse by the keys after relevance, and reports them as ignored in a text query", () => {
    const order = { _score: "DESC", rating: "DESC", id: "ASC" } as const
    expect(prepare({ pagination: { order } }).queries[0].sort).toEqual(["rating:desc", "id:asc"])
    const withText = prepare({ q: "shirt", pagination: { order } })
    expect(withText.queries[0].sort).toBeUndefined()
    expect(buildSearchResult(withText, [{ hits: [] }]).provider_metadata).toMatchObject({
      ignored_sort: ["rating", "id"],
    })
  })

  it("sends a placeholder search without text options when there is no q", () => {
    const [main] = prepare().queries
    expect(main).toEqual({ indexUid: "product_v1", offset: 0, limit: 20, attributesToRetrieve: ["id", "title"] })
  })

  it("adds an exact count query and one count per range bucket and stats facet, in that order", () => {
    const prepared = prepare({
      q: "tee",
      filters: { status: "published" },
      search_options: {
        count: "exact",
        attributes_to_search_on: ["title"],
        facets: [{ field: "price", type: "range", ranges: [{ to: 10 }, { from: 10 }] }],
      },
    })
    const counting = {
      indexUid: "product_v1",
      q: "tee ",
      attributesToSearchOn: ["title"],
      matchingStrategy: "all",
      page: 1,
      hitsPerPage: 1,
      attributesToRetrieve: ["id"],
    }
    expect(prepared.queries.slice(1)).toEqual([
      { ...counting, filter: 'status = "published"' },
      { ...counting, filter: '(status = "published" AND price < 10)' },
      { ...counting, filter: '(status = "published" AND price >= 10)' },
    ])
    expect(prepared.queries[0].facets).toBeUndefined()
  })

  it("highlights the searched fields with <mark> by default, or the requested ones with a snippet", () => {
    const [all] = prepare({
      q: "shirt",
      search_options: { highlight: true, attributes_to_search_on: ["title", "handle"] },
    }).queries
    expect(all).toMatchObject({
      attributesToHighlight: ["title", "handle"],
      highlightPreTag: "<mark>",
      highlightPostTag: "</mark>",
    })
    expect(all.attributesToCrop).toBeUndefined()

    const [some] = prepare({
      q: "shirt",
      search_options: {
        highlight: { fields: ["description"], pre_tag: "<b>", post_tag: "</b>", snippet: { length: 12 } },
      },
    }).queries
    expect(some).toMatchObject({
      attributesToHighlight: ["description"],
      highlightPreTag: "<b>",
      highlightPostTag: "</b>",
      attributesToCrop: ["description"],
      cropLength: 12,
    })
    // No text, no highlight (the Search Module's rule).
    expect(prepare({ search_options: { highlight: true } }).queries[0].attributesToHighlight).toBeUndefined()
  })

  it("passes provider_options through as raw Meilisearch parameters, never the index", () => {
    const [main] = prepare({
      q: "x",
      search_options: {
        provider_options: { "search-meilisearch": { matchingStrategy: "frequency", indexUid: "other" } },
      },
    }).queries
    expect(main.matchingStrategy).toBe("frequency")
    expect(main.indexUid).toBe("product_v1")
  })

  it("rejects what Meilisearch cannot answer faithfully, before any request", () => {
    expect(() => prepare({ pagination: { cursor: "abc" } })).toThrow(/cursor pagination/)
    expect(() => prepare({ search_options: { vector: { value: [1, 2, 3] } } })).toThrow(/vector search/)
    expect(() => prepare({ q: "a b", search_options: { match_strategy: "any" } })).toThrow(/cannot require "any" term/)
    expect(() => prepare({ pagination: { skip: 990, take: 20 } })).toThrow(/at most the first 1000 hits/)
    expect(() => prepare({ pagination: { skip: -1 } })).toThrow(/non-negative integer/)
    expect(() => prepare({ search_options: { min_score: 2 } })).toThrow(/between 0 and 1/)
    expect(() => prepare({ search_options: { distinct: "title" } })).toThrow(/only deduplicate by a filterable field/)
    expect(() => prepare({ search_options: { distinct: "nope" } })).toThrow(/unknown field "nope"/)
    expect(() => prepare({ q: "x", search_options: { attributes_to_search_on: ["status"] } })).toThrow(/not searchable/)
    expect(() => prepare({ q: "x", search_options: { highlight: { fields: ["status"] } } })).toThrow(
      /not a searchable field/
    )
    expect(() => prepare({ q: "x", search_options: { highlight: { fields: [] } } })).toThrow(/at least one field/)
    expect(() => prepare({ search_options: { count: "all" as any } })).toThrow(/Unknown count strategy/)
    expect(() => prepare({ search_options: { locales: [""] } })).toThrow(/language codes/)
    const noText = buildIndexPlan(productDefinition({ fields: { id: { type: "keyword", filterable: true } } }))
    expect(() => prepareSearch(providerQuery({ q: "x" }), noText, limits)).toThrow(/no searchable fields/)
  })
})

describe("buildSearchResult", () => {
  it("maps hits, scores, highlights, value facets, count and timing", () => {
    const prepared = prepare({
      q: "shirt",
      attributes_to_retrieve: ["title", "created_at"],
      search_options: { include_score: true, highlight: { fields: ["title", "variants.sku"] }, facets: ["status"] },
    })
    const result = buildSearchResult(prepared, [
      {
        hits: [
          {
            id: "prod_1",
            title: "Red shirt",
            created_at: Date.UTC(2024, 0, 2),
            _rankingScore: 0.97,
            _formatted: {
              title: "Red <mark>shirt</mark>",
              variants: [{ sku: "S-1" }, { sku: "<mark>SHIRT</mark>-2" }],
            },
          },
          { id: "prod_2", title: "Blue", _rankingScore: 0.5, _formatted: { title: "Blue" } },
        ],
        estimatedTotalHits: 42,
        processingTimeMs: 3,
        facetDistribution: { status: { published: 30, draft: 12 } },
      },
    ])
    expect(result).toEqual({
      hits: [
        {
          id: "prod_1",
          score: 0.97,
          document: { title: "Red shirt", created_at: "2024-01-02T00:00:00.000Z" },
          highlights: { title: ["Red <mark>shirt</mark>"], "variants.sku": ["<mark>SHIRT</mark>-2"] },
        },
        { id: "prod_2", score: 0.5, document: { title: "Blue" } },
      ],
      facets: {
        status: {
          type: "value",
          values: [
            { value: "published", count: 30 },
            { value: "draft", count: 12 },
          ],
        },
      },
      metadata: { skip: 0, take: 20, count: 42, query: "shirt", processing_time_ms: 3 },
      provider_metadata: { provider: "search-meilisearch", index: "product_v1", estimated_total_hits: 42, requests: 1 },
    })
  })

  it("reads an exact count and range counts from the extra responses", () => {
    const prepared = prepare({
      search_options: {
        count: "exact",
        facets: [{ field: "price", type: "range", ranges: [{ to: 10 }, { from: 10 }] }],
      },
    })
    const result = buildSearchResult(prepared, [
      { hits: [], estimatedTotalHits: 100 },
      { hits: [], totalHits: 57 },
      { hits: [], totalHits: 20 },
      { hits: [], totalHits: 37 },
    ])
    expect(result.metadata.count).toBe(57)
    expect(result.facets).toEqual({
      price: {
        type: "range",
        ranges: [
          { key: "*-10", to: 10, count: 20 },
          { key: "10-*", from: 10, count: 37 },
        ],
      },
    })
  })

  it("returns a null count when none was asked for, and refuses a capped exact count", () => {
    expect(buildSearchResult(prepare({ search_options: { count: "none" } }), [{ hits: [] }]).metadata.count).toBeNull()
    const exact = prepare({ search_options: { count: "exact" } })
    expect(() => buildSearchResult(exact, [{ hits: [] }, { hits: [], totalHits: 1000 }])).toThrow(
      /reached the 1000-hit limit/
    )
  })

  it("extracts only the fragments that carry a highlight tag", () => {
    const highlight = { fields: ["title", "description"], pre_tag: "<em>", post_tag: "</em>" }
    expect(extractHighlights({ title: "<em>a</em> b", description: "c" }, highlight)).toEqual({
      title: ["<em>a</em> b"],
    })
    expect(extractHighlights({ title: "a" }, highlight)).toBeUndefined()
    expect(extractHighlights(undefined, highlight)).toBeUndefined()
  })
})
