import type { MedusaContainer } from "@medusajs/framework/types"
import { SEARCH_INSIGHT_MODULE } from "../../../modules/search-insight"
import type SearchInsightModuleService from "../../../modules/search-insight/service"
import { DEFAULT_RANKING_RULES, type SearchSettings } from "../../../modules/search-insight/utils/settings"

/** Settings are read at most this often per process; a save in this process refreshes them at once. */
const TTL_MS = 15_000

let cached: { settings: SearchSettings; at: number } | null = null
let loading: Promise<SearchSettings> | null = null

const FALLBACK: SearchSettings = {
  synonyms: [],
  stop_words: [],
  ranking_rules: [...DEFAULT_RANKING_RULES],
  updated_at: null,
  updated_by: null,
}

/**
 * The search settings the store search applies (stop words, ranking order),
 * cached so a search does not read them from the database each time. When
 * they cannot be read, the defaults apply: search keeps working.
 */
export async function storeSearchSettings(scope: MedusaContainer): Promise<SearchSettings> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.settings
  loading ??= (async () => {
    try {
      const service = scope.resolve<SearchInsightModuleService>(SEARCH_INSIGHT_MODULE)
      const settings = await service.getStoreSearchSettings()
      cached = { settings, at: Date.now() }
      return settings
    } catch {
      return cached?.settings ?? FALLBACK
    } finally {
      loading = null
    }
  })()
  return loading
}

export function rememberStoreSearchSettings(settings: SearchSettings) {
  cached = { settings, at: Date.now() }
}
