import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCKTAKE_MODULE } from "../../../modules/stocktake"
import type StocktakeModuleService from "../../../modules/stocktake/service"
import type { StocktakeStatus } from "../../../modules/stocktake/types"

export const transitionStocktakeStepId = "stocktake-transition"

type Input = {
  stocktake_id: string
  from: StocktakeStatus
  to: StocktakeStatus
  set?: Record<string, unknown>
  /** Fields to clear again on compensation. */
  revert?: Record<string, unknown>
}

/** Moves a stocktake between two statuses (refused from any other); compensation moves it back. */
export const transitionStocktakeStep = createStep(
  transitionStocktakeStepId,
  async (input: Input, { container }) => {
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    await service.transitionStocktake(input)
    return new StepResponse(input.stocktake_id, input)
  },
  async (input: Input | undefined, { container }) => {
    if (!input) return
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    await service.transitionStocktake({
      stocktake_id: input.stocktake_id,
      from: input.to,
      to: input.from,
      set: input.revert,
    })
  }
)
