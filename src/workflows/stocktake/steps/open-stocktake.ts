import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCKTAKE_MODULE } from "../../../modules/stocktake"
import type StocktakeModuleService from "../../../modules/stocktake/service"
import type { UnitCost } from "./resolve-unit-costs"

export const openStocktakeStepId = "stocktake-open"

export type OpenStocktakeStepInput = {
  location_id: string
  inventory_item_ids?: string[] | null
  name?: string | null
  notes?: string | null
  created_by?: string | null
  location: { id: string } | undefined
  levels: {
    inventory_item_id: string
    stocked_quantity: unknown
    inventory_item?: { sku?: string | null; title?: string | null } | null
  }[]
  costs: Record<string, UnitCost>
}

/**
 * Checks the location and the listed items, then creates the stocktake with
 * one line per inventory level, its expected quantity being the stocked
 * quantity now. Compensation deletes the stocktake and its lines.
 */
export const openStocktakeStep = createStep(
  openStocktakeStepId,
  async (input: OpenStocktakeStepInput, { container }) => {
    if (!input.location) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${input.location_id} was not found`)
    }
    const listed = input.inventory_item_ids?.length ? [...new Set(input.inventory_item_ids)] : null
    if (listed) {
      const stocked = new Set(input.levels.map((l) => l.inventory_item_id))
      const missing = listed.filter((id) => !stocked.has(id))
      if (missing.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Not stocked at location ${input.location_id}: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ` and ${missing.length - 10} more` : ""}`
        )
      }
    }
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    const id = await service.openStocktake({
      location_id: input.location_id,
      scope: listed ? "subset" : "all",
      name: input.name ?? null,
      notes: input.notes ?? null,
      created_by: input.created_by ?? null,
      lines: input.levels
        .map((level) => ({
          inventory_item_id: level.inventory_item_id,
          sku: level.inventory_item?.sku ?? null,
          title: level.inventory_item?.title ?? null,
          expected_quantity: Number(level.stocked_quantity),
          unit_cost: input.costs[level.inventory_item_id]?.unit_cost ?? null,
          currency_code: input.costs[level.inventory_item_id]?.currency_code ?? null,
        }))
        .sort((a, b) => (a.sku ?? a.inventory_item_id).localeCompare(b.sku ?? b.inventory_item_id)),
    })
    return new StepResponse(await service.retrieveStocktake(id), id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    await service.deleteStocktakes(id)
  }
)
