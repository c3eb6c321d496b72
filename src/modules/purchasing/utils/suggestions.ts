import { MathBN } from "@medusajs/framework/utils"
import type { SuggestedOrder, SuggestionInput, SupplierItemOption, UnresolvedSuggestion } from "../types"

/**
 * Turns replenishment suggestions into one draft order per supplier (and
 * currency). An item goes to the supplier named on it, else to its preferred
 * supplier, else to its only supplier; anything else is unresolved. The same
 * item suggested twice for one supplier is ordered once, quantities added.
 */
export function groupSuggestionsBySupplier(
  suggestions: SuggestionInput[],
  options: SupplierItemOption[]
): { orders: SuggestedOrder[]; unresolved: UnresolvedSuggestion[] } {
  const byItem = new Map<string, SupplierItemOption[]>()
  for (const option of options) {
    byItem.set(option.inventory_item_id, [...(byItem.get(option.inventory_item_id) ?? []), option])
  }
  const orders = new Map<string, SuggestedOrder>()
  const unresolved: UnresolvedSuggestion[] = []
  for (const suggestion of suggestions) {
    const candidates = byItem.get(suggestion.inventory_item_id) ?? []
    let chosen: SupplierItemOption | undefined
    if (suggestion.supplier_id) {
      chosen = candidates.find((c) => c.supplier_id === suggestion.supplier_id)
      if (!chosen) {
        unresolved.push({ inventory_item_id: suggestion.inventory_item_id, reason: "not_supplied_by_supplier" })
        continue
      }
    } else {
      const preferred = candidates.filter((c) => c.is_preferred)
      chosen = preferred.length === 1 ? preferred[0] : candidates.length === 1 ? candidates[0] : undefined
      if (!chosen) {
        unresolved.push({
          inventory_item_id: suggestion.inventory_item_id,
          reason: candidates.length ? "ambiguous" : "no_supplier",
        })
        continue
      }
    }
    const key = `${chosen.supplier_id}:${chosen.currency_code}`
    const order = orders.get(key) ?? { supplier_id: chosen.supplier_id, currency_code: chosen.currency_code, lines: [] }
    const existing = order.lines.find((l) => l.inventory_item_id === suggestion.inventory_item_id)
    if (existing) existing.quantity += suggestion.quantity
    else
      order.lines.push({
        inventory_item_id: suggestion.inventory_item_id,
        quantity: suggestion.quantity,
        unit_cost: MathBN.convert(chosen.cost_price).toString(),
      })
    orders.set(key, order)
  }
  return { orders: [...orders.values()], unresolved }
}
