import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { computeReplenishment } from "./utils/replenishment-data"

export const getReplenishmentWorkflowId = "inventory-get-replenishment"

export type GetReplenishmentInput = {
  location_id?: string | null
  needs_reorder?: boolean
  offset: number
  limit: number
}

const getReplenishmentStep = createStep(
  "inventory-get-replenishment-step",
  async (input: GetReplenishmentInput, { container }) => {
    const { window_days, items } = await computeReplenishment(container, { location_id: input.location_id })
    const filtered = items
      .filter((i) => (input.needs_reorder ? i.needs_reorder : true))
      .sort(
        (a, b) =>
          Number(b.needs_reorder) - Number(a.needs_reorder) ||
          (a.days_of_cover ?? Infinity) - (b.days_of_cover ?? Infinity) ||
          a.inventory_item_id.localeCompare(b.inventory_item_id)
      )
    const page = filtered.slice(input.offset, input.offset + input.limit).map(({ per_location: _, ...rest }) => rest)
    return new StepResponse({ suggestions: page, count: filtered.length, window_days })
  }
)

/**
 * Replenishment suggestions: velocity over the trailing window, days of
 * cover, reorder point (velocity × supplier lead time + safety stock) and a
 * suggested quantity that respects the supplier's minimum order, items most
 * urgent first.
 */
export const getReplenishmentWorkflow = createWorkflow(
  getReplenishmentWorkflowId,
  (input: GetReplenishmentInput) => new WorkflowResponse(getReplenishmentStep(input))
)
