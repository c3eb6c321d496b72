/**
 * "Frequently bought together": ranking and eligibility. Pure.
 *
 * Candidates come from `analytics_co_purchase` (orders in which both products
 * were bought, canceled orders excluded). A candidate is shown only when it
 * is published, sold in one of the publishable key's sales channels and can
 * be bought there: at least one variant that does not track inventory,
 * allows backorders, or has stock available at a stock location of those
 * sales channels (Medusa's own availability rule: per inventory item,
 * floor(available ÷ required quantity), the variant's availability being the
 * smallest of its items).
 */

export const RECOMMENDATIONS_DEFAULT_LIMIT = 6
export const RECOMMENDATIONS_MAX_LIMIT = 24
/** Candidates read per request: enough to fill the limit after filtering. */
export const candidatePoolSize = (limit: number) => Math.min(200, Math.max(limit * 5, 30))

export type CoPurchase = { other_product_id: string; orders_count: number }

/** Most orders together first; ties by product id so the order is stable. */
export function rankCoPurchases(rows: CoPurchase[], productId: string): CoPurchase[] {
  return rows
    .filter((r) => r.other_product_id !== productId && Number(r.orders_count) > 0)
    .map((r) => ({ other_product_id: r.other_product_id, orders_count: Number(r.orders_count) }))
    .sort((a, b) =>
      b.orders_count !== a.orders_count
        ? b.orders_count - a.orders_count
        : a.other_product_id < b.other_product_id
          ? -1
          : a.other_product_id > b.other_product_id
            ? 1
            : 0
    )
}

export type CandidateVariant = {
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  inventory_items?:
    | {
        required_quantity: number | null
        inventory?: {
          location_levels?: { location_id: string; available_quantity: number | string | null }[] | null
        } | null
      }[]
    | null
}

export type CandidateProduct = {
  id: string
  status: string
  sales_channel_ids: string[]
  variants: CandidateVariant[]
}

/** The units of a variant that can be sold from `locationIds` (Infinity when not limited by stock). */
export function variantAvailability(variant: CandidateVariant, locationIds: Set<string>): number {
  if (!variant.manage_inventory || variant.allow_backorder) return Infinity
  const items = variant.inventory_items ?? []
  if (!items.length) return 0
  let min = Infinity
  for (const item of items) {
    const required = Math.max(1, Number(item.required_quantity ?? 1))
    const available = (item.inventory?.location_levels ?? [])
      .filter((l) => locationIds.has(l.location_id))
      .reduce((sum, l) => sum + Number(l.available_quantity ?? 0), 0)
    min = Math.min(min, Math.floor(available / required))
  }
  return Math.max(0, min)
}

export function isRecommendable(
  product: CandidateProduct,
  { salesChannelIds, locationIds }: { salesChannelIds: Set<string>; locationIds: Set<string> }
): boolean {
  if (product.status !== "published") return false
  if (!product.sales_channel_ids.some((id) => salesChannelIds.has(id))) return false
  return product.variants.some((v) => variantAvailability(v, locationIds) > 0)
}

/**
 * The top `limit` recommendable candidates in rank order, each with how many
 * orders it shared with the product.
 */
export function pickRecommendations<P extends CandidateProduct>(
  ranked: CoPurchase[],
  products: P[],
  scope: { salesChannelIds: Set<string>; locationIds: Set<string> },
  limit: number
): { product: P; orders_count: number }[] {
  const byId = new Map(products.map((p) => [p.id, p]))
  const out: { product: P; orders_count: number }[] = []
  for (const row of ranked) {
    if (out.length >= limit) break
    const product = byId.get(row.other_product_id)
    if (product && isRecommendable(product, scope)) out.push({ product, orders_count: row.orders_count })
  }
  return out
}
