import net from "node:net"
import { MedusaError } from "@medusajs/framework/utils"
import { MeilisearchSearchService } from "../service"
import type { MeilisearchClientLike } from "../types"
import { isMeilisearchUnreachable } from "../utils/errors"
import { productDefinition, providerQuery } from "./fixtures"

type Call = [string, ...unknown[]]

function notFound(uid: string) {
  return Object.assign(new Error(`Index \`${uid}\` not found.`), {
    name: "MeilisearchApiError",
    cause: { code: "index_not_found", message: `Index \`${uid}\` not found.` },
    response: { status: 404, headers: { get: () => null } },
  })
}

/** An in-memory stand-in for the official client: records calls, tasks succeed unless told otherwise. */
function fakeClient(options: { indexes?: Record<string, string>; taskStatus?: (type: string) => string } = {}) {
  const calls: Call[] = []
  const indexes = new Map(Object.entries(options.indexes ?? {}))
  const tasks = new Map<number, { type: string; status: string }>()
  let nextUid = 1
  const enqueue = (type: string) => {
    const uid = nextUid++
    tasks.set(uid, { type, status: options.taskStatus?.(type) ?? "succeeded" })
    return Promise.resolve({
      taskUid: uid,
      indexUid: null,
      status: "enqueued" as const,
      type: type as any,
      enqueuedAt: "",
    })
  }
  let searchResponse: (queries: any[]) => any = (queries) => ({
    results: queries.map(() => ({ hits: [], estimatedTotalHits: 0 })),
  })

  const client: MeilisearchClientLike = {
    index: (uid) => ({
      addDocumentsFromString: (payload, type, params) => {
        calls.push(["addDocuments", uid, JSON.parse(payload), type, params])
        return enqueue("documentAdditionOrUpdate")
      },
      deleteDocuments: (params) => {
        calls.push(["deleteDocuments", uid, params])
        return enqueue("documentDeletion")
      },
      deleteAllDocuments: () => {
        calls.push(["deleteAllDocuments", uid])
        return enqueue("documentDeletion")
      },
      updateSettings: (settings) => {
        calls.push(["updateSettings", uid, settings])
        return enqueue("settingsUpdate")
      },
    }),
    getRawIndex: async (uid) => {
      calls.push(["getRawIndex", uid])
      if (!indexes.has(uid)) throw notFound(uid)
      return { uid, primaryKey: indexes.get(uid), createdAt: "2024-01-01T00:00:00Z", updatedAt: "2024-01-02T00:00:00Z" }
    },
    getRawIndexes: async ({ offset = 0, limit = 20 } = {}) => {
      const all = [...indexes.keys()].map((uid) => ({
        uid,
        primaryKey: indexes.get(uid),
        createdAt: "2024-01-01T00:00:00Z",
        updatedAt: "2024-01-02T00:00:00Z",
      }))
      return { results: all.slice(offset, offset + limit), offset, limit, total: all.length }
    },
    createIndex: (uid, params) => {
      calls.push(["createIndex", uid, params])
      indexes.set(uid, params?.primaryKey ?? "")
      return enqueue("indexCreation")
    },
    deleteIndex: (uid) => {
      calls.push(["deleteIndex", uid])
      indexes.delete(uid)
      return enqueue("indexDeletion")
    },
    multiSearch: async ({ queries }) => {
      calls.push(["multiSearch", queries])
      return searchResponse(queries)
    },
    getStats: async () => ({
      databaseSize: 0,
      usedDatabaseSize: 0,
      lastUpdate: "",
      indexes: Object.fromEntries(
        [...indexes.keys()].map((uid, i) => [uid, { numberOfDocuments: (i + 1) * 10 } as any])
      ),
    }),
    health: async () => ({ status: "available" }),
    getVersion: async () => ({ pkgVersion: "1.15.0", commitSha: "", commitDate: "" }),
    tasks: {
      getTasks: async ({ uids } = {}) => {
        const list = (uids as number[]).filter((uid) => tasks.has(uid))
        return {
          results: list.map((uid) => ({
            uid,
            status: tasks.get(uid)!.status,
            error:
              tasks.get(uid)!.status === "failed"
                ? { message: "Invalid ranking rule", code: "invalid_settings_ranking_rules" }
                : null,
          })),
        } as any
      },
    },
  }
  return {
    client,
    calls,
    indexes,
    setSearchResponse: (fn: typeof searchResponse) => {
      searchResponse = fn
    },
  }
}

const provider = (fake: ReturnType<typeof fakeClient>, options: Record<string, unknown> = {}) =>
  new MeilisearchSearchService(
    {},
    { host: "http://meili.test:7700", client: fake.client, task_poll_interval_ms: 1, ...options }
  )

describe("MeilisearchSearchService", () => {
  it("identifies as search-meilisearch", () => {
    expect(MeilisearchSearchService.identifier).toBe("search-meilisearch")
    expect(provider(fakeClient()).identifier).toBe("search-meilisearch")
  })

  it("checks options in the constructor without contacting the server", () => {
    expect(() => new MeilisearchSearchService({}, {} as any)).toThrow(/requires a "host"/)
    expect(() => new MeilisearchSearchService({}, { host: "meili:7700" })).toThrow(/http\(s\) URL|not a URL/)
    expect(() => new MeilisearchSearchService({}, { host: "http://x", max_batch_bytes: 0 })).toThrow(/max_batch_bytes/)
    const fake = fakeClient()
    provider(fake)
    expect(fake.calls).toEqual([])
  })

  it("upsertIndex creates the index with its primary key, then applies the settings, waiting for both", async () => {
    const fake = fakeClient()
    const task = await provider(fake).upsertIndex({ index: productDefinition() })
    expect(task).toEqual({ index: "product_v1", status: "succeeded" })
    expect(fake.calls.map((call) => call[0])).toEqual(["getRawIndex", "createIndex", "updateSettings"])
    expect(fake.calls[1]).toEqual(["createIndex", "product_v1", { primaryKey: "id" }])
    const settings = fake.calls[2][2] as Record<string, unknown>
    expect(settings.searchableAttributes).toEqual(["title", "handle", "subtitle", "description", "variants.sku"])
  })

  it("upsertIndex recreates an index keyed differently and fails when Meilisearch refuses the settings", async () => {
    const fake = fakeClient({ indexes: { product_v1: "sku" } })
    await provider(fake).upsertIndex({ index: productDefinition() })
    expect(fake.calls.map((call) => call[0])).toEqual(["getRawIndex", "deleteIndex", "createIndex", "updateSettings"])

    const refusing = fakeClient({ taskStatus: (type) => (type === "settingsUpdate" ? "failed" : "succeeded") })
    await expect(provider(refusing).upsertIndex({ index: productDefinition() })).rejects.toThrow(
      /refused the settings of search index "product" \(product_v1\): Invalid ranking rule/
    )
  })

  it("upsertDocuments writes projected documents in count- and byte-bounded batches and returns one task", async () => {
    const fake = fakeClient({ indexes: { product_v1: "id" } })
    const documents = ["a", "b", "c"].map((id) => ({ id: `prod_${id}`, title: `T ${id}`, undeclared: 1 }))
    const service = provider(fake, { max_batch_documents: 2 })
    const task = await service.upsertDocuments({ index: "product_v1", definition: productDefinition(), documents })
    expect(task).toEqual({ id: "1,2", index: "product_v1", status: "enqueued" })
    const writes = fake.calls.filter((call) => call[0] === "addDocuments")
    expect(writes.map((call) => call[2])).toEqual([
      [
        { id: "prod_a", title: "T a" },
        { id: "prod_b", title: "T b" },
      ],
      [{ id: "prod_c", title: "T c" }],
    ])
    expect(writes[0][4]).toEqual({ primaryKey: "id" })
    await expect(service.waitForTask(task)).resolves.toEqual({ id: "1,2", index: "product_v1", status: "succeeded" })
  })

  it("upsertDocuments refuses to let Meilisearch auto-create a missing index", async () => {
    const fake = fakeClient()
    const error = await provider(fake)
      .upsertDocuments({ index: "product_v9", definition: productDefinition(), documents: [{ id: "p" }] })
      .catch((e) => e)
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.NOT_FOUND)
    expect(fake.calls.some((call) => call[0] === "addDocuments")).toBe(false)
  })

  it("deleteDocuments uses the id path for primary-key filters and a compiled filter otherwise", async () => {
    const fake = fakeClient({ indexes: { product_v1: "id" } })
    const service = provider(fake)
    await service.upsertIndex({ index: productDefinition() })
    await service.deleteDocuments({ index: "product_v1", filters: { id: ["prod_1", "prod_2"] } })
    await service.deleteDocuments({
      index: "product_v1",
      filters: { status: "draft", created_at: { $lt: new Date(1000) } },
    })
    expect(fake.calls.filter((call) => call[0] === "deleteDocuments")).toEqual([
      ["deleteDocuments", "product_v1", ["prod_1", "prod_2"]],
      ["deleteDocuments", "product_v1", { filter: '(status = "draft" AND created_at < 1000)' }],
    ])
    await expect(service.deleteDocuments({ index: "product_v1", filters: { id: [] } })).resolves.toEqual({
      index: "product_v1",
      status: "succeeded",
    })
    await expect(service.deleteDocuments({ index: "product_v1", filters: { $or: [] } })).rejects.toThrow(
      /select nothing specific/
    )
  })

  it("searchMany packs every query and its sub-queries into ONE multi-search request", async () => {
    const fake = fakeClient()
    fake.setSearchResponse((queries) => ({
      results: queries.map((query: any, i: number) => ({
        hits: query.limit ? [{ id: `prod_${i}`, title: `hit ${i}` }] : [],
        estimatedTotalHits: 10 + i,
        totalHits: 5,
        processingTimeMs: 1,
      })),
    }))
    const results = await provider(fake).searchMany([
      providerQuery({ q: "shirt" }),
      providerQuery({
        filters: { status: "published" },
        search_options: { facets: [{ field: "price", type: "range", ranges: [{ to: 10 }, { from: 10 }] }] },
      }),
    ])
    const searches = fake.calls.filter((call) => call[0] === "multiSearch")
    expect(searches).toHaveLength(1)
    expect((searches[0][1] as unknown[]).length).toBe(4)
    expect(results[0].hits).toEqual([{ id: "prod_0", document: { id: "prod_0", title: "hit 0" } }])
    expect(results[0].metadata.count).toBe(10)
    expect(results[1].hits[0].id).toBe("prod_1")
    expect(results[1].facets?.price).toEqual({
      type: "range",
      ranges: [
        { key: "*-10", to: 10, count: 5 },
        { key: "10-*", from: 10, count: 5 },
      ],
    })
    await expect(provider(fake).searchMany([])).resolves.toEqual([])
  })

  it("rejects an unsupported query without sending anything", async () => {
    const fake = fakeClient()
    await expect(provider(fake).search(providerQuery({ pagination: { cursor: "x" } }))).rejects.toThrow(/cursor/)
    expect(fake.calls).toEqual([])
  })

  it("listIndexes reports every index with its document count", async () => {
    const fake = fakeClient({ indexes: { product_v1: "id", product_v2: "id" } })
    await expect(provider(fake).listIndexes()).resolves.toEqual([
      {
        name: "product_v1",
        provider: "search-meilisearch",
        document_count: 10,
        created_at: new Date("2024-01-01T00:00:00Z"),
        updated_at: new Date("2024-01-02T00:00:00Z"),
      },
      {
        name: "product_v2",
        provider: "search-meilisearch",
        document_count: 20,
        created_at: new Date("2024-01-01T00:00:00Z"),
        updated_at: new Date("2024-01-02T00:00:00Z"),
      },
    ])
  })

  it("deleteIndex tolerates a missing index; clearIndex empties an existing one", async () => {
    const fake = fakeClient({ indexes: { product_v1: "id" } })
    const service = provider(fake)
    await expect(service.deleteIndex({ index: "product_v1" })).resolves.toEqual({
      index: "product_v1",
      status: "succeeded",
    })
    const missing = fakeClient()
    missing.client.deleteIndex = () => Promise.reject(notFound("gone")) as any
    await expect(provider(missing).deleteIndex({ index: "gone" })).resolves.toEqual({
      index: "gone",
      status: "succeeded",
    })

    const clearing = fakeClient({ indexes: { product_v1: "id" } })
    await expect(provider(clearing).clearIndex({ index: "product_v1" })).resolves.toEqual({
      id: "1",
      index: "product_v1",
      status: "enqueued",
    })
    await expect(provider(fakeClient()).clearIndex({ index: "nope" })).rejects.toThrow(/has no index "nope"/)
  })

  it("waitForTask reports a failed write with Meilisearch's error", async () => {
    const fake = fakeClient({
      indexes: { product_v1: "id" },
      taskStatus: (type) => (type === "documentAdditionOrUpdate" ? "failed" : "succeeded"),
    })
    const service = provider(fake)
    const task = await service.upsertDocuments({
      index: "product_v1",
      definition: productDefinition(),
      documents: [{ id: "p" }],
    })
    await expect(service.waitForTask(task, { timeout_ms: 1000 })).resolves.toMatchObject({
      status: "failed",
      error: { message: "Invalid ranking rule" },
    })
    await expect(service.waitForTask({ index: "x", status: "succeeded" })).resolves.toEqual({
      index: "x",
      status: "succeeded",
    })
  })

  it("health() reports available with the server version", async () => {
    await expect(provider(fakeClient()).health()).resolves.toEqual({
      status: "available",
      host: "http://meili.test:7700",
      version: "1.15.0",
    })
  })
})

describe("with the real client and no server", () => {
  // A port that was just free: bound, then closed, so connecting to it is refused.
  let host: string
  beforeAll(async () => {
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    host = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
    await new Promise((resolve) => server.close(resolve))
  })

  it("boots, then reports unreachable from health() and from calls as coded Medusa errors", async () => {
    const service = new MeilisearchSearchService({}, { host, request_timeout_ms: 2000 })
    await expect(service.health()).resolves.toMatchObject({ status: "unreachable", host })
    const error = await service.search(providerQuery({ q: "x" })).catch((e) => e)
    expect(error).toBeInstanceOf(MedusaError)
    expect(isMeilisearchUnreachable(error)).toBe(true)
    expect(error.message.startsWith(`Meilisearch is unreachable at ${host} (searching): `)).toBe(true)
    // The cause chain of the client's fetch error (created in another realm under Jest) is spelled out.
    expect(error.message).toMatch(/ECONNREFUSED/)
    await expect(service.listIndexes()).rejects.toThrow(/unreachable/)
  })
})
