import type { SearchTypes } from "@medusajs/framework/types"
import { readDocumentPath } from "@medusajs/framework/utils"
import { MEILISEARCH_PROVIDER_ID } from "../types"
import { fromMeilisearchHit } from "./documents"
import { parseFacets } from "./facets"
import { fail } from "./plan"
import type { PreparedHighlight, PreparedSearch } from "./query"

/** The fields of a Meilisearch search response the provider reads. */
export interface MeilisearchResponseLike {
  hits: Record<string, unknown>[]
  processingTimeMs?: number
  query?: string
  estimatedTotalHits?: number
  totalHits?: number
  facetDistribution?: Record<string, Record<string, number>>
  facetStats?: Record<string, { min: number; max: number }>
}

/** Matched fragments per field: the `_formatted` values that contain a highlight tag. */
export function extractHighlights(
  formatted: unknown,
  highlight: PreparedHighlight | undefined
): Record<string, string[]> | undefined {
  if (!highlight || !formatted || typeof formatted !== "object") return undefined
  const result: Record<string, string[]> = {}
  for (const path of highlight.fields) {
    const fragments = readDocumentPath(formatted, path.split("."))
      .filter((value): value is string => typeof value === "string")
      .filter((value) => value.includes(highlight.pre_tag))
    if (fragments.length) result[path] = fragments
  }
  return Object.keys(result).length ? result : undefined
}

function totalOf(response: MeilisearchResponseLike | undefined): number {
  return response?.totalHits ?? response?.estimatedTotalHits ?? 0
}

/**
 * Reads the responses of one prepared search (in `prepared.queries` order)
 * back into the Search Module's result.
 */
export function buildSearchResult(
  prepared: PreparedSearch,
  responses: MeilisearchResponseLike[]
): SearchTypes.SearchResult {
  const [main, ...rest] = responses
  const countResponses = prepared.count === "exact" ? rest.slice(1) : rest
  const { input, plan } = prepared

  let count: number | null = null
  if (prepared.count === "exact") {
    count = totalOf(rest[0])
    if (count >= prepared.limits.max_total_hits) {
      fail(
        `An exact count on search index "${plan.index_name}" reached the ${prepared.limits.max_total_hits}-hit limit Meilisearch counts up to; raise maxTotalHits or ask for an "estimated" count`
      )
    }
  } else if (prepared.count === "estimated") {
    count = main.estimatedTotalHits ?? main.totalHits ?? main.hits.length
  }

  const includeScore = !!input.search_options?.include_score
  return {
    hits: main.hits.map((hit) => {
      const highlights = extractHighlights(hit._formatted, prepared.highlight)
      return {
        id: String(hit[plan.primary_key]),
        ...(includeScore && typeof hit._rankingScore === "number" ? { score: hit._rankingScore } : {}),
        document: fromMeilisearchHit(hit, plan, input.attributes_to_retrieve),
        ...(highlights ? { highlights } : {}),
      }
    }),
    facets: parseFacets(prepared.facets, main, countResponses.map(totalOf)),
    metadata: {
      skip: prepared.skip,
      take: prepared.take,
      count,
      ...(input.q !== undefined ? { query: input.q } : {}),
      ...(main.processingTimeMs !== undefined ? { processing_time_ms: main.processingTimeMs } : {}),
    },
    provider_metadata: {
      provider: MEILISEARCH_PROVIDER_ID,
      index: input.index.physical_name,
      ...(main.estimatedTotalHits !== undefined ? { estimated_total_hits: main.estimatedTotalHits } : {}),
      requests: prepared.queries.length,
      ...(prepared.ignored_sort.length ? { ignored_sort: prepared.ignored_sort } : {}),
    },
  }
}
