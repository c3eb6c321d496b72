/**
 * Pure replenishment maths: sales velocity, days of cover, reorder point and
 * a suggested order quantity that respects the supplier's minimum order.
 */

export type ReplenishmentInput = {
  /** Available now (stocked - reserved), summed over locations. */
  available: number
  /** Already ordered from suppliers, not yet received. */
  incoming: number
  /** Units sold over the trailing window. */
  units_sold: number
  window_days: number
  lead_time_days: number
  /** Explicit safety stock in units; otherwise `safety_stock_days` of demand. */
  safety_stock?: number | null
  safety_stock_days: number
  /** Shoppers waiting for a back-in-stock notice: demand that is due as soon as stock arrives. */
  waiting_demand: number
  minimum_order_quantity?: number | null
  /** Days of demand an order should cover beyond the lead time. */
  cover_days: number
}

export type ReplenishmentSuggestion = {
  velocity_per_day: number
  days_of_cover: number | null
  safety_stock: number
  reorder_point: number
  projected: number
  needs_reorder: boolean
  suggested_quantity: number
}

const round2 = (n: number) => Math.round(n * 100) / 100

export function suggestReplenishment(input: ReplenishmentInput): ReplenishmentSuggestion {
  const windowDays = Math.max(1, input.window_days)
  const velocity = Math.max(0, input.units_sold) / windowDays
  const safetyStock = input.safety_stock ?? Math.ceil(velocity * Math.max(0, input.safety_stock_days))
  const reorderPoint = Math.ceil(velocity * Math.max(0, input.lead_time_days) + safetyStock)
  const projected = input.available + input.incoming - input.waiting_demand
  const needsReorder = projected <= reorderPoint && (velocity > 0 || input.waiting_demand > 0 || projected < 0)
  let suggested = 0
  if (needsReorder) {
    const orderUpTo = Math.ceil(
      velocity * (Math.max(0, input.lead_time_days) + Math.max(0, input.cover_days)) + safetyStock
    )
    suggested = Math.max(orderUpTo - projected, 1)
    const minimum = input.minimum_order_quantity ?? 0
    if (minimum > 0) suggested = Math.max(suggested, minimum)
  }
  return {
    velocity_per_day: round2(velocity),
    days_of_cover: velocity > 0 ? round2(Math.max(0, input.available) / velocity) : null,
    safety_stock: safetyStock,
    reorder_point: reorderPoint,
    projected,
    needs_reorder: needsReorder,
    suggested_quantity: suggested,
  }
}
