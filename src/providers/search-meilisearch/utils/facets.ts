import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { attribute, numberLiteral } from "./escape"
import { fail, IndexPlan, plannedField } from "./plan"
import type { IndexLimits } from "./settings"
import { toEpochMillis, toNumber } from "./values"

export const DEFAULT_FACET_LIMIT = 10

export type NormalizedFacet =
  | { type: "value"; field: string; limit: number; sort: "count" | "alpha"; query?: string }
  | {
      type: "range"
      field: string
      ranges: { key: string; from?: number | string; to?: number | string; lower?: number; upper?: number }[]
    }
  | { type: "stats"; field: string }

/** One extra count query a facet needs: a filter ANDed with the query's own. */
export interface FacetCountQuery {
  facet: number
  range?: number
  filter: string
}

function bound(field: string, isDate: boolean, value: number | string | undefined, name: string) {
  if (value === undefined || value === null) return undefined
  const parsed = isDate ? toEpochMillis(value) : toNumber(value)
  if (parsed === undefined) {
    fail(
      `Range facet "${field}" has an invalid "${name}" bound ${JSON.stringify(value)}`,
      MedusaError.Types.INVALID_DATA
    )
  }
  return parsed
}

/**
 * Checks and normalizes the requested facets. Meilisearch computes value
 * distributions and min/max natively; ranges and stats counts become extra
 * count queries in the same multi-search.
 */
export function normalizeFacets(
  requests: (string | SearchTypes.SearchFacetRequest)[] | undefined,
  plan: IndexPlan,
  limits: IndexLimits
): NormalizedFacet[] {
  const seen = new Set<string>()
  return (requests ?? []).map((raw) => {
    const request: SearchTypes.SearchFacetRequest = typeof raw === "string" ? { field: raw, type: "value" } : raw
    const kind = request.type ?? "value"
    const planned = plannedField(plan, request.field, "search_options.facets")
    if (!planned.facet_kinds.includes(kind)) {
      fail(
        `Field "${request.field}" does not support "${kind}" facets on search index "${plan.index_name}"`,
        MedusaError.Types.INVALID_DATA
      )
    }
    if (seen.has(request.field)) {
      fail(`Field "${request.field}" is faceted twice; facets are keyed by field`, MedusaError.Types.INVALID_DATA)
    }
    seen.add(request.field)

    if (request.type === "range") {
      if (!planned.is_numeric) fail(`Range facets require a numeric or date field ("${request.field}")`)
      if (!Array.isArray(request.ranges) || !request.ranges.length) {
        fail(`Range facet "${request.field}" needs at least one range`, MedusaError.Types.INVALID_DATA)
      }
      return {
        type: "range",
        field: request.field,
        ranges: request.ranges.map((range) => {
          const lower = bound(request.field, planned.is_date, range.from, "from")
          const upper = bound(request.field, planned.is_date, range.to, "to")
          if (lower !== undefined && upper !== undefined && lower > upper) {
            fail(
              `Range facet "${request.field}" has a range whose "from" is above its "to"`,
              MedusaError.Types.INVALID_DATA
            )
          }
          return {
            key: range.key ?? `${range.from ?? "*"}-${range.to ?? "*"}`,
            from: range.from,
            to: range.to,
            lower,
            upper,
          }
        }),
      }
    }
    if (request.type === "stats") {
      if (!planned.is_numeric) fail(`Stats facets require a numeric or date field ("${request.field}")`)
      return { type: "stats", field: request.field }
    }
    const value = request as Extract<SearchTypes.SearchFacetRequest, { type?: "value" }>
    const limit = value.limit ?? DEFAULT_FACET_LIMIT
    if (!Number.isInteger(limit) || limit < 1) {
      fail(`Facet "${request.field}" limit must be a positive integer`, MedusaError.Types.INVALID_DATA)
    }
    if (limit > limits.max_values_per_facet) {
      fail(
        `Facet "${request.field}" asks for ${limit} values but search index "${plan.index_name}" returns at most ${limits.max_values_per_facet} (raise maxValuesPerFacet in its settings.provider_options)`
      )
    }
    if (value.sort !== undefined && value.sort !== "count" && value.sort !== "alpha") {
      fail(`Facet "${request.field}" sort must be "count" or "alpha"`, MedusaError.Types.INVALID_DATA)
    }
    return { type: "value", field: request.field, limit, sort: value.sort ?? "count", query: value.query }
  })
}

/** The fields to pass as Meilisearch `facets`: value facets and stats (for `facetStats`). */
export function meilisearchFacetNames(facets: NormalizedFacet[]): string[] {
  return facets.filter((facet) => facet.type !== "range").map((facet) => facet.field)
}

/** Extra count queries: one per range bucket, one per stats facet (documents holding the field). */
export function facetCountQueries(facets: NormalizedFacet[]): FacetCountQuery[] {
  const queries: FacetCountQuery[] = []
  facets.forEach((facet, index) => {
    const field = attribute(facet.field)
    if (facet.type === "range") {
      facet.ranges.forEach((range, rangeIndex) => {
        const parts: string[] = []
        if (range.lower !== undefined) parts.push(`${field} >= ${numberLiteral(range.lower)}`)
        if (range.upper !== undefined) parts.push(`${field} < ${numberLiteral(range.upper)}`)
        if (!parts.length) parts.push(`${field} EXISTS`)
        queries.push({
          facet: index,
          range: rangeIndex,
          filter: parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`,
        })
      })
    }
    if (facet.type === "stats") {
      queries.push({ facet: index, filter: `${field} EXISTS` })
    }
  })
  return queries
}

/**
 * Builds the Search Module's facet results from the main response and the
 * counts of the extra queries (aligned with `facetCountQueries`).
 *
 * Value facets: Meilisearch returns up to `maxValuesPerFacet` values, the most
 * frequent first (the provider sets `sortFacetValuesBy` to count); `query`
 * keeps values starting with it (case-insensitive), `alpha` re-sorts them —
 * both over the values Meilisearch returned.
 */
export function parseFacets(
  facets: NormalizedFacet[],
  response: {
    facetDistribution?: Record<string, Record<string, number>>
    facetStats?: Record<string, { min: number; max: number }>
  },
  counts: number[]
): Record<string, SearchTypes.SearchFacetResult> | undefined {
  if (!facets.length) return undefined
  const queries = facetCountQueries(facets)
  const countOf = (facet: number, range?: number) => {
    const position = queries.findIndex((query) => query.facet === facet && query.range === range)
    return position === -1 ? 0 : (counts[position] ?? 0)
  }
  const result: Record<string, SearchTypes.SearchFacetResult> = {}
  facets.forEach((facet, index) => {
    if (facet.type === "range") {
      result[facet.field] = {
        type: "range",
        ranges: facet.ranges.map((range, rangeIndex) => ({
          key: range.key,
          ...(range.from !== undefined ? { from: range.from } : {}),
          ...(range.to !== undefined ? { to: range.to } : {}),
          count: countOf(index, rangeIndex),
        })),
      }
      return
    }
    if (facet.type === "stats") {
      const stats = response.facetStats?.[facet.field]
      const count = countOf(index)
      result[facet.field] =
        stats && count
          ? { type: "stats", min: stats.min, max: stats.max, count }
          : { type: "stats", min: 0, max: 0, count: 0 }
      return
    }
    const prefix = facet.query?.toLocaleLowerCase()
    const values = Object.entries(response.facetDistribution?.[facet.field] ?? {})
      .filter(([value]) => !prefix || value.toLocaleLowerCase().startsWith(prefix))
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) =>
        facet.sort === "alpha" ? compare(a.value, b.value) : b.count - a.count || compare(a.value, b.value)
      )
      .slice(0, facet.limit)
    result[facet.field] = { type: "value", values }
  })
  return result
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
