import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseCountsCsv } from "../../../modules/stocktake/utils/csv"

export const parseStocktakeCountsCsvStepId = "stocktake-parse-counts-csv"

/** Parses a count sheet into counts and problems (with line numbers); writes nothing. */
export const parseStocktakeCountsCsvStep = createStep(parseStocktakeCountsCsvStepId, async (input: { csv: string }) => {
  return new StepResponse(parseCountsCsv(input.csv))
})
