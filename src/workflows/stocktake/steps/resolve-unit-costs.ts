import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveStocktakeUnitCostsStepId = "stocktake-resolve-unit-costs"

export type UnitCost = { unit_cost: string; currency_code: string }

/** The purchasing module's key; optional: without it lines have no cost. */
const PURCHASING_MODULE = "purchasing"

type SupplierItemRow = {
  id: string
  inventory_item_id: string
  cost_price: unknown
  raw_cost_price?: unknown
  currency_code: string
  is_preferred: boolean
  supplier?: { id: string } | null
}

/** Picks one cost per item: the preferred supplier's, else the first by id (stable). */
export function pickUnitCosts(items: SupplierItemRow[]): Record<string, UnitCost> {
  const chosen = new Map<string, SupplierItemRow>()
  const sorted = [...items].sort((a, b) => a.id.localeCompare(b.id))
  for (const item of sorted) {
    if (item.supplier === null) continue
    const current = chosen.get(item.inventory_item_id)
    if (!current || (item.is_preferred && !current.is_preferred)) chosen.set(item.inventory_item_id, item)
  }
  return Object.fromEntries(
    [...chosen.values()].map((item) => [
      item.inventory_item_id,
      {
        unit_cost: MathBN.convert((item.raw_cost_price ?? item.cost_price) as any).toString(),
        currency_code: item.currency_code.toLowerCase(),
      },
    ])
  )
}

/**
 * Unit costs for a stocktake's variance value, from the purchasing module
 * when it is registered. Costs are optional: without the module, or if it
 * cannot answer, the lines keep a null cost and the stocktake goes ahead.
 */
export const resolveStocktakeUnitCostsStep = createStep(
  resolveStocktakeUnitCostsStepId,
  async (input: { inventory_item_ids: string[] }, { container }) => {
    const purchasing = container.resolve<any>(PURCHASING_MODULE, { allowUnregistered: true })
    if (!purchasing?.listSupplierItems || !input.inventory_item_ids.length) {
      return new StepResponse<Record<string, UnitCost>>({})
    }
    try {
      const items: SupplierItemRow[] = await purchasing.listSupplierItems(
        { inventory_item_id: input.inventory_item_ids },
        { relations: ["supplier"] }
      )
      return new StepResponse(pickUnitCosts(items))
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`stocktake: unit costs unavailable, variance will have no value (${(error as Error).message})`)
      return new StepResponse<Record<string, UnitCost>>({})
    }
  }
)
