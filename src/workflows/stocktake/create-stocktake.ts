import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { openStocktakeStep } from "./steps/open-stocktake"
import { resolveStocktakeUnitCostsStep } from "./steps/resolve-unit-costs"

export const createStocktakeWorkflowId = "stocktake-create"

export type CreateStocktakeInput = {
  location_id: string
  /** Count only these items (each must be stocked at the location); every level at the location when omitted. */
  inventory_item_ids?: string[]
  name?: string | null
  notes?: string | null
  created_by?: string | null
}

/**
 * Opens a stocktake at a location: one line per inventory level (or per
 * listed item), each with the stocked quantity now as its expected quantity
 * and, when the purchasing module is there, the preferred supplier's unit cost.
 */
export const createStocktakeWorkflow = createWorkflow(createStocktakeWorkflowId, (input: CreateStocktakeInput) => {
  const { data: locations } = useQueryGraphStep({
    entity: "stock_location",
    fields: ["id"],
    filters: { id: input.location_id },
  }).config({ name: "stocktake-location" })
  const { data: levels } = useQueryGraphStep({
    entity: "inventory_level",
    fields: ["id", "inventory_item_id", "stocked_quantity", "inventory_item.sku", "inventory_item.title"],
    filters: transform({ input }, ({ input }) => ({
      location_id: input.location_id,
      ...(input.inventory_item_ids?.length ? { inventory_item_id: [...new Set(input.inventory_item_ids)] } : {}),
    })),
  }).config({ name: "stocktake-location-levels" })
  const costs = resolveStocktakeUnitCostsStep(
    transform({ levels }, ({ levels }) => ({
      inventory_item_ids: [...new Set((levels as { inventory_item_id: string }[]).map((l) => l.inventory_item_id))],
    }))
  )
  const stocktake = openStocktakeStep(
    transform({ input, locations, levels, costs }, ({ input, locations, levels, costs }) => ({
      ...input,
      location: locations[0] as { id: string } | undefined,
      levels: levels as any[],
      costs,
    }))
  )
  return new WorkflowResponse(stocktake)
})
