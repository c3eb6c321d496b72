export type StocktakeStatus = "counting" | "approved" | "canceled"

export type Stocktake = {
  id: string
  location_id: string
  name: string | null
  notes: string | null
  status: StocktakeStatus
  scope: "all" | "subset"
  created_by: string | null
  approved_by: string | null
  approved_at: string | null
  canceled_by: string | null
  canceled_at: string | null
  created_at: string
  updated_at: string
  line_count: number
  counted_count: number
}

export type StocktakeLine = {
  id: string
  inventory_item_id: string
  sku: string | null
  title: string | null
  expected_quantity: number
  counted_quantity: number | null
  counted_at: string | null
  counted_by: string | null
  unit_cost: number | null
  currency_code: string | null
  applied_delta: number | null
}

export type CurrencyVariance = {
  currency_code: string
  variance_value: number
  surplus_value: number
  shortage_value: number
  lines: number
}

export type StocktakeVariance = {
  stocktake_id: string
  status: StocktakeStatus
  location_id: string
  lines: (StocktakeLine & { counted_quantity: number; variance_quantity: number; variance_value: number | null })[]
  uncounted: Pick<StocktakeLine, "id" | "inventory_item_id" | "sku" | "title" | "expected_quantity">[]
  totals: {
    line_count: number
    counted_count: number
    uncounted_count: number
    lines_with_variance: number
    unvalued_count: number
    expected_quantity: number
    counted_quantity: number
    variance_quantity: number
    surplus_quantity: number
    shortage_quantity: number
    by_currency: CurrencyVariance[]
  }
}

export type StockLocationOption = { id: string; name: string }

export type CreateStocktakeInput = { location_id: string; name?: string; notes?: string; inventory_item_ids?: string[] }

export type StocktakeCount = { inventory_item_id?: string; sku?: string; counted_quantity: number }

export type StocktakeListParams = { status: StocktakeStatus | null; limit: number; offset: number }

export type StocktakeLinesParams = { q: string; counted: "true" | "false" | null; limit: number; offset: number }
