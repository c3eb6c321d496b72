import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"

export const deleteLoyaltyRuleWorkflowId = "loyalty-delete-rule"

const softDeleteRuleStep = createStep(
  "loyalty-soft-delete-rule",
  async (input: { id: string }, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    await loyalty.retrieveLoyaltyRule(input.id)
    await loyalty.softDeleteLoyaltyRules(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    await loyalty.restoreLoyaltyRules(id)
  }
)

/** Removes a currency's rule: its customers stop earning; balances and ledger stay. */
export const deleteLoyaltyRuleWorkflow = createWorkflow(deleteLoyaltyRuleWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(softDeleteRuleStep(input))
})
