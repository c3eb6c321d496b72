import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCKTAKE_MODULE } from "../../../modules/stocktake"
import type StocktakeModuleService from "../../../modules/stocktake/service"

export const setStocktakeAppliedDeltasStepId = "stocktake-set-applied-deltas"

type Input = { stocktake_id: string; deltas: { line_id: string; applied_delta: number }[] }

/** Records on each line what approval changed; compensation clears it. */
export const setStocktakeAppliedDeltasStep = createStep(
  setStocktakeAppliedDeltasStepId,
  async (input: Input, { container }) => {
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    await service.setAppliedDeltas(input)
    return new StepResponse(input.deltas.length, input)
  },
  async (input: Input | undefined, { container }) => {
    if (!input?.deltas?.length) return
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    await service.setAppliedDeltas({
      stocktake_id: input.stocktake_id,
      deltas: input.deltas.map((d) => ({ line_id: d.line_id, applied_delta: null })),
    })
  }
)
