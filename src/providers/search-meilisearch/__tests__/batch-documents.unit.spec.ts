import { batchDocuments } from "../utils/batch"
import { fromMeilisearchHit, toMeilisearchDocument } from "../utils/documents"
import { buildIndexPlan } from "../utils/plan"
import { productDefinition } from "./fixtures"

const doc = (id: string, text: string) => ({ id, json: JSON.stringify({ id, text }) })

describe("batchDocuments", () => {
  it("splits by document count, keeping order", () => {
    const docs = ["a", "b", "c", "d", "e"].map((id) => doc(id, "x"))
    const batches = batchDocuments(docs, { max_documents: 2, max_bytes: 1_000_000 })
    expect(batches.map((batch) => batch.count)).toEqual([2, 2, 1])
    expect(batches.flatMap((batch) => JSON.parse(batch.payload).map((entry: { id: string }) => entry.id))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
    ])
  })

  it("splits by bytes of the whole JSON array, brackets and commas included", () => {
    // Each document is {"id":"a","text":"xxxxxxxxxx"} = 30 bytes.
    const docs = ["a", "b", "c"].map((id) => doc(id, "xxxxxxxxxx"))
    expect(Buffer.byteLength(docs[0].json)).toBe(30)
    // Two documents take 2 + 30 + 1 + 30 = 63 bytes.
    expect(batchDocuments(docs, { max_documents: 100, max_bytes: 63 }).map((batch) => batch.count)).toEqual([2, 1])
    expect(batchDocuments(docs, { max_documents: 100, max_bytes: 62 }).map((batch) => batch.count)).toEqual([1, 1, 1])
    // All three: 2 + 30 * 3 + 2 = 94.
    const [all] = batchDocuments(docs, { max_documents: 100, max_bytes: 94 })
    expect(all.count).toBe(3)
    expect(all.bytes).toBe(94)
    expect(Buffer.byteLength(all.payload)).toBe(94)
  })

  it("measures multi-byte characters in bytes, not string length", () => {
    const docs = [doc("a", "é".repeat(10)), doc("b", "é".repeat(10))]
    const size = Buffer.byteLength(docs[0].json)
    expect(size).toBe(docs[0].json.length + 10)
    expect(batchDocuments(docs, { max_documents: 10, max_bytes: 2 + size * 2 }).map((b) => b.count)).toEqual([1, 1])
    expect(batchDocuments(docs, { max_documents: 10, max_bytes: 3 + size * 2 }).map((b) => b.count)).toEqual([2])
  })

  it("fails clearly on a document bigger than the byte limit by itself", () => {
    const docs = [doc("small", "x"), doc("huge", "y".repeat(200))]
    expect(() => batchDocuments(docs, { max_documents: 10, max_bytes: 100 })).toThrow(
      /Search document "huge" is 223 bytes, more than the 100-byte Meilisearch payload limit/
    )
  })

  it("returns no batch for no document and checks its limits", () => {
    expect(batchDocuments([], { max_documents: 1, max_bytes: 10 })).toEqual([])
    expect(() => batchDocuments([], { max_documents: 0, max_bytes: 10 })).toThrow(/max_documents/)
    expect(() => batchDocuments([], { max_documents: 1, max_bytes: 2 })).toThrow(/max_bytes/)
  })
})

describe("toMeilisearchDocument", () => {
  const definition = productDefinition()
  const plan = buildIndexPlan(definition)

  it("keeps declared fields only, coerced to their type, dates as epoch ms", () => {
    const stored = toMeilisearchDocument(
      {
        id: "prod_1",
        title: "Shirt",
        price: "19.90",
        rating: 4,
        in_stock: "true",
        status: 1,
        created_at: "2024-05-01T10:00:00.000Z",
        tags: ["sale", null, "new"],
        variants: [
          { sku: "S-1", price: "10", color: "red" },
          { sku: null, price: 12 },
        ],
        meta: { brand: "Acme", internal: "x" },
        embedding: [0.1, 0.2, 0.3],
        undeclared: "dropped",
      },
      definition,
      plan
    )
    expect(stored).toEqual({
      id: "prod_1",
      title: "Shirt",
      price: 19.9,
      rating: 4,
      in_stock: true,
      status: "1",
      created_at: Date.UTC(2024, 4, 1, 10),
      tags: ["sale", "new"],
      variants: [{ sku: "S-1", price: 10 }, { price: 12 }],
      meta: { brand: "Acme" },
    })
  })

  it("drops nulls, empty lists and values that do not fit their type", () => {
    expect(
      toMeilisearchDocument(
        { id: "p", title: null, tags: [], price: "n/a", created_at: "not a date", meta: { brand: null } },
        definition,
        plan
      )
    ).toEqual({ id: "p" })
  })

  it("rejects a missing or invalid primary key before anything is sent", () => {
    expect(() => toMeilisearchDocument({ title: "x" } as any, definition, plan)).toThrow(/missing its primary key "id"/)
    expect(() => toMeilisearchDocument({ id: "" } as any, definition, plan)).toThrow(/missing its primary key/)
    expect(() => toMeilisearchDocument({ id: "has space" }, definition, plan)).toThrow(/not a valid Meilisearch id/)
    expect(() => toMeilisearchDocument({ id: "a".repeat(512) }, definition, plan)).toThrow(/not a valid Meilisearch id/)
    expect(toMeilisearchDocument({ id: 42 } as any, definition, plan)).toEqual({ id: 42 })
  })
})

describe("fromMeilisearchHit", () => {
  const plan = buildIndexPlan(productDefinition())

  it("removes hit metadata, restores ISO dates, and projects the requested paths", () => {
    const hit = {
      id: "prod_1",
      title: "Shirt",
      created_at: Date.UTC(2024, 4, 1, 10),
      variants: [{ sku: "S-1", price: 10 }],
      _formatted: { title: "<mark>Shirt</mark>" },
      _rankingScore: 0.9,
    }
    expect(fromMeilisearchHit({ ...hit }, plan, ["id", "title", "created_at", "variants.sku"])).toEqual({
      id: "prod_1",
      title: "Shirt",
      created_at: "2024-05-01T10:00:00.000Z",
      variants: [{ sku: "S-1" }],
    })
    expect(fromMeilisearchHit({ ...hit }, plan, ["title"])).toEqual({ title: "Shirt" })
  })
})
