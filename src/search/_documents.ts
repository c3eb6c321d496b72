import { MathBN } from "@medusajs/framework/utils"
import { facetOptionKey, FACET_OPTIONS } from "./_config"
import { expandSynonyms } from "./_synonyms"

/**
 * Product rows (as `query.graph` returns them with PRODUCT_GRAPH_FIELDS) to
 * search documents. Pure: every value a document needs that is not on the
 * row (prices per currency, ancestor categories, units sold, synonyms) comes
 * in the context, which the caller loads with a fixed number of queries per
 * page of rows.
 */

type Level = {
  location_id: string
  stocked_quantity?: number | string | null
  reserved_quantity?: number | string | null
  available_quantity?: number | string | null
}

export type VariantRow = {
  id: string
  sku?: string | null
  barcode?: string | null
  ean?: string | null
  upc?: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  options?: { value?: string | null; option?: { title?: string | null } | null }[] | null
  inventory_items?:
    | {
        required_quantity?: number | null
        inventory?: { location_levels?: Level[] | null } | null
      }[]
    | null
}

export type CategoryRow = {
  id: string
  name: string
  handle?: string | null
  is_active?: boolean | null
  is_internal?: boolean | null
  mpath?: string | null
}

export type ProductRow = {
  id: string
  title?: string | null
  subtitle?: string | null
  description?: string | null
  handle?: string | null
  status?: string | null
  thumbnail?: string | null
  created_at?: string | Date | null
  updated_at?: string | Date | null
  type?: { id: string; value: string } | null
  collection?: { id: string; title: string; handle?: string | null } | null
  tags?: { id: string; value: string }[] | null
  categories?: CategoryRow[] | null
  sales_channels?: { id: string }[] | null
  variants?: VariantRow[] | null
}

/** A variant's price in one currency, as the Pricing Module calculated it (amounts in major units). */
export type VariantPrice = {
  calculated: number | string | { value: string }
  original?: number | string | { value: string } | null
  price_list_id?: string | null
}

export type DocumentContext = {
  currencies: string[]
  /** variant id -> currency -> price */
  prices: Map<string, Map<string, VariantPrice>>
  /** Every category the rows use, and their ancestors. */
  categories: Map<string, CategoryRow>
  unitsSold: Map<string, number>
  synonyms: string[][]
  now: Date
}

export type ProductDocument = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string | null
  thumbnail: string | null
  status: string
  channel_ids: string[]
  variant_ids: string[]
  skus: string[]
  barcodes: string[]
  tags: string[]
  tag_ids: string[]
  type: string | null
  type_id: string | null
  collection: string | null
  collection_id: string | null
  collection_handle: string | null
  category_ids: string[]
  category_names: string[]
  category_handles: string[]
  category_paths: string[]
  options: Record<string, string[]>
  option_values: string[]
  prices: Record<string, number>
  original_prices: Record<string, number>
  on_sale_currencies: string[]
  in_stock: boolean
  in_stock_rank: number
  in_stock_location_ids: string[]
  created_at: string | null
  units_sold: number
  synonyms: string[]
  source_updated_at: string | null
  indexed_at: string
}

const PUBLISHED = "published"

/** The document of a product, or null when it must not be in the store index (not published). */
export function buildProductDocument(row: ProductRow, ctx: DocumentContext): ProductDocument | null {
  if (row.status !== PUBLISHED) return null
  const variants = row.variants ?? []
  const categories = categoryTree(row.categories ?? [], ctx.categories)
  const options = optionValues(variants)
  const { prices, original_prices, on_sale_currencies } = cheapestPrices(variants, ctx)
  const stock = availability(variants)
  const tags = (row.tags ?? []).map((tag) => tag.value).filter(Boolean)

  const text = [
    row.title,
    row.subtitle,
    row.description,
    row.type?.value,
    row.collection?.title,
    ...tags,
    ...categories.names,
    ...options.all,
  ]
  return {
    id: row.id,
    title: row.title ?? "",
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    handle: row.handle ?? null,
    thumbnail: row.thumbnail ?? null,
    status: PUBLISHED,
    channel_ids: unique((row.sales_channels ?? []).map((channel) => channel.id)),
    variant_ids: variants.map((variant) => variant.id),
    skus: unique(variants.map((variant) => variant.sku)),
    barcodes: unique(variants.flatMap((variant) => [variant.barcode, variant.ean, variant.upc])),
    tags: unique(tags),
    tag_ids: unique((row.tags ?? []).map((tag) => tag.id)),
    type: row.type?.value ?? null,
    type_id: row.type?.id ?? null,
    collection: row.collection?.title ?? null,
    collection_id: row.collection?.id ?? null,
    collection_handle: row.collection?.handle ?? null,
    category_ids: categories.ids,
    category_names: categories.names,
    category_handles: categories.handles,
    category_paths: categories.paths,
    options: options.byFacet,
    option_values: options.all,
    prices,
    original_prices,
    on_sale_currencies,
    in_stock: stock.in_stock,
    in_stock_rank: stock.in_stock ? 1 : 0,
    in_stock_location_ids: stock.location_ids,
    created_at: isoDate(row.created_at),
    units_sold: Math.max(0, Math.trunc(ctx.unitsSold.get(row.id) ?? 0)),
    synonyms: expandSynonyms(text, ctx.synonyms),
    source_updated_at: isoDate(row.updated_at),
    indexed_at: ctx.now.toISOString(),
  }
}

/** Every ancestor id of the rows' categories (from their materialised paths), to load with the context. */
export function ancestorCategoryIds(rows: ProductRow[]): string[] {
  const ids = new Set<string>()
  for (const row of rows) {
    for (const category of row.categories ?? []) {
      for (const id of (category.mpath ?? category.id).split(".")) if (id) ids.add(id)
    }
  }
  return [...ids]
}

/**
 * The category tree of a product: its categories and all their ancestors
 * (ids, names, handles), and "Parent > Child" paths for every level, so a
 * filter on "Apparel" finds a product filed under "Apparel > Shirts".
 * Inactive and internal categories are not shown in a store: they are left
 * out, and so is everything below them.
 */
export function categoryTree(direct: CategoryRow[], known: Map<string, CategoryRow>) {
  const ids: string[] = []
  const names: string[] = []
  const handles: string[] = []
  const paths: string[] = []
  for (const category of direct) {
    const chain = (category.mpath ?? category.id)
      .split(".")
      .filter(Boolean)
      .map((id) => (id === category.id ? { ...known.get(id), ...category } : known.get(id)))
    if (chain.some((node) => !node || node.is_active === false || node.is_internal === true)) continue
    const nodes = chain as CategoryRow[]
    nodes.forEach((node, depth) => {
      ids.push(node.id)
      names.push(node.name)
      if (node.handle) handles.push(node.handle)
      paths.push(
        nodes
          .slice(0, depth + 1)
          .map((n) => n.name)
          .join(" > ")
      )
    })
  }
  return { ids: unique(ids), names: unique(names), handles: unique(handles), paths: unique(paths) }
}

/** Option values the variants actually offer: per facet option (size, color, …) and all of them. */
export function optionValues(variants: VariantRow[]) {
  const byFacet: Record<string, string[]> = Object.fromEntries(Object.keys(FACET_OPTIONS).map((key) => [key, []]))
  const all: string[] = []
  for (const variant of variants) {
    for (const option of variant.options ?? []) {
      const value = option.value?.trim()
      if (!value) continue
      all.push(value)
      const key = facetOptionKey(option.option?.title)
      if (key) byFacet[key].push(value)
    }
  }
  for (const key of Object.keys(byFacet)) byFacet[key] = unique(byFacet[key])
  return { byFacet, all: unique(all) }
}

const amount = (value: VariantPrice["calculated"]) =>
  typeof value === "object" && value !== null ? (value as { value: string }).value : value

/**
 * Per currency, the lowest calculated price of the product's variants (what
 * a "from" price shows and what price filters and sorts use), and that
 * variant's original price. Amounts are compared with MathBN; the number
 * written is the decimal amount in major units, as Medusa stores it.
 */
export function cheapestPrices(variants: VariantRow[], ctx: Pick<DocumentContext, "currencies" | "prices">) {
  const prices: Record<string, number> = {}
  const original_prices: Record<string, number> = {}
  const on_sale_currencies: string[] = []
  for (const currency of ctx.currencies) {
    let best: VariantPrice | null = null
    for (const variant of variants) {
      const price = ctx.prices.get(variant.id)?.get(currency)
      if (!price || price.calculated === null || price.calculated === undefined) continue
      if (!best || MathBN.lt(amount(price.calculated), amount(best.calculated))) best = price
    }
    if (!best) continue
    prices[currency] = MathBN.convert(amount(best.calculated)).toNumber()
    const original = best.original ?? best.calculated
    original_prices[currency] = MathBN.convert(amount(original)).toNumber()
    if (MathBN.lt(amount(best.calculated), amount(original))) on_sale_currencies.push(currency)
  }
  return { prices, original_prices, on_sale_currencies }
}

const quantity = (value: unknown) => {
  const n = Number(value ?? 0)
  return Number.isFinite(n) ? n : 0
}

/**
 * Whether the product can be bought: a variant that does not manage
 * inventory, or allows backorders, always can; otherwise a variant is in
 * stock at a location when every inventory item it needs has at least the
 * required quantity available there (stocked minus reserved). The product
 * is in stock when any variant is, and `location_ids` lists the locations
 * where at least one variant is.
 */
export function availability(variants: VariantRow[]): { in_stock: boolean; location_ids: string[] } {
  let anywhere = false
  const locations = new Set<string>()
  for (const variant of variants) {
    if (variant.manage_inventory === false || variant.allow_backorder === true) {
      anywhere = true
      continue
    }
    const items = variant.inventory_items ?? []
    if (!items.length) continue
    const perItem = items.map((item) => {
      const required = Math.max(1, quantity(item.required_quantity ?? 1))
      const available = new Map<string, number>()
      for (const level of item.inventory?.location_levels ?? []) {
        const free =
          level.available_quantity !== undefined && level.available_quantity !== null
            ? quantity(level.available_quantity)
            : quantity(level.stocked_quantity) - quantity(level.reserved_quantity)
        available.set(level.location_id, Math.floor(free / required))
      }
      return available
    })
    for (const [location, units] of perItem[0]) {
      const sellable = Math.min(units, ...perItem.slice(1).map((item) => item.get(location) ?? 0))
      if (sellable >= 1) {
        locations.add(location)
        anywhere = true
      }
    }
  }
  return { in_stock: anywhere, location_ids: [...locations].sort() }
}

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === "string" && value.length > 0))]
}

function isoDate(value: string | Date | null | undefined): string | null {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}
