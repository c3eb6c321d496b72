import type { Event, SearchTypes } from "@medusajs/framework/types"
import { QueryContext } from "@medusajs/framework/utils"
import { DOCUMENT_PAGE_SIZE, PRODUCT_INDEX, searchCurrencies } from "./_config"
import {
  ancestorCategoryIds,
  buildProductDocument,
  type CategoryRow,
  type DocumentContext,
  type ProductDocument,
  type ProductRow,
  type VariantPrice,
} from "./_documents"
import { PRODUCT_DELETED, SearchProductEvents } from "./_events"
import { groupCommit } from "../lib/group-commit"

/**
 * Where product documents come from: the `query.graph` selection of a
 * product row, the few extra reads per page that complete it (prices in
 * each currency, ancestor categories, units sold, synonyms), and which
 * products an event touches.
 */

type Query = SearchTypes.SearchContainer["query"]

export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "type.id",
  "type.value",
  "collection.id",
  "collection.title",
  "collection.handle",
  "tags.id",
  "tags.value",
  "categories.id",
  "categories.name",
  "categories.handle",
  "categories.is_active",
  "categories.is_internal",
  "categories.mpath",
  "sales_channels.id",
  "variants.id",
  "variants.sku",
  "variants.barcode",
  "variants.ean",
  "variants.upc",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.options.value",
  "variants.options.option.title",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

const PRICE_FIELDS = [
  "id",
  "calculated_price.calculated_amount",
  "calculated_price.raw_calculated_amount",
  "calculated_price.original_amount",
  "calculated_price.raw_original_amount",
  "calculated_price.calculated_price.price_list_id",
]

function chunked<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * A read that completes documents but is not essential to them (units sold,
 * synonyms live in our searchInsight module): when it fails, documents are
 * built without it rather than not at all.
 */
async function optional<T>(read: () => Promise<T>, fallback: T, logger?: SearchTypes.SearchContainer["logger"]) {
  try {
    return await read()
  } catch (error) {
    logger?.warn(`[search] product documents built without part of their data: ${(error as Error).message}`)
    return fallback
  }
}

/**
 * Calculated prices per variant and currency. The pricing context is the
 * currency alone: base prices, and price lists that are active now and carry
 * no customer-group or other rule (a sale for everyone). Region-specific
 * prices (a price rule on region_id) and customer-group prices need a
 * context the index cannot know, so they are not what a document holds.
 */
async function loadPrices(query: Query, variantIds: string[], currencies: string[]) {
  const prices = new Map<string, Map<string, VariantPrice>>()
  await Promise.all(
    currencies.map(async (currency_code) => {
      for (const ids of chunked(variantIds, 1000)) {
        const { data } = await query.graph({
          entity: "product_variant",
          fields: PRICE_FIELDS,
          filters: { id: ids },
          context: { calculated_price: QueryContext({ currency_code }) },
        } as any)
        for (const variant of data as any[]) {
          const price = variant.calculated_price
          if (!price || price.calculated_amount === null || price.calculated_amount === undefined) continue
          const perCurrency = prices.get(variant.id) ?? new Map<string, VariantPrice>()
          perCurrency.set(currency_code, {
            calculated: price.raw_calculated_amount ?? price.calculated_amount,
            original: price.raw_original_amount ?? price.original_amount ?? null,
            price_list_id: price.calculated_price?.price_list_id ?? null,
          })
          prices.set(variant.id, perCurrency)
        }
      }
    })
  )
  return prices
}

export async function loadDocumentContext(
  rows: ProductRow[],
  container: SearchTypes.SearchContainer,
  now = new Date()
): Promise<DocumentContext> {
  const { query, logger } = container
  const currencies = searchCurrencies()
  const productIds = rows.map((row) => row.id)
  const variantIds = rows.flatMap((row) => (row.variants ?? []).map((variant) => variant.id))
  const categoryIds = ancestorCategoryIds(rows)

  const [prices, categories, unitsSold, synonyms] = await Promise.all([
    variantIds.length ? loadPrices(query, variantIds, currencies) : new Map(),
    (async () => {
      const map = new Map<string, CategoryRow>()
      if (!categoryIds.length) return map
      const { data } = await query.graph({
        entity: "product_category",
        fields: ["id", "name", "handle", "is_active", "is_internal", "mpath"],
        filters: { id: categoryIds },
      })
      for (const category of data as CategoryRow[]) map.set(category.id, category)
      return map
    })(),
    optional(
      async () => {
        const map = new Map<string, number>()
        if (!productIds.length) return map
        const { data } = await query.graph({
          entity: "search_product_popularity",
          fields: ["product_id", "units_sold"],
          filters: { product_id: productIds },
        } as any)
        for (const row of data as any[]) map.set(row.product_id, Number(row.units_sold) || 0)
        return map
      },
      new Map<string, number>(),
      logger
    ),
    optional(
      async () => {
        const { data } = await query.graph({
          entity: "search_setting",
          fields: ["synonyms"],
          filters: { scope: "store" },
        } as any)
        const groups = (data as any[])[0]?.synonyms
        return Array.isArray(groups) ? (groups.filter(Array.isArray) as string[][]) : []
      },
      [] as string[][],
      logger
    ),
  ])
  return { currencies, prices, categories, unitsSold, synonyms, now }
}

/** Documents for a page of product rows; an unpublished product has none (and is removed). */
export async function buildDocuments(rows: ProductRow[], container: SearchTypes.SearchContainer) {
  if (!rows.length) return []
  const context = await loadDocumentContext(rows, container)
  return rows.map((row) => buildProductDocument(row, context)).filter((doc): doc is ProductDocument => !!doc)
}

/* ----------------------------------- seed ----------------------------------- */

/** The reindex filters plus the catch-up window and the paging cursor, ANDed (as graphSeed does). */
function seedFilters(filters: Record<string, unknown> | undefined, constraints: Record<string, unknown>[]) {
  if (!constraints.length) return filters ?? {}
  if (!filters || !Object.keys(filters).length) return Object.assign({}, ...constraints)
  const existing = Array.isArray(filters.$and) ? (filters.$and as unknown[]) : []
  return { ...filters, $and: [...existing, ...constraints] }
}

/**
 * The index's `seed`: every product, a page at a time in id order (so an
 * interrupted run resumes after its `last_key`), the catch-up pass reading
 * the rows changed since the run started with deleted ones included and
 * turning those (and unpublished ones) into deletes — the contract of
 * Medusa's `graphSeed`, which this follows, with one difference: the next
 * page is read while the current one is turned into documents and written,
 * so the database reads of the product graph overlap the rest instead of
 * adding to it.
 */
export function productSeed(pageSize = DOCUMENT_PAGE_SIZE) {
  return async function* seedProducts(
    context: SearchTypes.SearchSeedContext
  ): AsyncGenerator<SearchTypes.SearchMutation[]> {
    const { container, catchup } = context
    const fields = catchup ? [...PRODUCT_GRAPH_FIELDS, "deleted_at"] : PRODUCT_GRAPH_FIELDS
    const read = (cursor: string | undefined) =>
      container.query.graph({
        entity: "product",
        fields,
        filters: seedFilters(context.filters, [
          ...(catchup ? [{ updated_at: { $gte: catchup.since } }] : []),
          ...(cursor !== undefined ? [{ id: { $gt: cursor } }] : []),
        ]),
        pagination: { take: pageSize, order: { id: "ASC" } },
        withDeleted: !!catchup,
      } as any) as Promise<{ data: (ProductRow & { deleted_at?: string | null })[] }>
    let pending = read(context.last_key)
    for (;;) {
      const { data } = await pending
      if (!data.length) return
      const full = data.length === pageSize
      if (full) {
        pending = read(String(data[data.length - 1].id))
        // Awaited on the next turn; a failure must not surface as an unhandled rejection meanwhile.
        pending.catch(() => undefined)
      }
      const rows = catchup ? data.filter((row) => !row.deleted_at) : data
      const documents = await buildDocuments(rows, container)
      const produced = new Set(documents.map((doc) => doc.id))
      const mutations: SearchTypes.SearchMutation[] = []
      if (documents.length) mutations.push({ action: "upsert", documents })
      // Only the catch-up pass can see a product leave: a full seed starts from an empty index.
      const gone = catchup ? data.map((row) => row.id).filter((id) => !produced.has(id)) : []
      if (gone.length) mutations.push({ action: "delete", filters: { id: gone } })
      if (mutations.length) yield mutations
      if (!full) return
    }
  }
}

/* --------------------------- events -> product ids --------------------------- */

const ids = (value: unknown): string[] =>
  ([] as unknown[]).concat(value ?? []).filter((id): id is string => typeof id === "string" && id.length > 0)

async function column(
  query: Query,
  entity: string,
  field: string,
  filters: Record<string, unknown>,
  withDeleted = true
): Promise<string[]> {
  const { data } = await query.graph({ entity, fields: [field], filters, withDeleted } as any)
  // A dotted field ("products.id") reads through a relation: every related row counts.
  const [head, leaf] = field.split(".")
  return ids(
    (data as any[]).flatMap((row) => {
      if (!row) return []
      if (!leaf) return [row[head]]
      return ([] as any[]).concat(row[head] ?? []).map((related) => related?.[leaf])
    })
  )
}

async function productsOfVariants(query: Query, variantIds: string[]) {
  return variantIds.length ? column(query, "product_variant", "product_id", { id: variantIds }) : []
}

async function productsOfInventoryItems(query: Query, itemIds: string[]) {
  if (!itemIds.length) return []
  const variantIds = await column(query, "product_variant_inventory_item", "variant_id", {
    inventory_item_id: itemIds,
  })
  return productsOfVariants(query, variantIds)
}

/** Products whose current document references one of `values` in `field` (for what was deleted in the database). */
async function productsInIndex(query: Query, field: string, values: string[]) {
  const found: string[] = []
  if (!values.length || typeof (query as any).search !== "function") return found
  const take = 1000
  for (let skip = 0; ; skip += take) {
    const { search_result } = await (query as any).search({
      entity: PRODUCT_INDEX,
      fields: ["id"],
      filters: { [field]: values },
      pagination: { skip, take },
      search_options: { count: "none" },
    })
    const hits = search_result?.hits ?? []
    found.push(...hits.map((hit: { id: string }) => hit.id))
    if (hits.length < take) return found
  }
}

async function productsWhere(query: Query, filters: Record<string, unknown>) {
  return column(query, "product", "id", filters, false)
}

/** Categories and all their descendants (a rename changes the paths of everything below). */
async function categoryWithDescendants(query: Query, categoryIds: string[]) {
  const all = new Set(categoryIds)
  for (const id of categoryIds) {
    for (const descendant of await column(query, "product_category", "id", { mpath: { $like: `%${id}%` } }, false)) {
      all.add(descendant)
    }
  }
  return [...all]
}

/**
 * The products an event affects. A deleted product is removed by id; for
 * everything else the products are read back, so the document reflects the
 * state now, however many times or in whatever order events arrive.
 */
export async function resolveProductIds(event: Event<any>, query: Query): Promise<string[]> {
  const name = event.name
  const eventIds = ids(event.data?.id)
  const entity = name.split(".").slice(0, -1).join(".")
  switch (entity) {
    case "product.product":
      return eventIds
    case "product.product-variant":
      return productsOfVariants(query, eventIds)
    case "product.product-option":
      // Options are shared between products (many-to-many since 2.20).
      return eventIds.length ? column(query, "product_option", "products.id", { id: eventIds }, false) : []
    case "product.product-category": {
      if (!eventIds.length) return []
      const categories = await categoryWithDescendants(query, eventIds)
      const current = await productsWhere(query, { categories: { id: categories } })
      return [...new Set([...current, ...(await productsInIndex(query, "category_ids", categories))])]
    }
    case "product.product-collection":
      return eventIds.length
        ? [
            ...new Set([
              ...(await productsWhere(query, { collection_id: eventIds })),
              ...(await productsInIndex(query, "collection_id", eventIds)),
            ]),
          ]
        : []
    case "product.product-tag":
      return eventIds.length
        ? [
            ...new Set([
              ...(await productsWhere(query, { tags: { id: eventIds } })),
              ...(await productsInIndex(query, "tag_ids", eventIds)),
            ]),
          ]
        : []
    case "product.product-type":
      return eventIds.length
        ? [
            ...new Set([
              ...(await productsWhere(query, { type_id: eventIds })),
              ...(await productsInIndex(query, "type_id", eventIds)),
            ]),
          ]
        : []
    case "pricing.price": {
      if (!eventIds.length) return []
      const priceSetIds = await column(query, "price", "price_set_id", { id: eventIds })
      if (!priceSetIds.length) return []
      const variantIds = await column(query, "product_variant_price_set", "variant_id", {
        price_set_id: priceSetIds,
      })
      return productsOfVariants(query, variantIds)
    }
    case "inventory.inventory-level":
      return productsOfInventoryItems(
        query,
        eventIds.length ? await column(query, "inventory_level", "inventory_item_id", { id: eventIds }) : []
      )
    case "LinkProductSalesChannel":
      return eventIds.length ? column(query, "product_sales_channel", "product_id", { id: eventIds }) : []
    case "LinkProductVariantInventoryItem":
      return productsOfVariants(
        query,
        eventIds.length ? await column(query, "product_variant_inventory_item", "variant_id", { id: eventIds }) : []
      )
    default:
      if (name === SearchProductEvents.STALE) return ids(event.data?.ids)
      return []
  }
}

type IngestBatch = {
  /** The products each event of the batch touches. */
  products: Map<Event<any>, string[]>
  /** Documents of every product of the batch; a product without one is gone or unpublished. */
  documents: Map<string, ProductDocument>
}

/** An event's target, for resolving the events of a batch that name the same rows once. */
const eventKey = (event: Event<any>) =>
  `${event.name}\u0000${[...ids(event.data?.id), ...ids(event.data?.ids)].sort().join(",")}`

/**
 * The products of the events arriving together, resolved and built once: a
 * checkout touches a product through several events (its stock levels, its
 * units sold), and concurrent checkouts touch the same best sellers through
 * the same stock levels. The run starts after every merged event arrived, so
 * it reads a state at least as new as each of them; it lingers a moment so
 * that a burst of checkouts shares one build (stock shown in search may lag
 * by that much).
 */
const ingestTogether = groupCommit<Event<any>, IngestBatch, SearchTypes.SearchContainer>(
  async (container, events) => {
    const resolved = new Map<string, Promise<string[]>>()
    const products = new Map<Event<any>, string[]>()
    for (const event of events) {
      const key = eventKey(event)
      if (!resolved.has(key)) resolved.set(key, resolveProductIds(event, container.query))
      products.set(event, [...new Set(await resolved.get(key)!)])
    }
    const documents = new Map<string, ProductDocument>()
    for (const page of chunked([...new Set([...products.values()].flat())], DOCUMENT_PAGE_SIZE)) {
      const { data } = await container.query.graph({
        entity: "product",
        fields: PRODUCT_GRAPH_FIELDS,
        filters: { id: page },
      })
      for (const doc of await buildDocuments(data as ProductRow[], container)) documents.set(doc.id, doc)
    }
    return { products, documents }
  },
  { maxBatch: 200, lingerMs: 250 }
)

/**
 * The index's `consume`: the products an event touches, rebuilt from what
 * the database holds now, a page at a time. A product that is gone or no
 * longer published is deleted from the index.
 */
export async function consumeProductEvent(
  event: Event<any>,
  context: SearchTypes.SearchIngestionContext
): Promise<SearchTypes.SearchMutation[]> {
  if (event.name === PRODUCT_DELETED) {
    const productIds = [...new Set(await resolveProductIds(event, context.container.query))]
    return productIds.length ? [{ action: "delete", filters: { id: productIds } }] : []
  }
  const { products, documents } = await ingestTogether(context.container, event)
  const productIds = products.get(event) ?? []
  const mutations: SearchTypes.SearchMutation[] = []
  for (const page of chunked(productIds, DOCUMENT_PAGE_SIZE)) {
    const kept = page.flatMap((id) => documents.get(id) ?? [])
    if (kept.length) mutations.push({ action: "upsert", documents: kept })
    const removed = page.filter((id) => !documents.has(id))
    if (removed.length) mutations.push({ action: "delete", filters: { id: removed } })
  }
  return mutations
}
