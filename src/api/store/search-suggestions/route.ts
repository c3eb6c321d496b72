import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ISearchModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"
import { stripStopWords } from "../../../modules/search-insight/utils/query-text"
import { PRODUCT_INDEX } from "../../../search/_config"
import { productStoreScope } from "../../../search/_scope"
import { storeSearchSettings } from "../search/settings-cache"
import { parseQuery } from "../../validation"
import { StoreGetSearchSuggestions } from "./validators"

const POPULAR_WINDOW_DAYS = 30

/**
 * GET /store/search-suggestions?q=&limit= — autocomplete as the shopper
 * types: products whose text matches with the last word as a prefix ("clas
 * te" finds "Classic Tee"), in the publishable key's sales channels and
 * published, plus earlier searches starting the same way that found
 * something. Two reads, run side by side; not logged as searches.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { q, limit } = parseQuery(StoreGetSearchSuggestions, req.query)
  const scope = productStoreScope((req as any).publishable_key_context?.sales_channel_ids)
  const search = req.scope.resolve<ISearchModuleService>(Modules.SEARCH, { allowUnregistered: true } as any)
  if (!search) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The Search Module is not installed")
  const insight = req.scope.resolve<SearchInsightModuleService>(SEARCH_INSIGHT_MODULE)
  const settings = await storeSearchSettings(req.scope)

  const [result, queries] = await Promise.all([
    search.search({
      entity: PRODUCT_INDEX,
      fields: ["id", "title", "handle", "thumbnail"],
      filters: { q: stripStopWords(q, settings.stop_words), ...scope },
      pagination: { take: limit },
      search_options: { match_strategy: "last", count: "none" },
    }),
    insight
      .suggestQueries({ prefix: q, limit, since: new Date(Date.now() - POPULAR_WINDOW_DAYS * 86_400_000) })
      .catch(() => []),
  ])
  res.json({
    products: result.hits.map((hit) => ({
      id: hit.id,
      title: hit.document.title ?? null,
      handle: hit.document.handle ?? null,
      thumbnail: hit.document.thumbnail ?? null,
    })),
    queries,
  })
}
