/** Shapes of the search admin routes (src/api/admin/search-*). */

export type SearchSyncRun = {
  id: string
  version: number
  status: string
  documents_synced: number
  started_at: string | null
  completed_at: string | null
  error: string | null
  full: boolean
}

export type SearchIndexStatus = {
  name: string
  entity: string
  status: "pending" | "building" | "ready" | "error"
  provider: { id: string; default_id: string; reachable: boolean; error: string | null }
  documents: { indexed: number | null; expected: number | null }
  sync: {
    active_version: number | null
    versions: { version: number; provider: string; physical_name: string; status: string; created_at: string }[]
    last_sync: SearchSyncRun | null
    running_sync: SearchSyncRun | null
    last_failure: SearchSyncRun | null
    failed_syncs_24h: number
  } | null
  progress: { documents_synced: number; expected: number | null; share: number | null } | null
  freshness: {
    sampled: number
    stale: number
    lag_ms: number | null
    newest_change_at: string | null
    last_indexed_at: string | null
  }
  checked_at: string
}

export type RankingRule = "relevance" | "in_stock" | "best_selling" | "newest"

export type SearchSettings = {
  synonyms: string[][]
  stop_words: string[]
  ranking_rules: RankingRule[]
  updated_at: string | null
  updated_by: string | null
}

export type SearchQueryStat = {
  query: string
  searches: number
  avg_hits: number
  clicks: number
  click_through_rate: number
  last_searched_at: string
}

export type SearchInsights = {
  days: number
  from: string
  to: string
  totals: {
    searches: number
    text_searches: number
    zero_result_searches: number
    zero_result_rate: number
    searches_with_click: number
    clicks: number
    click_through_rate: number
    latency_p50_ms: number | null
    latency_p95_ms: number | null
  }
  top_queries: SearchQueryStat[]
  zero_result_queries: SearchQueryStat[]
  pending_logs: number
}

export type ProductSearchState = "indexed" | "stale" | "missing" | "not_indexed" | "pending_removal" | "unreachable"

export type ProductSearchDocument = {
  product_id: string
  index: string
  state: ProductSearchState
  product: { status: string; updated_at: string | null; sales_channel_ids: string[] }
  document: Record<string, any> | null
  error: string | null
}
