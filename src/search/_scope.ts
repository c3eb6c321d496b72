import { MedusaError } from "@medusajs/framework/utils"

/**
 * What a store search may see of the product index: the products of the
 * publishable key's sales channels (the index holds published products
 * only, so there is no status to filter on).
 *
 * Why not Medusa's own scoping (a filterable `status` and `sales_channel_ids`,
 * which `POST /store/search` then filters on by itself): on the Postgres
 * provider both become jsonb containments (`indexed @> …`) whose selectivity
 * the planner cannot estimate; it takes two of them ANDed for a very
 * selective condition, answers from the jsonb index alone and re-checks the
 * full-text match row by row: 430 ms for a rare word on 100,000 products,
 * against 30 ms when the full-text index leads. Our scope is a single list
 * condition on `channel_ids` with one id that never matches added, so it
 * compiles to an OR of containments, which the planner costs as what it is
 * and combines with the full-text index (a BitmapAnd) instead. On
 * Meilisearch it is an ordinary `channel_ids IN [...]`.
 */

/** A sales channel id no product is in (the second branch of the OR, see above). */
export const NO_CHANNEL = "sc_none"

export function productStoreScope(salesChannelIds: readonly string[] | null | undefined) {
  const ids = [...new Set((salesChannelIds ?? []).filter(Boolean))]
  if (!ids.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  return { channel_ids: { $in: [...ids, NO_CHANNEL] } }
}
