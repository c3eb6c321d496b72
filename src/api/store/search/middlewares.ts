import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService, SearchTypes } from "@medusajs/framework/types"
import { generateEntityId, MedusaError, Modules } from "@medusajs/framework/utils"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"
import { stripStopWords } from "../../../modules/search-insight/utils/query-text"
import { sortLabel } from "../../../modules/search-insight/utils/report"
import type { SearchSettings } from "../../../modules/search-insight/utils/settings"
import { PRODUCT_INDEX } from "../../../search/_config"
import { leafFields, queryProblems, type FieldMap } from "../../../search/_query-guard"
import { rankingOrder, withTiebreak } from "../../../search/_ranking"
import { storeSearchSettings } from "./settings-cache"

type StoreQuery = {
  entity: string
  fields?: string[]
  filters?: Record<string, any>
  pagination?: { skip?: number; take?: number; order?: Record<string, "ASC" | "DESC">; cursor?: string }
  search_options?: Record<string, any>
}

/** What the shopper sent, before stop words and the store's ranking order were applied (that is what is logged). */
type AsSent = { q: string | undefined; order: Record<string, string> | undefined }

const fieldMaps = new Map<string, FieldMap>()
function fieldMapFor(search: ISearchModuleService, index: string): FieldMap {
  let map = fieldMaps.get(index)
  if (!map) {
    map = leafFields(search.getIndex(index).fields)
    fieldMaps.set(index, map)
  }
  return map
}

const queriesOf = (body: any): StoreQuery[] =>
  !body || typeof body !== "object" ? [] : Array.isArray(body.queries) ? body.queries : [body]

/** Applies the store's stop words and ranking rules to a product query (in place). */
export function prepareProductQuery(query: StoreQuery, settings: Pick<SearchSettings, "stop_words" | "ranking_rules">) {
  const q = typeof query.filters?.q === "string" ? query.filters.q : undefined
  if (q !== undefined && settings.stop_words.length) {
    query.filters = { ...query.filters, q: stripStopWords(q, settings.stop_words) }
  }
  const hasText = !!q?.trim()
  const order = query.pagination?.order
  query.pagination = {
    ...query.pagination,
    order: withTiebreak(order && Object.keys(order).length ? order : rankingOrder(settings.ranking_rules, hasText)),
  }
}

/**
 * `POST /store/search`, before Medusa's route: checks each product query
 * against the index definition (a clear 400 naming the field, the same on
 * every engine), applies stop words and the ranking order, and instruments
 * the response: every answered query is logged for the search analytics
 * (queued in memory and written in batches: the response never waits on it,
 * and a failing log never fails the search). The log id of each query comes
 * back in `search_ids` (and the first in the `x-search-id` header) for
 * `POST /store/search-clicks`.
 */
export function storeSearchInstrumentation() {
  return async function storeSearchInstrumentationMiddleware(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const started = performance.now()
    try {
      const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH, { allowUnregistered: true } as any)
      if (!search) return next()
      const body = (req as any).validatedBody ?? req.body
      const queries = queriesOf(body)
      const settings = await storeSearchSettings(req.scope)
      const asSent: AsSent[] = []
      for (const query of queries) {
        asSent.push({
          q: typeof query?.filters?.q === "string" ? query.filters.q : undefined,
          order: query?.pagination?.order,
        })
        if (query?.entity !== PRODUCT_INDEX) continue
        let fields: FieldMap
        try {
          fields = fieldMapFor(search, PRODUCT_INDEX)
        } catch {
          continue // not registered: Medusa's route answers 404
        }
        const problems = queryProblems(query, fields)
        if (problems.length) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Invalid search query: ${problems.slice(0, 5).join("; ")}`
          )
        }
        prepareProductQuery(query, settings)
      }
      instrumentResponse(req, res, { queries, asSent, started })
      next()
    } catch (error) {
      next(error)
    }
  }
}

function instrumentResponse(
  req: MedusaRequest,
  res: MedusaResponse,
  ctx: { queries: StoreQuery[]; asSent: AsSent[]; started: number }
) {
  const send = res.json.bind(res)
  res.json = ((payload: any) => {
    if (res.statusCode >= 400 || !payload || !Array.isArray(payload.results)) return send(payload)
    try {
      payload.search_ids = logSearches(req, ctx, payload.results)
      const first = payload.search_ids.find(Boolean)
      if (first) res.setHeader("x-search-id", first)
    } catch {
      // The log is best-effort: the answer goes out regardless.
    }
    return send(payload)
  }) as typeof res.json
}

function logSearches(
  req: MedusaRequest,
  ctx: { queries: StoreQuery[]; asSent: AsSent[]; started: number },
  results: SearchTypes.SearchResult[]
): (string | null)[] {
  const insight = req.scope.resolve<SearchInsightModuleService>(SEARCH_INSIGHT_MODULE, {
    allowUnregistered: true,
  } as any)
  const latency = performance.now() - ctx.started
  return ctx.queries.map((query, i) => {
    const result = results[i]
    // Facet-only queries (InstantSearch's disjunctive facets ask with take 0) are not searches of their own.
    if (!insight || !result || (query.pagination?.take ?? 20) === 0) return null
    const id = generateEntityId(undefined, "srql")
    const { q: _q, ...filters } = query.filters ?? {}
    insight.recordSearch({
      id,
      index_name: query.entity,
      query: ctx.asSent[i]?.q,
      filters,
      sort: sortLabel(ctx.asSent[i]?.order),
      facets: (query.search_options?.facets ?? []).map((facet: any) =>
        typeof facet === "string" ? facet : String(facet?.field)
      ),
      offset: query.pagination?.skip ?? 0,
      limit: query.pagination?.take ?? 20,
      hits: result.metadata?.count ?? result.hits.length,
      latency_ms: latency,
      engine_ms: result.metadata?.processing_time_ms ?? null,
    })
    return id
  })
}
