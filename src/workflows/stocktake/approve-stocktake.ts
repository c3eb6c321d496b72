import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep } from "@medusajs/medusa/core-flows"
import { beginStocktakeApprovalStep } from "./steps/begin-approval"
import { registerMovementCausesStep } from "../inventory/steps/register-movement-causes"
import { setStocktakeAppliedDeltasStep } from "./steps/set-applied-deltas"

export const approveStocktakeWorkflowId = "stocktake-approve"

export type ApproveStocktakeInput = {
  stocktake_id: string
  actor?: string | null
  /** "require" (default): every line must be counted. "ignore": uncounted lines are left unchanged. */
  uncounted?: "require" | "ignore"
}

/**
 * Approves a counted stocktake and corrects the stock.
 *
 * For each counted line the correction is `delta = counted − expected`, and
 * it is ADDED to the level's current stocked quantity (Medusa's
 * adjustInventoryLevelsStep, under its inventory lock) instead of setting
 * the stocked quantity to the count. Whatever moved while the count was
 * going on (a fulfilled order, a received return) was not on the shelf
 * when it was counted, nor in the expected snapshot, so it is kept, not
 * undone. Reserved units still on the shelf count as stock: count them.
 *
 * The ledger learns the reason from the movement cause registered for this
 * run's event group; approving twice is refused and changes nothing.
 */
export const approveStocktakeWorkflow = createWorkflow(approveStocktakeWorkflowId, (input: ApproveStocktakeInput) => {
  const claimed = beginStocktakeApprovalStep(
    transform({ input }, ({ input }) => ({
      stocktake_id: input.stocktake_id,
      actor: input.actor ?? null,
      ignore_uncounted: input.uncounted === "ignore",
    }))
  )
  const plan = transform({ claimed }, ({ claimed }) => {
    const deltas = claimed.lines.map((line) => ({
      line_id: line.id,
      inventory_item_id: line.inventory_item_id,
      applied_delta: line.counted_quantity - line.expected_quantity,
    }))
    return {
      deltas: deltas.map(({ line_id, applied_delta }) => ({ line_id, applied_delta })),
      adjustments: deltas
        .filter((d) => d.applied_delta !== 0)
        .map((d) => ({
          inventory_item_id: d.inventory_item_id,
          location_id: claimed.location_id,
          adjustment: d.applied_delta,
        })),
    }
  })
  registerMovementCausesStep(
    transform({ input, plan }, ({ input, plan }) => ({
      reason: "stocktake" as const,
      reference_type: "stocktake",
      reference_id: input.stocktake_id,
      actor: input.actor ?? null,
      levels: plan.adjustments.map((a) => ({ inventory_item_id: a.inventory_item_id, location_id: a.location_id })),
    }))
  )
  when({ plan }, ({ plan }) => plan.adjustments.length > 0).then(() => {
    adjustInventoryLevelsStep(transform({ plan }, ({ plan }) => plan.adjustments))
  })
  setStocktakeAppliedDeltasStep(
    transform({ input, plan }, ({ input, plan }) => ({ stocktake_id: input.stocktake_id, deltas: plan.deltas }))
  )
  return new WorkflowResponse(
    transform({ plan, claimed }, ({ plan, claimed }) => ({
      id: claimed.id,
      adjusted: plan.adjustments.length,
    }))
  )
})
