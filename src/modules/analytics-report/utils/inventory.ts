/**
 * Inventory report maths: days of cover, dead stock, value at cost. Pure.
 *
 * Stock is a snapshot of now (Medusa's inventory levels); the report's date
 * range is the sales window that sets the daily sales rate.
 */
import { MathBN } from "@medusajs/framework/utils"

/**
 * Days the available stock lasts at the window's sales rate:
 * available ÷ (units sold ÷ window days), one decimal. null when nothing
 * sold in the window (no rate to project); 0 when nothing is available.
 */
export function daysOfCover(available: number, unitsSold: number, windowDays: number): number | null {
  if (available <= 0) return 0
  if (unitsSold <= 0 || windowDays <= 0) return null
  return Math.round(((available * windowDays) / unitsSold) * 10) / 10
}

/** YYYY-MM-DD `days` before `day`. */
export function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString().slice(0, 10)
}

/**
 * Dead stock: units on hand and no sale in the last `deadDays` days (up to and
 * including `today`). An item never sold counts once it has existed that
 * long, so a product added yesterday is not dead stock yet.
 */
export function isDeadStock(input: {
  stocked: number
  last_sold_day: string | null
  created_day: string
  today: string
  dead_days: number
}): boolean {
  if (input.stocked <= 0) return false
  const cutoff = daysBefore(input.today, input.dead_days)
  if (input.last_sold_day) return input.last_sold_day <= cutoff
  return input.created_day <= cutoff
}

export type SupplierCost = {
  inventory_item_id: string
  cost_price: string | number
  currency_code: string
  is_preferred: boolean
  updated_at?: Date | string | null
}

/**
 * The unit cost of each item: the preferred supplier's cost, otherwise the
 * most recently updated supplier cost (costs in different currencies cannot
 * be compared, so "cheapest" means nothing across suppliers); remaining ties
 * go to the lower cost, then the currency code, so the choice is stable.
 * Items without a supplier cost are absent.
 */
export function pickUnitCosts(costs: SupplierCost[]): Map<string, { cost: string; currency_code: string }> {
  const best = new Map<string, SupplierCost>()
  for (const c of costs) {
    const current = best.get(c.inventory_item_id)
    if (!current || better(c, current)) best.set(c.inventory_item_id, c)
  }
  const out = new Map<string, { cost: string; currency_code: string }>()
  for (const [id, c] of best) {
    out.set(id, { cost: MathBN.convert(c.cost_price).toFixed(), currency_code: c.currency_code.toLowerCase() })
  }
  return out
}

function better(a: SupplierCost, b: SupplierCost) {
  if (a.is_preferred !== b.is_preferred) return a.is_preferred
  const at = a.updated_at ? new Date(a.updated_at).getTime() : 0
  const bt = b.updated_at ? new Date(b.updated_at).getTime() : 0
  if (at !== bt) return at > bt
  const cmp = MathBN.convert(a.cost_price).comparedTo(MathBN.convert(b.cost_price)) ?? 0
  if (cmp !== 0) return cmp < 0
  return a.currency_code < b.currency_code
}

/** stocked × unit cost, exact. */
export const valueAtCost = (stocked: number, unitCost: string) => MathBN.mult(unitCost, stocked).toFixed()
