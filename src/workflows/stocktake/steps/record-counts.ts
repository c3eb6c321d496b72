import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCKTAKE_MODULE } from "../../../modules/stocktake"
import type StocktakeModuleService from "../../../modules/stocktake/service"
import type { PreviousCount } from "../../../modules/stocktake/service"
import type { CountInput, CountProblem } from "../../../modules/stocktake/types"

export const recordStocktakeCountsStepId = "stocktake-record-counts"

export type RecordStocktakeCountsStepInput = {
  stocktake_id: string
  counts: CountInput[]
  /** Problems found before matching (CSV parsing), reported together with the matching ones. */
  problems?: CountProblem[]
  actor?: string | null
}

type Compensation = { stocktake_id: string; previous: PreviousCount[] }

/** Writes the counts, all or none; compensation puts the previous counts back. */
export const recordStocktakeCountsStep = createStep(
  recordStocktakeCountsStepId,
  async (input: RecordStocktakeCountsStepInput, { container }) => {
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    const { updated, previous } = await service.recordCounts(input)
    return new StepResponse<{ updated: number }, Compensation>(
      { updated },
      { stocktake_id: input.stocktake_id, previous }
    )
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation?.previous?.length) return
    const service: StocktakeModuleService = container.resolve(STOCKTAKE_MODULE)
    await service.restoreCounts(compensation)
  }
)
