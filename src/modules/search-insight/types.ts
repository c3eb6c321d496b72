export type { RankingRule, SearchSettings } from "./utils/settings"

/** One answered store search, as the API hands it to the log (not yet normalised). */
export type SearchLogInput = {
  /** Chosen by the caller so the storefront can report clicks before the row is written. */
  id: string
  index_name: string
  query: string | null | undefined
  filters: unknown
  sort: string | null
  facets: string[] | null
  offset: number
  limit: number
  hits: number | null
  latency_ms: number
  engine_ms: number | null
  created_at?: Date
}

export type SearchClickInput = {
  search_id: string
  product_id: string
  position: number | null
}

export type SearchClickRecord = {
  id: string
  search_id: string
  product_id: string
  position: number | null
  created_at: Date
  /** False when the same click had been reported before. */
  created: boolean
}

export type SearchReportInput = {
  from: Date
  to: Date
  /** Rows per list (top queries, zero-result queries). */
  limit: number
  index_name?: string
}

export type SearchQueryStat = {
  query: string
  searches: number
  avg_hits: number
  clicks: number
  click_through_rate: number
  last_searched_at: string
}

export type SearchReport = {
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
  /** Logs still held in this process's write buffer (written within a second). */
  pending_logs: number
}

/** The Search Module's own record of an index: versions and sync runs (read-only). */
export type SearchIndexSyncState = {
  index: string
  active_version: number | null
  versions: {
    version: number
    provider: string
    physical_name: string
    status: string
    created_at: string
  }[]
  last_sync: SearchSyncRun | null
  running_sync: SearchSyncRun | null
  last_failure: SearchSyncRun | null
  failed_syncs_24h: number
}

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
