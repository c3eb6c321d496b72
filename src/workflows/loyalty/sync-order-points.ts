import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planOrderPostings } from "../../modules/loyalty-points/utils/plan"
import { loadOrderLoyaltyStateStep } from "./steps/load-order-loyalty-state"
import { postLoyaltyEntriesStep } from "./steps/post-loyalty-entries"

export const syncOrderPointsWorkflowId = "loyalty-sync-order-points"

/**
 * Brings an order's loyalty postings up to date with its payments: points
 * earned per captured payment, reversed in proportion to refunds, and reversed
 * in full when the order is canceled. Run on payment capture, refund and
 * order cancelation; running it again, or with events out of order, posts
 * nothing twice. A lock per order serializes the read-plan-post sequence, so
 * a cancelation and its refund handled at the same time cannot both reverse
 * the same points.
 */
export const syncOrderPointsWorkflow = createWorkflow(syncOrderPointsWorkflowId, (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => `loyalty:order:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const state = loadOrderLoyaltyStateStep(input)
  const entries = transform({ state }, ({ state }) => (state ? planOrderPostings(state) : []))
  const results = postLoyaltyEntriesStep({ entries })
  releaseLockStep({ key })
  return new WorkflowResponse(results)
})
