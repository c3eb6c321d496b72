import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"

export const resumeCouponGenerationWorkflowId = "coupon-resume-generation"

const resumeStep = createStep("coupon-resume-generation", async (_: Record<string, never>, { container }) => {
  const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
  // Untouched for 2 minutes: its generator is gone (a live one updates the batch per chunk).
  const stalled = await loyalty.listCouponBatches({
    status: "generating",
    updated_at: { $lt: new Date(Date.now() - 2 * 60_000) },
  })
  for (const batch of stalled) await loyalty.generateCodes(batch.id)
  return new StepResponse(stalled.length)
})

/** Completes interrupted code generation (generation tops up only what is missing, under a row lock per chunk). */
export const resumeCouponGenerationWorkflow = createWorkflow(
  resumeCouponGenerationWorkflowId,
  (input: Record<string, never>) => {
    return new WorkflowResponse(resumeStep(input))
  }
)
