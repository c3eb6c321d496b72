import type { ISearchModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"
import type { SearchIndexSyncState } from "../../../modules/search-insight/types"

export const getSearchIndexStatusStepId = "search-get-index-status"

/** Products (most recently changed first) compared with their documents to measure freshness. */
const FRESHNESS_SAMPLE = 20

export type SearchIndexStatus = {
  name: string
  entity: string
  status: "pending" | "building" | "ready" | "error"
  provider: { id: string; default_id: string; reachable: boolean; error: string | null }
  documents: { indexed: number | null; expected: number | null }
  sync: SearchIndexSyncState | null
  progress: { documents_synced: number; expected: number | null; share: number | null } | null
  freshness: {
    sampled: number
    /** Sampled products whose document is missing or older than the product. */
    stale: number
    /** How long the oldest sampled product change not yet in the index has been waiting (0: none waiting). */
    lag_ms: number | null
    newest_change_at: string | null
    last_indexed_at: string | null
  }
  checked_at: string
}

export const toTime = (value: unknown): number | null => {
  if (value === null || value === undefined || value === "") return null
  const time = typeof value === "number" ? value : new Date(value as string).getTime()
  return Number.isFinite(time) ? time : null
}

/**
 * Everything the admin Search page shows about one index, read in one go:
 * the Search Module's view (status, provider, registered definition), the
 * engine's document count (or why it could not be reached), how many
 * published products there are, the sync runs the module recorded, and a
 * freshness probe comparing the most recently changed products with their
 * documents.
 */
export const getSearchIndexStatusStep = createStep(
  getSearchIndexStatusStepId,
  async (input: { index: string }, { container }) => {
    const search = container.resolve<ISearchModuleService>(Modules.SEARCH, { allowUnregistered: true } as any)
    if (!search) throw new MedusaError(MedusaError.Types.NOT_FOUND, "The Search Module is not enabled")
    const definition = search.getIndex(input.index)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const insight = container.resolve<SearchInsightModuleService>(SEARCH_INSIGHT_MODULE)
    const published = definition.entity === "product" ? { status: ProductStatus.PUBLISHED } : {}

    const [listed, count, expected, sync, recent] = await Promise.all([
      search.listIndexes(),
      (async () => {
        try {
          const result = await search.search({
            entity: input.index,
            fields: ["id"],
            pagination: { take: 0 },
            search_options: { count: "exact" },
          })
          return { indexed: result.metadata.count, error: null as string | null }
        } catch (error) {
          return { indexed: null, error: (error as Error).message }
        }
      })(),
      query
        .graph({ entity: definition.entity, fields: ["id"], filters: published, pagination: { take: 1, skip: 0 } })
        .then(({ metadata }) => (metadata as any)?.count ?? null)
        .catch(() => null),
      insight.getIndexSyncState(input.index).catch(() => null),
      query
        .graph({
          entity: definition.entity,
          fields: ["id", "updated_at"],
          filters: published,
          pagination: { take: FRESHNESS_SAMPLE, order: { updated_at: "DESC" } },
        })
        .then(({ data }) => data as { id: string; updated_at: string }[])
        .catch(() => [] as { id: string; updated_at: string }[]),
    ])
    const info = listed.find((entry) => entry.name === input.index)

    const freshness: SearchIndexStatus["freshness"] = {
      sampled: 0,
      stale: 0,
      lag_ms: null,
      newest_change_at: recent[0]?.updated_at ? new Date(recent[0].updated_at).toISOString() : null,
      last_indexed_at: null,
    }
    if (recent.length && count.error === null) {
      try {
        const { hits } = await search.search({
          entity: input.index,
          fields: ["id", "source_updated_at", "indexed_at"],
          filters: { id: recent.map((row) => row.id) },
          pagination: { take: recent.length },
        })
        const docs = new Map(hits.map((hit) => [hit.id, hit.document as Record<string, unknown>]))
        const now = Date.now()
        let oldestStale: number | null = null
        let lastIndexed: number | null = null
        for (const row of recent) {
          const changed = toTime(row.updated_at) ?? 0
          const doc = docs.get(row.id)
          const source = toTime(doc?.source_updated_at)
          const indexed = toTime(doc?.indexed_at)
          if (indexed !== null) lastIndexed = Math.max(lastIndexed ?? 0, indexed)
          if (!doc || source === null || source < changed) {
            freshness.stale++
            oldestStale = Math.min(oldestStale ?? changed, changed)
          }
        }
        freshness.sampled = recent.length
        freshness.lag_ms = oldestStale !== null ? Math.max(0, now - oldestStale) : 0
        freshness.last_indexed_at = lastIndexed !== null ? new Date(lastIndexed).toISOString() : null
      } catch {
        // Counted above as unreachable; the probe just stays empty.
      }
    }

    const running = sync?.running_sync ?? null
    const status: SearchIndexStatus = {
      name: definition.name,
      entity: definition.entity,
      status: (info?.status ?? "pending") as SearchIndexStatus["status"],
      provider: {
        id: info?.provider ?? definition.provider,
        default_id: definition.provider,
        reachable: count.error === null,
        error: count.error,
      },
      documents: { indexed: count.indexed, expected },
      sync,
      progress: running
        ? {
            documents_synced: running.documents_synced,
            expected,
            share: expected ? Math.min(1, running.documents_synced / expected) : null,
          }
        : null,
      freshness,
      checked_at: new Date().toISOString(),
    }
    return new StepResponse(status)
  }
)
