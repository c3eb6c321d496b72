/**
 * Runs the provider against a real Meilisearch server:
 *
 *   MEILISEARCH_HOST=http://127.0.0.1:7700 MEILISEARCH_API_KEY=... npm run test:unit -- meilisearch
 *
 * Without MEILISEARCH_HOST the suite is skipped (and says so). Every index it
 * creates is named `medusa_live_<random>_*` and deleted afterwards.
 */
import { MeilisearchSearchService } from "../service"
import { productDefinition, providerQuery } from "./fixtures"

const host = process.env.MEILISEARCH_HOST

if (!host) {
  console.warn("Skipping the Meilisearch live tests: set MEILISEARCH_HOST (and MEILISEARCH_API_KEY) to run them")
}

const describeLive = host ? describe : describe.skip
// The reason is in the title too: `npm run test:unit` runs Jest with --silent, which hides console output.
const title = host
  ? `Meilisearch provider against ${host}`
  : "Meilisearch provider against a live server (skipped: MEILISEARCH_HOST is not set)"

describeLive(title, () => {
  jest.setTimeout(60_000)
  const run = `medusa_live_${Math.random().toString(36).slice(2, 10)}`
  const physical = `${run}_product_v1`
  const definition = productDefinition({ physical_name: physical, definition_hash: run })
  // Built in beforeAll: a skipped describe still runs its body while collecting tests.
  let service: MeilisearchSearchService
  beforeAll(() => {
    service = new MeilisearchSearchService(
      {},
      { host: host!, api_key: process.env.MEILISEARCH_API_KEY, task_timeout_ms: 30_000, max_batch_documents: 2 }
    )
  })
  const query = (overrides: Parameters<typeof providerQuery>[0] = {}) =>
    providerQuery({ index: definition, attributes_to_retrieve: ["id", "title", "price", "created_at"], ...overrides })

  const documents = [
    {
      id: "prod_1",
      title: "Red cotton shirt",
      description: "A soft shirt",
      handle: "red-shirt",
      status: "published",
      tags: ["sale", "cotton"],
      price: 19.5,
      rating: 4,
      in_stock: true,
      created_at: "2024-01-10T00:00:00.000Z",
      variants: [{ sku: "RS-S", price: 19.5 }],
      meta: { brand: "Acme" },
    },
    {
      id: "prod_2",
      title: "Blue denim jacket",
      description: "Warm jacket",
      handle: "blue-jacket",
      status: "published",
      tags: ["denim"],
      price: 89,
      rating: 5,
      in_stock: false,
      created_at: "2024-03-01T00:00:00.000Z",
      meta: { brand: 'Quote "Co"' },
    },
    {
      id: "prod_3",
      title: "Green shirt",
      handle: "green-shirt",
      status: "draft",
      tags: ["sale"],
      price: 25,
      rating: 3,
      in_stock: true,
      created_at: "2024-02-01T00:00:00.000Z",
      meta: { brand: "Acme" },
    },
  ]

  afterAll(async () => {
    await service?.deleteIndex({ index: physical }).catch(() => undefined)
  })

  it("reports the server as available", async () => {
    await expect(service.health()).resolves.toMatchObject({ status: "available" })
  })

  it("creates the index with its settings, then writes and waits for the documents", async () => {
    await expect(service.upsertIndex({ index: definition })).resolves.toMatchObject({ status: "succeeded" })
    // Idempotent: a second run converges on the same state.
    await service.upsertIndex({ index: definition })
    const task = await service.upsertDocuments({ index: physical, definition, documents })
    expect(task.status).toBe("enqueued")
    expect(task.id?.split(",")).toHaveLength(2)
    await expect(service.waitForTask(task)).resolves.toMatchObject({ status: "succeeded" })
    const info = (await service.listIndexes()).find((index) => index.name === physical)
    expect(info?.document_count).toBe(3)
  })

  it("searches text with filters, sort, facets, counts and highlights", async () => {
    const result = await service.search(
      query({
        q: "shirt",
        filters: { in_stock: true, price: { $lt: 30 } },
        pagination: { skip: 0, take: 10, order: { price: "DESC" } },
        search_options: {
          facets: ["status", { field: "price", type: "range", ranges: [{ to: 20 }, { from: 20 }] }, "meta.brand"],
          highlight: { fields: ["title"] },
          count: "exact",
        },
      })
    )
    expect(result.hits.map((hit) => hit.id)).toEqual(["prod_3", "prod_1"])
    expect(result.hits[1].document).toEqual({
      id: "prod_1",
      title: "Red cotton shirt",
      price: 19.5,
      created_at: "2024-01-10T00:00:00.000Z",
    })
    expect(result.hits[1].highlights).toEqual({ title: ["Red cotton <mark>shirt</mark>"] })
    expect(result.metadata.count).toBe(2)
    expect(result.facets?.status).toEqual({
      type: "value",
      values: [
        { value: "draft", count: 1 },
        { value: "published", count: 1 },
      ],
    })
    expect(result.facets?.price).toEqual({
      type: "range",
      ranges: [
        { key: "*-20", to: 20, count: 1 },
        { key: "20-*", from: 20, count: 1 },
      ],
    })
    expect(result.facets?.["meta.brand"]).toEqual({ type: "value", values: [{ value: "Acme", count: 2 }] })
  })

  it("matches escaped values, dates, arrays and logic", async () => {
    const ids = async (filters: Record<string, unknown>) =>
      (
        await service.search(query({ filters: filters as any, pagination: { take: 10, order: { rating: "ASC" } } }))
      ).hits.map((hit) => hit.id)
    expect(await ids({ "meta.brand": 'Quote "Co"' })).toEqual(["prod_2"])
    expect(await ids({ created_at: { $gte: new Date("2024-02-01T00:00:00.000Z") } })).toEqual(["prod_3", "prod_2"])
    expect(await ids({ tags: { $contains: ["sale", "cotton"] } })).toEqual(["prod_1"])
    expect(await ids({ tags: { $overlaps: ["denim", "cotton"] } })).toEqual(["prod_1", "prod_2"])
    expect(await ids({ $or: [{ status: "draft" }, { price: { $gt: 50 } }] })).toEqual(["prod_3", "prod_2"])
    expect(await ids({ $not: { status: "published" } })).toEqual(["prod_3"])
    expect(await ids({ "variants.sku": { $exists: false } })).toEqual(["prod_3", "prod_2"])
    expect(await ids({ status: { $in: [] } })).toEqual([])
  })

  it("runs several queries in one multi-search, with stats facets", async () => {
    const [shirts, all] = await service.searchMany([
      query({ q: "shirt" }),
      query({ search_options: { facets: [{ field: "price", type: "stats" }] } }),
    ])
    expect(shirts.hits.map((hit) => hit.id).sort()).toEqual(["prod_1", "prod_3"])
    expect(all.facets?.price).toEqual({ type: "stats", min: 19.5, max: 89, count: 3 })
  })

  it("deletes by id and by filter, then clears", async () => {
    await service.waitForTask(await service.deleteDocuments({ index: physical, filters: { id: ["prod_2"] } }))
    await service.waitForTask(await service.deleteDocuments({ index: physical, filters: { status: "draft" } }))
    expect((await service.search(query())).hits.map((hit) => hit.id)).toEqual(["prod_1"])
    await service.waitForTask(await service.clearIndex({ index: physical }))
    expect((await service.search(query())).metadata.count).toBe(0)
  })

  it("drops the index, then reports writes to it as NOT_FOUND", async () => {
    await expect(service.deleteIndex({ index: physical })).resolves.toMatchObject({ status: "succeeded" })
    await expect(
      service.upsertDocuments({ index: physical, definition, documents: [documents[0]] })
    ).rejects.toMatchObject({ type: "not_found" })
  })
})
