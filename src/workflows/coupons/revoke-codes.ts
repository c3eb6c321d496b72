import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"

export const revokeCouponCodesWorkflowId = "coupon-revoke-codes"

const revokeStep = createStep(
  "coupon-revoke-codes",
  async (input: { batch_id: string; code_ids?: string[]; all_unused?: boolean }, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    await loyalty.retrieveCouponBatch(input.batch_id)
    return new StepResponse(await loyalty.revokeCodes(input))
  }
)

/** Revokes unused codes (listed ones, or all unused) of a batch. Applied and redeemed codes are kept. */
export const revokeCouponCodesWorkflow = createWorkflow(
  revokeCouponCodesWorkflowId,
  (input: { batch_id: string; code_ids?: string[]; all_unused?: boolean }) => new WorkflowResponse(revokeStep(input))
)
