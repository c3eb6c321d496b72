import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCKTAKE_MODULE } from "../../../modules/stocktake"
import type StocktakeModuleService from "../../../modules/stocktake/service"

export const beginStocktakeApprovalStepId = "stocktake-begin-approval"

export type ClaimedStocktake = {
  id: string
  location_id: string
  lines: { id: string; inventory_item_id: string; expected_quantity: number; counted_quantity: number }[]
}

/**
 * Moves a fully counted stocktake to approved (under a row lock, so only one
 * approval ever wins) and returns its counted lines. Compensation moves it
 * back to counting.
 */
export const beginStocktakeApprovalStep = createStep(
  beginStocktakeApprovalStepId,
  async (input: { stocktake_id: string; actor?: string | null; ignore_uncounted?: boolean }, { container }) => {
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    const claimed: ClaimedStocktake = await service.beginApproval(input)
    return new StepResponse(claimed, claimed.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    await service.transitionStocktake({
      stocktake_id: id,
      from: "approved",
      to: "counting",
      set: { approved_by: null, approved_at: null },
    })
  }
)
