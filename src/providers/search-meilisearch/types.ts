import type {
  EnqueuedTask,
  IndexObject,
  IndexesQuery,
  IndexesResults,
  MultiSearchParams,
  MultiSearchResponse,
  Settings,
  Stats,
  TasksOrBatchesQuery,
  TasksResults,
  DocumentsIds,
  DocumentsDeletionQuery,
  Health,
  Version,
  RawDocumentAdditionOptions,
} from "meilisearch" with { "resolution-mode": "import" }

export type {
  MultiSearchQuery,
  MultiSearchResult,
  Settings as MeilisearchSettings,
  Task as MeilisearchTask,
} from "meilisearch" with { "resolution-mode": "import" }

/** The identifier index definitions and `default_provider` use to select this provider. */
export const MEILISEARCH_PROVIDER_ID = "search-meilisearch"

/** Meilisearch's default `--http-payload-size-limit` (100 MB). */
export const DEFAULT_MAX_PAYLOAD_BYTES = 100 * 1024 * 1024

/**
 * Options of the provider, as registered in `medusa-config.ts` (see `config.ts`).
 * Everything but `host` has a default.
 */
export interface MeilisearchProviderOptions {
  /** Base URL of the Meilisearch server, e.g. `http://127.0.0.1:7700`. */
  host: string
  /** API key (the master key or a key with search, documents, indexes, settings and tasks rights). */
  api_key?: string
  /** Timeout of one HTTP request to Meilisearch, in ms. @default 10000 */
  request_timeout_ms?: number
  /** How long `waitForTask` (and `upsertIndex`, which waits for its settings) waits by default, in ms. @default 120000 */
  task_timeout_ms?: number
  /** Interval between two task polls, in ms. @default 100 */
  task_poll_interval_ms?: number
  /** Maximum number of documents sent in one request. @default 10000 */
  max_batch_documents?: number
  /**
   * Maximum size of one document payload, in bytes. Keep it at or below the
   * server's `--http-payload-size-limit`. @default 104857600 (100 MB)
   */
  max_batch_bytes?: number
  /**
   * Index-level `pagination.maxTotalHits` unless an index overrides it: the
   * deepest `skip + take` a query may reach, and the cap of exact counts.
   * @default 10000
   */
  max_total_hits?: number
  /** Index-level `faceting.maxValuesPerFacet` unless an index overrides it. @default 100 */
  max_values_per_facet?: number
  /**
   * Compile `$prefix` to `STARTS WITH` and `$like` to `CONTAINS`. Needs the
   * `containsFilter` experimental feature enabled on the server. @default false
   */
  contains_filter?: boolean
  /**
   * A ready client, for tests or a custom transport. Normally left out: the
   * provider builds the official client on first use.
   */
  client?: MeilisearchClientLike
}

/** Options with their defaults applied. */
export interface ResolvedMeilisearchOptions {
  host: string
  api_key?: string
  request_timeout_ms: number
  task_timeout_ms: number
  task_poll_interval_ms: number
  max_batch_documents: number
  max_batch_bytes: number
  max_total_hits: number
  max_values_per_facet: number
  contains_filter: boolean
}

/** The part of the official `meilisearch` client's `Index` the provider uses. */
export interface MeilisearchIndexLike {
  addDocumentsFromString(
    documents: string,
    contentType: "application/json",
    queryParams?: RawDocumentAdditionOptions
  ): PromiseLike<EnqueuedTask>
  deleteDocuments(params: DocumentsDeletionQuery | DocumentsIds): PromiseLike<EnqueuedTask>
  deleteAllDocuments(): PromiseLike<EnqueuedTask>
  updateSettings(settings: Settings): PromiseLike<EnqueuedTask>
}

/** The part of the official `meilisearch` client the provider uses, so tests can stand in for it. */
export interface MeilisearchClientLike {
  index(uid: string): MeilisearchIndexLike
  getRawIndex(uid: string): Promise<IndexObject>
  getRawIndexes(parameters?: IndexesQuery): Promise<IndexesResults<IndexObject[]>>
  createIndex(uid: string, options?: { primaryKey?: string }): PromiseLike<EnqueuedTask>
  deleteIndex(uid: string): PromiseLike<EnqueuedTask>
  multiSearch(queries: MultiSearchParams): Promise<MultiSearchResponse>
  getStats(): Promise<Stats>
  health(): Promise<Health>
  getVersion(): Promise<Version>
  tasks: { getTasks(params?: TasksOrBatchesQuery): Promise<TasksResults> }
}

/** What `health()` reports, for an admin status page. */
export interface MeilisearchHealth {
  status: "available" | "unreachable" | "unauthorized" | "error"
  host: string
  version?: string
  message?: string
}
