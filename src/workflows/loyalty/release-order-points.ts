import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"

export const releaseOrderPointsWorkflowId = "loyalty-release-order-points"

const releaseStep = createStep("loyalty-release-order-lots", async (input: { order_id: string }, { container }) => {
  const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
  return new StepResponse(await loyalty.releasePendingLots({ order_id: input.order_id }))
})

/**
 * An order was fulfilled: its pending points become available now, without
 * waiting for the rule's pending days. Releasing twice releases nothing more.
 */
export const releaseOrderPointsWorkflow = createWorkflow(
  releaseOrderPointsWorkflowId,
  (input: { order_id: string }) => {
    return new WorkflowResponse(releaseStep(input))
  }
)
