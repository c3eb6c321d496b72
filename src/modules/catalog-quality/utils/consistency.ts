import type { FailedCheck } from "../types"
import { CONSISTENCY_WEIGHTS, effectiveWeights } from "./score"

/**
 * Consistency findings as the SQL in service.ts returns them, grouped into
 * per-product failed checks. Pure: unit-tested without a database.
 */
export type ConsistencyRows = {
  /** Variants sharing a SKU (compared trimmed, case-insensitively) across the catalog. */
  duplicate_skus: { value: string; product_ids: string[] }[]
  duplicate_barcodes: { value: string; product_ids: string[] }[]
  /** Products whose handle (or canonical SEO handle) collides with another product's. */
  duplicate_handles: { value: string; product_ids: string[] }[]
  /** Pairs of products with near-identical titles (pg_trgm similarity). */
  similar_titles: { product_id: string; other_id: string; other_title: string; similarity: number }[]
  /** Products with two or more variants carrying the same option values. */
  duplicate_options: { product_id: string; values: string; variant_count: number }[]
  /** Variants with a base price of zero. */
  zero_prices: { product_id: string; variant: string; currency_code: string }[]
  /** Published products no variant of which can be sold (no stock anywhere, no back-order). */
  no_stock: { product_id: string }[]
}

export const emptyConsistencyRows = (): ConsistencyRows => ({
  duplicate_skus: [],
  duplicate_barcodes: [],
  duplicate_handles: [],
  similar_titles: [],
  duplicate_options: [],
  zero_prices: [],
  no_stock: [],
})

/** Every product id the rows mention, including the other side of each duplicate. */
export function productsInvolved(rows: ConsistencyRows): string[] {
  const ids = new Set<string>()
  for (const g of [...rows.duplicate_skus, ...rows.duplicate_barcodes, ...rows.duplicate_handles]) {
    g.product_ids.forEach((id) => ids.add(id))
  }
  rows.similar_titles.forEach((r) => (ids.add(r.product_id), ids.add(r.other_id)))
  for (const r of [...rows.duplicate_options, ...rows.zero_prices, ...rows.no_stock]) ids.add(r.product_id)
  return [...ids]
}

/** The consistency checks each product fails, keyed by product id. */
export function consistencyFailures(
  rows: ConsistencyRows,
  weightOverrides: Record<string, number> = {}
): Map<string, FailedCheck[]> {
  const weights = effectiveWeights(weightOverrides)
  const out = new Map<string, FailedCheck[]>()
  const byCheck = new Map<string, FailedCheck>()
  const add = (
    productId: string,
    check: keyof typeof CONSISTENCY_WEIGHTS,
    detail: string,
    message: (details: string[]) => string,
    fix: string,
    related: string[] = []
  ) => {
    if (!(weights[check] > 0)) return
    const key = `${productId}:${check}`
    let failed = byCheck.get(key)
    if (!failed) {
      failed = { check, weight: weights[check], message: "", fix, related_product_ids: [] }
      ;(failed as any)._details = []
      byCheck.set(key, failed)
      out.set(productId, [...(out.get(productId) ?? []), failed])
    }
    const details: string[] = (failed as any)._details
    if (!details.includes(detail)) details.push(detail)
    failed.message = message(details)
    for (const r of related) if (r !== productId && !failed.related_product_ids!.includes(r)) failed.related_product_ids!.push(r)
  }

  for (const g of rows.duplicate_skus) {
    for (const id of new Set(g.product_ids)) {
      add(id, "duplicate_sku", g.value, (d) => `SKU used by more than one variant: ${d.join(", ")}`, "Give each variant its own SKU", g.product_ids)
    }
  }
  for (const g of rows.duplicate_barcodes) {
    for (const id of new Set(g.product_ids)) {
      add(id, "duplicate_barcode", g.value, (d) => `Barcode used by more than one variant: ${d.join(", ")}`, "Correct the duplicated barcode", g.product_ids)
    }
  }
  for (const g of rows.duplicate_handles) {
    for (const id of new Set(g.product_ids)) {
      add(id, "duplicate_handle", g.value, (d) => `Handle shared with another product: ${d.join(", ")}`, "Choose a unique handle or canonical handle", g.product_ids)
    }
  }
  for (const r of rows.similar_titles) {
    add(
      r.product_id,
      "near_duplicate_title",
      `"${r.other_title}" (${Math.round(r.similarity * 100)}%)`,
      (d) => `Title nearly identical to ${d.join(", ")}`,
      "Make the title distinct, or merge the duplicate products",
      [r.other_id]
    )
  }
  for (const r of rows.duplicate_options) {
    add(r.product_id, "duplicate_option_values", r.values, (d) => `Variants with the same option values: ${d.join("; ")}`, "Give each variant a distinct combination of options")
  }
  for (const r of rows.zero_prices) {
    add(r.product_id, "zero_price", `${r.variant} (${r.currency_code.toUpperCase()})`, (d) => `Price of zero: ${d.join(", ")}`, "Set a real price")
  }
  for (const r of rows.no_stock) {
    add(r.product_id, "no_stock", "none", () => "Published, but no variant has stock anywhere and none allows back-orders", "Restock, allow back-orders or unpublish")
  }
  for (const f of byCheck.values()) {
    delete (f as any)._details
    if (!f.related_product_ids!.length) delete f.related_product_ids
    else f.related_product_ids!.sort()
  }
  return out
}
