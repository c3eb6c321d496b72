import { MathBN, MedusaError } from "@medusajs/framework/utils"

export type DraftLineInput = { inventory_item_id: string; quantity: number; unit_cost?: number | string | null }
export type CostSource = {
  inventory_item_id: string
  cost_price: number | string | { toString(): string }
  currency_code: string
}
export type DraftLine = { inventory_item_id: string; quantity_ordered: number; unit_cost: string }

/**
 * Lines of a draft order with their unit cost: as given, else the supplier's
 * cost for the item in the order's currency. Refuses duplicates, quantities
 * that are not positive integers, and items without a usable cost.
 */
export function resolveLineCosts(lines: DraftLineInput[], costs: CostSource[], currencyCode: string): DraftLine[] {
  const seen = new Set<string>()
  const errors: string[] = []
  const byItem = new Map(costs.map((c) => [c.inventory_item_id, c]))
  const out: DraftLine[] = []
  for (const line of lines) {
    if (seen.has(line.inventory_item_id)) {
      errors.push(`${line.inventory_item_id} is listed more than once`)
      continue
    }
    seen.add(line.inventory_item_id)
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
      errors.push(`${line.inventory_item_id}: quantity must be a positive integer`)
      continue
    }
    let unitCost: string | null = null
    if (line.unit_cost !== undefined && line.unit_cost !== null) {
      unitCost = MathBN.convert(line.unit_cost).toString()
    } else {
      const cost = byItem.get(line.inventory_item_id)
      if (!cost) {
        errors.push(`${line.inventory_item_id}: no unit_cost given and the supplier has no cost for it`)
        continue
      }
      if (cost.currency_code.toLowerCase() !== currencyCode.toLowerCase()) {
        errors.push(
          `${line.inventory_item_id}: the supplier's cost is in ${cost.currency_code.toUpperCase()}, the order in ${currencyCode.toUpperCase()}; give a unit_cost`
        )
        continue
      }
      unitCost = MathBN.convert(cost.cost_price as any).toString()
    }
    if (MathBN.lt(unitCost, 0)) {
      errors.push(`${line.inventory_item_id}: unit_cost cannot be negative`)
      continue
    }
    out.push({ inventory_item_id: line.inventory_item_id, quantity_ordered: line.quantity, unit_cost: unitCost })
  }
  if (errors.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join("; "))
  return out
}
