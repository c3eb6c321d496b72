import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionStocktakeStep } from "./steps/transition-stocktake"

export const cancelStocktakeWorkflowId = "stocktake-cancel"

/** Cancels a counting stocktake: its counts are kept for reference, no stock changes. */
export const cancelStocktakeWorkflow = createWorkflow(
  cancelStocktakeWorkflowId,
  (input: { stocktake_id: string; actor?: string | null }) => {
    const id = transitionStocktakeStep(
      transform({ input }, ({ input }) => ({
        stocktake_id: input.stocktake_id,
        from: "counting" as const,
        to: "canceled" as const,
        set: { canceled_at: new Date(), canceled_by: input.actor ?? null },
        revert: { canceled_at: null, canceled_by: null },
      }))
    )
    return new WorkflowResponse(id)
  }
)
