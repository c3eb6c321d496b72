export const STOCKTAKE_STATUSES = ["counting", "approved", "canceled"] as const
export type StocktakeStatus = (typeof STOCKTAKE_STATUSES)[number]

/** Largest count accepted for one line. */
export const MAX_COUNTED_QUANTITY = 1_000_000_000

/** One count as submitted: the item by id or by SKU, and where it came from (for error messages). */
export type CountInput = {
  inventory_item_id?: string | null
  sku?: string | null
  counted_quantity: number
  /** "line 4" (CSV) or "counts[3]" (JSON). */
  label?: string
}

export type CountProblem = { label: string; message: string }

/** What a line needs to be matched and valued. */
export type LineForCount = {
  id: string
  inventory_item_id: string
  sku: string | null
}

export type ResolvedCount = { line_id: string; inventory_item_id: string; counted_quantity: number }

export type LineForVariance = {
  id: string
  inventory_item_id: string
  sku: string | null
  title?: string | null
  expected_quantity: number
  counted_quantity: number | null
  unit_cost: unknown
  /** The stored BigNumber value of unit_cost, preferred for maths when present. */
  raw_unit_cost?: unknown
  currency_code: string | null
  applied_delta?: number | null
}
