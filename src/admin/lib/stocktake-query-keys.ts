import type { StocktakeLinesParams, StocktakeListParams } from "./stocktake-types"

/**
 * React-query keys of the stocktake pages. Every parameter is in the key;
 * `stocktakeKeys.detail(id)` prefixes everything about one stocktake.
 */
export const stocktakeKeys = {
  all: ["stocktakes"] as const,
  lists: () => [...stocktakeKeys.all, "list"] as const,
  list: (params: StocktakeListParams) => [...stocktakeKeys.lists(), params] as const,
  detail: (id: string) => [...stocktakeKeys.all, "detail", id] as const,
  lines: (id: string, params: StocktakeLinesParams) => [...stocktakeKeys.detail(id), "lines", params] as const,
  variance: (id: string) => [...stocktakeKeys.detail(id), "variance"] as const,
  locations: () => ["stock-locations", "stocktake-picker"] as const,
}
