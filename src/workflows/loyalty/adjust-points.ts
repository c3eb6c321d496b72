import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { postLoyaltyEntriesStep } from "./steps/post-loyalty-entries"

export const adjustPointsWorkflowId = "loyalty-adjust-points"

export type AdjustPointsInput = {
  customer_id: string
  points: number
  reason: string
  actor: string
  /** Caller-chosen key: the same adjustment submitted twice is posted once. */
  idempotency_key: string
  currency_code?: string | null
}

/**
 * A merchant's manual adjustment, with a required reason and the admin as
 * actor. A debit larger than the balance is refused rather than made debt.
 */
export const adjustPointsWorkflow = createWorkflow(adjustPointsWorkflowId, (input: AdjustPointsInput) => {
  const entries = transform({ input }, ({ input }) => [
    {
      customer_id: input.customer_id,
      kind: "adjust" as const,
      points: input.points,
      source: "admin",
      source_id: input.idempotency_key,
      actor: input.actor,
      reason: input.reason,
      currency_code: input.currency_code ?? null,
    },
  ])
  const results = postLoyaltyEntriesStep({ entries })
  return new WorkflowResponse(transform({ results }, ({ results }) => results[0]))
})
