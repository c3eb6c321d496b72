import { buildIndexPlan } from "../utils/plan"
import { buildIndexSettings, DEFAULT_RANKING_RULES, meilisearchIndexOptions } from "../utils/settings"
import { productDefinition } from "./fixtures"

const defaults = { max_total_hits: 10000, max_values_per_facet: 100 }

function settingsFor(overrides: Parameters<typeof productDefinition>[0] = {}) {
  const definition = productDefinition(overrides)
  return buildIndexSettings(definition, buildIndexPlan(definition), defaults)
}

describe("buildIndexPlan", () => {
  const plan = buildIndexPlan(productDefinition())

  it("flattens objects to dotted leaves and marks leaves below an array object as arrays", () => {
    expect(plan.fields.get("variants.sku")).toMatchObject({ type: "keyword", is_array: true, searchable: true })
    expect(plan.fields.get("meta.brand")).toMatchObject({ is_array: false, filterable: true })
    expect(plan.fields.get("tags")?.is_array).toBe(true)
    expect(plan.fields.has("variants")).toBe(false)
    expect(plan.fields.has("meta")).toBe(false)
  })

  it("orders searchable attributes by weight, declaration order among equal weights", () => {
    // title 3; handle 2 and subtitle 2 (handle declared first); description and variants.sku 1.
    expect(plan.searchable).toEqual(["title", "handle", "subtitle", "description", "variants.sku"])
  })

  it("makes filterable, facetable, the primary key and the distinct attribute filterable", () => {
    expect([...plan.filterable].sort()).toEqual(
      [
        "created_at",
        "handle",
        "id",
        "in_stock",
        "meta.brand",
        "price",
        "rating",
        "status",
        "tags",
        "variants.price",
        "variants.sku",
      ].sort()
    )
    const withDistinct = buildIndexPlan(productDefinition({ settings: { distinct_attribute: "subtitle" } }))
    expect(withDistinct.filterable).toContain("subtitle")
  })

  it("defaults facet kinds: range for numbers and dates, value otherwise; explicit types win", () => {
    expect(plan.fields.get("created_at")?.facet_kinds).toEqual(["range"])
    expect(plan.fields.get("status")?.facet_kinds).toEqual(["value"])
    expect(plan.fields.get("price")?.facet_kinds).toEqual(["range", "stats"])
    expect(plan.fields.get("rating")?.facet_kinds).toEqual([])
  })

  it("leaves vector fields out and reports them", () => {
    expect(plan.fields.has("embedding")).toBe(false)
    expect(plan.ignored_vectors).toEqual(["embedding"])
  })

  it("refuses geo fields and a missing primary key", () => {
    expect(() =>
      buildIndexPlan(productDefinition({ fields: { id: { type: "keyword" }, at: { type: "geo" } } }))
    ).toThrow(/geo fields \("at"/)
    expect(() => buildIndexPlan(productDefinition({ primary_key: "sku" }))).toThrow(/primary key field "sku"/)
    expect(() => buildIndexPlan(productDefinition({ settings: { distinct_attribute: "nope" } }))).toThrow(
      /distinct_attribute "nope"/
    )
  })
})

describe("buildIndexSettings", () => {
  it("maps a definition to complete Meilisearch settings", () => {
    const { settings, limits } = settingsFor()
    expect(settings).toEqual({
      searchableAttributes: ["title", "handle", "subtitle", "description", "variants.sku"],
      filterableAttributes: [
        "created_at",
        "handle",
        "id",
        "in_stock",
        "meta.brand",
        "price",
        "rating",
        "status",
        "tags",
        "variants.price",
        "variants.sku",
      ],
      sortableAttributes: ["created_at", "id", "meta.brand", "price", "rating"],
      displayedAttributes: ["*"],
      distinctAttribute: null,
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
      synonyms: {},
      stopWords: [],
      typoTolerance: {
        enabled: true,
        minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
        disableOnAttributes: [],
      },
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
      pagination: { maxTotalHits: 10000 },
    })
    expect(limits).toEqual({ max_total_hits: 10000, max_values_per_facet: 100, sort_first: true })
    expect(DEFAULT_RANKING_RULES[0]).toBe("sort")
  })

  it("maps typo tolerance settings", () => {
    const { settings } = settingsFor({
      settings: {
        typo_tolerance: {
          enabled: false,
          min_word_size_for_one_typo: 3,
          min_word_size_for_two_typos: 7,
          disabled_on_attributes: ["handle", "variants.sku"],
        },
      },
    })
    expect(settings.typoTolerance).toEqual({
      enabled: false,
      minWordSizeForTypos: { oneTypo: 3, twoTypos: 7 },
      disableOnAttributes: ["handle", "variants.sku"],
    })
  })

  it("rejects incoherent typo sizes and unknown typo attributes", () => {
    expect(() =>
      settingsFor({ settings: { typo_tolerance: { min_word_size_for_one_typo: 6, min_word_size_for_two_typos: 4 } } })
    ).toThrow(/two_typos \(4\) cannot be lower than min_word_size_for_one_typo \(6\)/)
    // Only two set, below Meilisearch's default one-typo size of 5.
    expect(() => settingsFor({ settings: { typo_tolerance: { min_word_size_for_two_typos: 3 } } })).toThrow(
      /\(3\) cannot be lower/
    )
    expect(() => settingsFor({ settings: { typo_tolerance: { min_word_size_for_one_typo: -1 } } })).toThrow(
      /between 0 and 255/
    )
    expect(() => settingsFor({ settings: { typo_tolerance: { min_word_size_for_one_typo: 2.5 } } })).toThrow(
      /between 0 and 255/
    )
    expect(() => settingsFor({ settings: { typo_tolerance: { disabled_on_attributes: ["sku"] } } })).toThrow(
      /names "sku"/
    )
  })

  it("takes synonyms, stop words and ranking rules from provider_options (snake_case or Meilisearch names)", () => {
    const { settings, limits } = settingsFor({
      settings: {
        provider_options: {
          "search-meilisearch": {
            synonyms: { tee: ["t-shirt", "tshirt"] },
            stop_words: ["the", "a"],
            ranking_rules: ["words", "sort", "typo", "price:asc"],
            separatorTokens: ["|"],
            maxTotalHits: 500,
            max_values_per_facet: 40,
            sortFacetValuesBy: { status: "alpha" },
            disableOnNumbers: true,
          },
        },
      },
    })
    expect(settings.synonyms).toEqual({ tee: ["t-shirt", "tshirt"] })
    expect(settings.stopWords).toEqual(["the", "a"])
    expect(settings.rankingRules).toEqual(["words", "sort", "typo", "price:asc"])
    expect(limits.sort_first).toBe(false)
    expect(settings.separatorTokens).toEqual(["|"])
    expect(settings.pagination).toEqual({ maxTotalHits: 500 })
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 40, sortFacetValuesBy: { status: "alpha" } })
    expect(settings.typoTolerance).toMatchObject({ disableOnNumbers: true })
  })

  it("merges the `meilisearch` key under the provider identifier, which wins", () => {
    const options = meilisearchIndexOptions(
      {
        provider_options: {
          meilisearch: { stopWords: ["x"], synonyms: {} },
          "search-meilisearch": { stopWords: ["y"] },
        },
      },
      "product"
    )
    expect(options).toEqual({ stopWords: ["y"], synonyms: {} })
  })

  it("sets the distinct attribute", () => {
    expect(settingsFor({ settings: { distinct_attribute: "handle" } }).settings.distinctAttribute).toBe("handle")
  })

  it("rejects unknown options and malformed values instead of ignoring them", () => {
    const withOptions = (options: Record<string, unknown>) =>
      settingsFor({ settings: { provider_options: { "search-meilisearch": options } } })
    expect(() => withOptions({ stopword: ["a"] })).toThrow(/unknown option "stopword"/)
    expect(() => withOptions({ rankingRules: [] })).toThrow(/non-empty list/)
    expect(() => withOptions({ rankingRules: ["relevance"] })).toThrow(/unknown ranking rule "relevance"/)
    expect(() => withOptions({ rankingRules: ["weight:desc"] })).toThrow(/does not declare/)
    expect(() => withOptions({ rankingRules: ["title:desc"] })).toThrow(/numeric or date field/)
    expect(() => withOptions({ synonyms: { tee: "shirt" } })).toThrow(/synonyms of "tee"/)
    expect(() => withOptions({ stopWords: "the" })).toThrow(/stopWords/)
    expect(() => withOptions({ maxTotalHits: 0 })).toThrow(/maxTotalHits must be an integer/)
    expect(() => withOptions({ sortFacetValuesBy: { "*": "random" } })).toThrow(/sortFacetValuesBy/)
    expect(() => withOptions({ disableOnWords: "x" })).toThrow(/disableOnWords/)
  })

  it("uses the provider-level limits as defaults", () => {
    const definition = productDefinition()
    const { settings, limits } = buildIndexSettings(definition, buildIndexPlan(definition), {
      max_total_hits: 2500,
      max_values_per_facet: 30,
    })
    expect(limits).toEqual({ max_total_hits: 2500, max_values_per_facet: 30, sort_first: true })
    expect(settings.pagination).toEqual({ maxTotalHits: 2500 })
    expect(settings.faceting?.maxValuesPerFacet).toBe(30)
  })

  it("gives an index without searchable fields an empty searchable list", () => {
    const { settings } = settingsFor({ fields: { id: { type: "keyword", filterable: true } } })
    expect(settings.searchableAttributes).toEqual([])
    expect(settings.filterableAttributes).toEqual(["id"])
  })
})
