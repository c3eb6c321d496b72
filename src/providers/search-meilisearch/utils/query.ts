import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { MultiSearchQuery } from "../types"
import { MEILISEARCH_PROVIDER_ID } from "../types"
import { facetCountQueries, meilisearchFacetNames, NormalizedFacet, normalizeFacets } from "./facets"
import { combineFilters, compileFilters } from "./filters"
import { fail, IndexPlan } from "./plan"
import type { IndexLimits } from "./settings"
import { compileSort } from "./sort"

export const DEFAULT_PRE_TAG = "<mark>"
export const DEFAULT_POST_TAG = "</mark>"

/**
 * The free-text query as Meilisearch reads it, for the Search Module's match
 * strategy and typo preference:
 *
 * - `"all"` (default): every term must match as a complete token. Meilisearch
 *   treats the last word as a prefix unless the query ends with whitespace, so
 *   a space is appended.
 * - `"last"` (typeahead): completed terms in full, the last one as a prefix —
 *   Meilisearch's native reading of an unterminated query.
 * - `typo_tolerance: false`: each complete term is sent as a one-word phrase
 *   (`"red" "shirt"`), which Meilisearch matches exactly, without typos; under
 *   `"last"` the word being typed stays a bare prefix.
 *
 * Unset `typo_tolerance` leaves the index's typo tolerance in force.
 */
export function buildQueryText(
  q: string | undefined,
  strategy: SearchTypes.SearchMatchStrategy | undefined,
  typoTolerance: boolean | undefined
): string | undefined {
  const text = q?.trim()
  if (!text) return undefined
  const prefixLast = strategy === "last"
  if (typoTolerance === false) {
    const words = text
      .split(/\s+/)
      .map((word) => word.replace(/"/g, ""))
      .filter(Boolean)
    if (!words.length) return undefined
    return words.map((word, index) => (prefixLast && index === words.length - 1 ? word : `"${word}"`)).join(" ")
  }
  return prefixLast ? text : `${text} `
}

export interface PreparedHighlight {
  fields: string[]
  pre_tag: string
  post_tag: string
}

/** A query ready for multi-search: its Meilisearch queries and what reading the responses back needs. */
export interface PreparedSearch {
  input: SearchTypes.ProviderSearchQuery
  plan: IndexPlan
  limits: IndexLimits
  skip: number
  take: number
  count: SearchTypes.SearchCountStrategy
  facets: NormalizedFacet[]
  highlight?: PreparedHighlight
  /** `[main, exact count?, ...facet counts]`. */
  queries: MultiSearchQuery[]
  /** Order keys after `_score` that Meilisearch could not apply (see `compileSort`). */
  ignored_sort: string[]
}

function nonNegativeInteger(name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    fail(`${name} must be a non-negative integer`, MedusaError.Types.INVALID_DATA)
  }
  return value
}

function strip<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T
}

function resolveHighlight(
  input: SearchTypes.ProviderSearchQuery,
  plan: IndexPlan,
  searchOn: string[]
): (PreparedHighlight & { snippet?: number | true }) | undefined {
  const option = input.search_options?.highlight
  if (!option || !input.q?.trim()) return undefined
  if (option === true) {
    return { fields: searchOn, pre_tag: DEFAULT_PRE_TAG, post_tag: DEFAULT_POST_TAG }
  }
  if (!Array.isArray(option.fields) || !option.fields.length) {
    fail("search_options.highlight.fields needs at least one field", MedusaError.Types.INVALID_DATA)
  }
  for (const path of option.fields) {
    const planned = plan.fields.get(path)
    if (!planned?.searchable) {
      fail(
        `Cannot highlight "${path}" on search index "${plan.index_name}": it is not a searchable field`,
        MedusaError.Types.INVALID_DATA
      )
    }
  }
  let snippet: number | true | undefined
  if (option.snippet === true) snippet = true
  else if (option.snippet && typeof option.snippet === "object") {
    const length = option.snippet.length
    if (!Number.isInteger(length) || length < 1) {
      fail("search_options.highlight.snippet.length must be a positive integer", MedusaError.Types.INVALID_DATA)
    }
    snippet = length
  }
  return {
    fields: option.fields,
    pre_tag: option.pre_tag ?? DEFAULT_PRE_TAG,
    post_tag: option.post_tag ?? DEFAULT_POST_TAG,
    snippet,
  }
}

/**
 * Translates one Search Module query into Meilisearch multi-search queries:
 * the main one (hits, value facets, facet stats, estimated count), an exact
 * count when asked for, and one count per range bucket and stats facet.
 * Everything the engine cannot answer faithfully is rejected here, before any
 * request.
 */
export function prepareSearch(
  input: SearchTypes.ProviderSearchQuery,
  plan: IndexPlan,
  limits: IndexLimits,
  options: { contains_filter?: boolean } = {}
): PreparedSearch {
  const searchOptions = input.search_options ?? {}
  const pagination = input.pagination ?? {}

  if (pagination.cursor !== undefined) fail("The Meilisearch search provider does not support cursor pagination")
  if (searchOptions.vector) {
    fail("The Meilisearch search provider does not support vector search (search_options.vector)")
  }
  if (searchOptions.match_strategy === "any") {
    fail(
      `The Meilisearch search provider cannot require "any" term: Meilisearch drops terms instead. Use match_strategy "all" or "last", or pass search_options.provider_options["${MEILISEARCH_PROVIDER_ID}"].matchingStrategy ("last" or "frequency") explicitly`
    )
  }
  if (
    searchOptions.match_strategy !== undefined &&
    searchOptions.match_strategy !== "all" &&
    searchOptions.match_strategy !== "last"
  ) {
    fail(`Unknown match_strategy "${searchOptions.match_strategy}"`, MedusaError.Types.INVALID_DATA)
  }

  const skip = nonNegativeInteger("pagination.skip", pagination.skip ?? 0)
  const take = nonNegativeInteger("pagination.take", pagination.take ?? 20)
  if (skip + take > limits.max_total_hits) {
    fail(
      `Search index "${plan.index_name}" serves at most the first ${limits.max_total_hits} hits (skip + take = ${skip + take}); raise maxTotalHits in its settings.provider_options or the provider's max_total_hits`
    )
  }

  const count = searchOptions.count ?? "estimated"
  if (!["estimated", "exact", "none"].includes(count)) {
    fail(`Unknown count strategy "${count}"`, MedusaError.Types.INVALID_DATA)
  }

  const searchOn = searchOptions.attributes_to_search_on ?? plan.searchable
  for (const path of searchOptions.attributes_to_search_on ?? []) {
    if (!plan.fields.get(path)?.searchable) {
      fail(`Field "${path}" is not searchable on search index "${plan.index_name}"`, MedusaError.Types.INVALID_DATA)
    }
  }
  const q = buildQueryText(input.q, searchOptions.match_strategy, searchOptions.typo_tolerance)
  if (q !== undefined && !plan.searchable.length) {
    fail(
      `Search index "${plan.index_name}" has no searchable fields, so it cannot be queried by text`,
      MedusaError.Types.INVALID_DATA
    )
  }

  if (searchOptions.min_score !== undefined) {
    const score = searchOptions.min_score
    if (typeof score !== "number" || !(score >= 0 && score <= 1)) {
      fail(
        "search_options.min_score must be between 0 and 1 (Meilisearch ranking scores)",
        MedusaError.Types.INVALID_DATA
      )
    }
  }
  if (searchOptions.distinct !== undefined) {
    const planned = plan.fields.get(searchOptions.distinct)
    if (!planned) {
      fail(
        `Cannot deduplicate search index "${plan.index_name}" by unknown field "${searchOptions.distinct}"`,
        MedusaError.Types.INVALID_DATA
      )
    }
    if (!plan.filterable.includes(searchOptions.distinct)) {
      fail(
        `Meilisearch can only deduplicate by a filterable field; declare "${searchOptions.distinct}" filterable or make it settings.distinct_attribute`
      )
    }
  }
  if (searchOptions.locales !== undefined) {
    if (
      !Array.isArray(searchOptions.locales) ||
      searchOptions.locales.some((locale) => typeof locale !== "string" || !locale)
    ) {
      fail("search_options.locales must be a list of language codes", MedusaError.Types.INVALID_DATA)
    }
  }

  const filter = compileFilters(input.filters, { plan, contains_filter: options.contains_filter })
  const { sort, ignored: ignored_sort } = compileSort(pagination.order, plan, {
    has_text: q !== undefined,
    sort_first: limits.sort_first,
  })
  const facets = normalizeFacets(searchOptions.facets, plan, limits)
  const highlight = resolveHighlight(input, plan, searchOn)

  const matching = strip({
    indexUid: input.index.physical_name,
    q,
    attributesToSearchOn: searchOptions.attributes_to_search_on,
    matchingStrategy: q !== undefined ? ("all" as const) : undefined,
    rankingScoreThreshold: searchOptions.min_score,
    distinct: searchOptions.distinct,
    locales: searchOptions.locales,
  })

  const overrides = {
    ...(searchOptions.provider_options?.meilisearch ?? {}),
    ...(searchOptions.provider_options?.[MEILISEARCH_PROVIDER_ID] ?? {}),
  } as Record<string, unknown>
  delete overrides.indexUid

  const facetNames = meilisearchFacetNames(facets)
  const main: MultiSearchQuery = strip({
    ...matching,
    filter,
    sort,
    offset: skip,
    limit: take,
    attributesToRetrieve: [...new Set([...input.attributes_to_retrieve, plan.primary_key])],
    facets: facetNames.length ? facetNames : undefined,
    showRankingScore: searchOptions.include_score ? true : undefined,
    attributesToHighlight: highlight?.fields,
    highlightPreTag: highlight?.pre_tag,
    highlightPostTag: highlight?.post_tag,
    attributesToCrop: highlight?.snippet !== undefined ? highlight.fields : undefined,
    cropLength: typeof highlight?.snippet === "number" ? highlight.snippet : undefined,
    ...overrides,
  }) as MultiSearchQuery

  // Finite pagination makes Meilisearch count exhaustively (up to maxTotalHits).
  const counting = (extra?: string): MultiSearchQuery =>
    strip({
      ...matching,
      filter: combineFilters(filter, extra),
      page: 1,
      hitsPerPage: 1,
      attributesToRetrieve: [plan.primary_key],
    }) as MultiSearchQuery

  const queries: MultiSearchQuery[] = [main]
  if (count === "exact") queries.push(counting())
  for (const extra of facetCountQueries(facets)) queries.push(counting(extra.filter))

  return {
    input,
    plan,
    limits,
    skip,
    take,
    count,
    facets,
    highlight: highlight
      ? { fields: highlight.fields, pre_tag: highlight.pre_tag, post_tag: highlight.post_tag }
      : undefined,
    queries,
    ignored_sort,
  }
}
