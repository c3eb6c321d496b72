import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { fail, IndexPlan, plannedField } from "./plan"

const SCORE = "_score"

export interface CompiledSort {
  /** Meilisearch `sort`, undefined for plain relevance. */
  sort?: string[]
  /**
   * Keys after `_score` in a text query, which Meilisearch cannot apply after
   * relevance (see `compileSort`); reported in the result's provider_metadata.
   */
  ignored: string[]
}

/**
 * `pagination.order` → Meilisearch `sort`.
 *
 * The provider's default ranking rules put `sort` first (see `settings.ts`), so
 * field keys really order the hits and relevance breaks their ties:
 * `{ price: "ASC" }` is by price, `{ price: "ASC", _score: "DESC" }` by price then
 * relevance. Relevance cannot come before a field sort in Meilisearch, so with a
 * text query the keys after `_score` are dropped — `{ _score: "DESC", id: "ASC" }`
 * is plain relevance, whose ties Meilisearch breaks in its own stable internal
 * order — and reported as `ignored`. Without a text query every hit has the same
 * relevance, so `_score` is dropped and the other keys order the hits.
 * Ascending relevance (with a text query) cannot be expressed and is rejected.
 *
 * An index whose `rankingRules` (provider options) do not start with `sort`
 * takes its field keys as given: its ranking rules decide how they interleave
 * with relevance.
 */
export function compileSort(
  order: Record<string, SearchTypes.SearchOrderBy> | undefined,
  plan: IndexPlan,
  context: { has_text: boolean; sort_first?: boolean } = { has_text: false }
): CompiledSort {
  const sortFirst = context.sort_first ?? true
  const sort: string[] = []
  const ignored: string[] = []
  let afterScore = false
  for (const [path, direction] of Object.entries(order ?? {})) {
    if (direction !== "ASC" && direction !== "DESC") {
      fail(`Sort direction for "${path}" must be "ASC" or "DESC"`, MedusaError.Types.INVALID_DATA)
    }
    if (path === SCORE) {
      if (direction === "ASC" && context.has_text) {
        fail("The Meilisearch search provider cannot order by ascending relevance")
      }
      afterScore = true
      continue
    }
    const planned = plannedField(plan, path, "pagination.order")
    if (!planned.sortable) {
      fail(`Field "${path}" is not sortable on search index "${plan.index_name}"`, MedusaError.Types.INVALID_DATA)
    }
    if (planned.is_array) {
      fail(`The Meilisearch search provider cannot sort by array field "${path}"`)
    }
    if (afterScore && context.has_text && sortFirst) {
      ignored.push(path)
      continue
    }
    sort.push(`${path}:${direction === "ASC" ? "asc" : "desc"}`)
  }
  return { sort: sort.length ? sort : undefined, ignored }
}
