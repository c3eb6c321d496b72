import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"

export const exchangePointsForCouponWorkflowId = "loyalty-exchange-points-for-coupon"

const exchangeStep = createStep(
  "loyalty-exchange-points",
  async (input: { customer_id: string; batch_id: string }, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    return new StepResponse(await loyalty.exchangePointsForCode(input))
  }
)

/** A customer spends points for a single-use code of a batch configured for exchange. */
export const exchangePointsForCouponWorkflow = createWorkflow(
  exchangePointsForCouponWorkflowId,
  (input: { customer_id: string; batch_id: string }) => new WorkflowResponse(exchangeStep(input))
)
