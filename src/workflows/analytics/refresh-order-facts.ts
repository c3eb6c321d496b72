import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshOrderFactsStep, type RefreshOrderFactsInput } from "./steps/refresh-order-facts"

export const refreshOrderFactsWorkflowId = "analytics-refresh-order-facts"

/**
 * Brings the analytics facts of some orders (by order id, by payment id, or
 * a page of orders by id for the backfill) up to their current state in
 * Medusa and re-aggregates every rollup they touch, in one transaction.
 * Idempotent: the same state twice changes no figure.
 *
 * Batch use (backfill, benchmark):
 *   refreshOrderFactsWorkflow(container).run({ input: { after: cursorOrNull, limit: 500 } })
 *   → result.cursor is the next `after` (null when there was nothing left).
 */
export const refreshOrderFactsWorkflow = createWorkflow(
  refreshOrderFactsWorkflowId,
  (input: RefreshOrderFactsInput) => new WorkflowResponse(refreshOrderFactsStep(input))
)
