import type { Logger, SearchTypes } from "@medusajs/framework/types"
import { AbstractSearchProviderService, extractPrimaryKeyFilter, MedusaError } from "@medusajs/framework/utils"
import { checkMeilisearchHealth, createMeilisearchClient, resolveOptions } from "./client"
import type {
  MeilisearchClientLike,
  MeilisearchHealth,
  MeilisearchProviderOptions,
  ResolvedMeilisearchOptions,
} from "./types"
import { MEILISEARCH_PROVIDER_ID } from "./types"
import { batchDocuments } from "./utils/batch"
import { toMeilisearchDocument } from "./utils/documents"
import { toProviderError } from "./utils/errors"
import { compileFilters } from "./utils/filters"
import { buildIndexPlan, IndexPlan } from "./utils/plan"
import { prepareSearch } from "./utils/query"
import { buildSearchResult, MeilisearchResponseLike } from "./utils/result"
import { buildIndexSettings, BuiltIndexSettings } from "./utils/settings"
import { decodeTaskId, encodeTaskId, TaskLike, waitForTasks } from "./utils/tasks"

type InjectedDependencies = { logger?: Logger }

type CompiledDefinition = BuiltIndexSettings & { plan: IndexPlan }

/**
 * Meilisearch provider for the Search Module.
 *
 * The constructor only checks options: the client is built on first use and
 * nothing contacts the server before a module call does, so an unreachable
 * engine never stops the application from booting. Its failures surface as
 * Medusa errors from the call that hit them (coded `meilisearch_unreachable`
 * when the server cannot be reached), which the Search Module records on the
 * seed or reindex run; `health()` reports the engine's state for a status page.
 *
 * Writes are asynchronous in Meilisearch, so writes return `enqueued` tasks and
 * `waitForTask` polls them. `upsertIndex` waits for its own tasks so that a
 * definition Meilisearch refuses fails the migration, and so the settings are in
 * place before the first document arrives.
 */
export class MeilisearchSearchService extends AbstractSearchProviderService {
  static identifier = MEILISEARCH_PROVIDER_ID

  protected readonly logger_?: Logger
  protected readonly options_: ResolvedMeilisearchOptions
  protected client_?: Promise<MeilisearchClientLike>
  /** Compiled definitions by definition hash. */
  protected readonly compiled_ = new Map<string, CompiledDefinition>()
  /** The plan last seen for a physical index, for deletes (which get no definition). */
  protected readonly plansByIndex_ = new Map<string, IndexPlan>()

  constructor({ logger }: InjectedDependencies = {}, options: MeilisearchProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = resolveOptions(options)
    if (options?.client) {
      this.client_ = Promise.resolve(options.client)
    }
  }

  protected async client(): Promise<MeilisearchClientLike> {
    if (!this.client_) {
      this.client_ = createMeilisearchClient(this.options_).catch((error) => {
        this.client_ = undefined
        throw error
      })
    }
    return await this.client_
  }

  /** Runs one client call, turning its errors into Medusa errors. */
  protected async call<T>(action: string, run: (client: MeilisearchClientLike) => PromiseLike<T>): Promise<T> {
    try {
      return await run(await this.client())
    } catch (error) {
      throw toProviderError(error, action, this.options_.host)
    }
  }

  protected compile(definition: SearchTypes.ResolvedSearchIndexDefinition): CompiledDefinition {
    const key = definition.definition_hash ? `${definition.name}:${definition.definition_hash}` : undefined
    const cached = key ? this.compiled_.get(key) : undefined
    if (cached) return cached
    const plan = buildIndexPlan(definition)
    const compiled = {
      plan,
      ...buildIndexSettings(definition, plan, {
        max_total_hits: this.options_.max_total_hits,
        max_values_per_facet: this.options_.max_values_per_facet,
      }),
    }
    if (key) this.compiled_.set(key, compiled)
    return compiled
  }

  protected async fetchTasks(uids: number[]): Promise<TaskLike[]> {
    const tasks: TaskLike[] = []
    for (let offset = 0; offset < uids.length; offset += 100) {
      const chunk = uids.slice(offset, offset + 100)
      const page = await this.call("reading task status", (client) =>
        client.tasks.getTasks({ uids: chunk, limit: chunk.length })
      )
      tasks.push(...(page.results as TaskLike[]))
    }
    return tasks
  }

  protected async settle(uids: number[], timeout_ms?: number) {
    return await waitForTasks((pending) => this.fetchTasks(pending), uids, {
      timeout_ms: timeout_ms ?? this.options_.task_timeout_ms,
      interval_ms: this.options_.task_poll_interval_ms,
    })
  }

  /** The index's record, or undefined when Meilisearch has no such index. */
  protected async rawIndex(uid: string) {
    try {
      return await this.call(`reading index "${uid}"`, (client) => client.getRawIndex(uid))
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) return undefined
      throw error
    }
  }

  /**
   * Meilisearch creates a missing index on the first document write — without
   * any of the definition's settings. Refusing instead (`NOT_FOUND`) makes the
   * Search Module re-resolve the active version rather than leave a bare index
   * behind for a version that was dropped.
   */
  protected async existingIndex(uid: string) {
    const info = await this.rawIndex(uid)
    if (!info) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Meilisearch has no index "${uid}"; run the search migrations (npx medusa db:migrate) to create it`
      )
    }
    return info
  }

  async upsertIndex({ index }: { index: SearchTypes.ResolvedSearchIndexDefinition }): Promise<SearchTypes.SearchTask> {
    const { plan, settings } = this.compile(index)
    if (plan.ignored_vectors.length) {
      this.logger_?.warn(
        `The Meilisearch search provider does not index vector fields; ignoring ${plan.ignored_vectors
          .map((path) => `"${path}"`)
          .join(", ")} on search index "${index.name}"`
      )
    }
    const uid = index.physical_name
    let existing = await this.rawIndex(uid)

    // The module only points this at an index it is about to seed, so an index
    // keyed differently (a crashed run of an older definition) can be rebuilt.
    if (existing?.primaryKey && existing.primaryKey !== plan.primary_key) {
      const task = await this.call(`deleting index "${uid}"`, (client) => client.deleteIndex(uid))
      await this.settleOrThrow([task.taskUid], `recreating index "${uid}"`)
      existing = undefined
    }
    if (!existing) {
      const task = await this.call(`creating index "${uid}"`, (client) =>
        client.createIndex(uid, { primaryKey: plan.primary_key })
      )
      const created = await this.settle([task.taskUid])
      if (created.status === "failed" && created.error?.code !== "index_already_exists") {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Meilisearch could not create index "${uid}": ${created.error?.message}`
        )
      }
    }

    const task = await this.call(`updating the settings of "${uid}"`, (client) =>
      client.index(uid).updateSettings(settings)
    )
    const applied = await this.settle([task.taskUid])
    if (applied.status === "failed") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Meilisearch refused the settings of search index "${index.name}" (${uid}): ${applied.error?.message}`
      )
    }
    this.plansByIndex_.set(uid, plan)
    return { index: uid, status: "succeeded" }
  }

  protected async settleOrThrow(uids: number[], action: string) {
    const result = await this.settle(uids)
    if (result.status === "failed") {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch failed ${action}: ${result.error?.message}`
      )
    }
  }

  async deleteIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    let task: { taskUid: number }
    try {
      task = await this.call(`deleting index "${index}"`, (client) => client.deleteIndex(index))
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) {
        return { index, status: "succeeded" }
      }
      throw error
    }
    const result = await this.settle([task.taskUid])
    this.plansByIndex_.delete(index)
    if (result.status === "failed" && result.error?.code !== "index_not_found") {
      return { index, status: "failed", error: result.error }
    }
    return { index, status: "succeeded" }
  }

  async listIndexes(): Promise<SearchTypes.SearchIndexInfo[]> {
    const indexes: { uid: string; createdAt: string; updatedAt: string }[] = []
    const limit = 100
    for (let offset = 0; ; offset += limit) {
      const page = await this.call("listing indexes", (client) => client.getRawIndexes({ offset, limit }))
      indexes.push(...page.results)
      if (page.results.length < limit || indexes.length >= page.total) break
    }
    const stats = indexes.length ? await this.call("reading index stats", (client) => client.getStats()) : undefined
    return indexes.map((index) => ({
      name: index.uid,
      provider: MEILISEARCH_PROVIDER_ID,
      document_count: stats?.indexes?.[index.uid]?.numberOfDocuments ?? 0,
      created_at: new Date(index.createdAt),
      updated_at: new Date(index.updatedAt),
    }))
  }

  async upsertDocuments({
    index,
    definition,
    documents,
  }: {
    index: string
    definition: SearchTypes.ResolvedSearchIndexDefinition
    documents: SearchTypes.SearchDocument[]
  }): Promise<SearchTypes.SearchTask> {
    if (!documents.length) return { index, status: "succeeded" }
    const { plan } = this.compile(definition)
    // Serialized once: the same string is measured for batching and sent.
    const serialized = documents.map((document) => {
      const stored = toMeilisearchDocument(document, definition, plan)
      return { id: String(stored[plan.primary_key]), json: JSON.stringify(stored) }
    })
    const batches = batchDocuments(serialized, {
      max_documents: this.options_.max_batch_documents,
      max_bytes: this.options_.max_batch_bytes,
    })
    await this.existingIndex(index)
    this.plansByIndex_.set(index, plan)

    const uids: number[] = []
    for (const batch of batches) {
      const task = await this.call(`writing ${batch.count} document(s) to "${index}"`, (client) =>
        client.index(index).addDocumentsFromString(batch.payload, "application/json", { primaryKey: plan.primary_key })
      )
      uids.push(task.taskUid)
    }
    return { id: encodeTaskId(uids), index, status: "enqueued" }
  }

  async deleteDocuments({ index, filters }: SearchTypes.SearchDeleteDocumentsInput): Promise<SearchTypes.SearchTask> {
    const info = await this.existingIndex(index)
    const plan = this.plansByIndex_.get(index)
    const primaryKey = plan?.primary_key ?? info.primaryKey ?? "id"
    const ids = extractPrimaryKeyFilter(filters, { primary_key: primaryKey })
    const uids: number[] = []

    if (ids) {
      for (let offset = 0; offset < ids.length; offset += this.options_.max_batch_documents) {
        const chunk = ids.slice(offset, offset + this.options_.max_batch_documents)
        const task = await this.call(`deleting ${chunk.length} document(s) from "${index}"`, (client) =>
          client.index(index).deleteDocuments(chunk)
        )
        uids.push(task.taskUid)
      }
    } else {
      const filter = compileFilters(filters, { plan, contains_filter: this.options_.contains_filter })
      // An empty expression would select every document: refuse rather than wipe the index.
      if (!filter) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The filters of a delete on "${index}" select nothing specific; use a reindex to empty an index`
        )
      }
      const task = await this.call(`deleting documents from "${index}"`, (client) =>
        client.index(index).deleteDocuments({ filter })
      )
      uids.push(task.taskUid)
    }
    if (!uids.length) return { index, status: "succeeded" }
    return { id: encodeTaskId(uids), index, status: "enqueued" }
  }

  async clearIndex({ index }: { index: string }): Promise<SearchTypes.SearchTask> {
    await this.existingIndex(index)
    const task = await this.call(`clearing "${index}"`, (client) => client.index(index).deleteAllDocuments())
    return { id: encodeTaskId([task.taskUid]), index, status: "enqueued" }
  }

  async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const [result] = await this.searchMany([input])
    return result
  }

  /** Every query — with its facet and count sub-queries — in one multi-search request. */
  async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (!inputs.length) return []
    const prepared = inputs.map((input) => {
      const { plan, limits } = this.compile(input.index)
      this.plansByIndex_.set(input.index.physical_name, plan)
      return prepareSearch(input, plan, limits, { contains_filter: this.options_.contains_filter })
    })
    const queries = prepared.flatMap((entry) => entry.queries)
    const response = await this.call("searching", (client) => client.multiSearch({ queries }))
    const results = response.results as unknown as MeilisearchResponseLike[]
    if (results.length !== queries.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Meilisearch answered ${results.length} of ${queries.length} queries`
      )
    }
    let offset = 0
    return prepared.map((entry) => {
      const slice = results.slice(offset, offset + entry.queries.length)
      offset += entry.queries.length
      return buildSearchResult(entry, slice)
    })
  }

  async waitForTask(task: SearchTypes.SearchTask, options?: { timeout_ms?: number }): Promise<SearchTypes.SearchTask> {
    if (task.status === "succeeded" || task.status === "failed") return task
    const result = await this.settle(decodeTaskId(task.id), options?.timeout_ms)
    const { error: _previous, ...rest } = task
    return result.status === "failed"
      ? { ...rest, status: "failed", error: result.error }
      : { ...rest, status: "succeeded" }
  }

  /** The engine's state, for a status page: never throws. */
  async health(): Promise<MeilisearchHealth> {
    let client: MeilisearchClientLike | undefined
    try {
      client = await this.client()
    } catch (error) {
      return { status: "error", host: this.options_.host, message: (error as Error).message }
    }
    return await checkMeilisearchHealth(
      {
        host: this.options_.host,
        api_key: this.options_.api_key,
        request_timeout_ms: this.options_.request_timeout_ms,
      },
      client
    )
  }
}

export default MeilisearchSearchService
