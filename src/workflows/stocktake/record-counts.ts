import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CountInput } from "../../modules/stocktake/types"
import { parseStocktakeCountsCsvStep } from "./steps/parse-counts-csv"
import { recordStocktakeCountsStep } from "./steps/record-counts"

export const recordStocktakeCountsWorkflowId = "stocktake-record-counts"

export type RecordStocktakeCountsInput = {
  stocktake_id: string
  actor?: string | null
} & ({ counts: CountInput[]; csv?: never } | { csv: string; counts?: never })

/**
 * Records counts on a counting stocktake, from a list or a CSV count sheet.
 * All or nothing: every row is parsed, matched and checked first; any
 * problem is a 400 listing every bad line, and no count is written.
 * A line counted again is overwritten (recounts are normal).
 */
export const recordStocktakeCountsWorkflow = createWorkflow(
  recordStocktakeCountsWorkflowId,
  (input: RecordStocktakeCountsInput) => {
    const parsed = when({ input }, ({ input }) => typeof input.csv === "string").then(() =>
      parseStocktakeCountsCsvStep(transform({ input }, ({ input }) => ({ csv: input.csv as string })))
    )
    const result = recordStocktakeCountsStep(
      transform({ input, parsed }, ({ input, parsed }) => ({
        stocktake_id: input.stocktake_id,
        actor: input.actor ?? null,
        counts: parsed ? parsed.rows : (input.counts ?? []),
        problems: parsed ? parsed.errors : [],
      }))
    )
    return new WorkflowResponse(result)
  }
)
