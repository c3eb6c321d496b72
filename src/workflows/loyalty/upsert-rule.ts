import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"
import { upsertLoyaltyRuleStep } from "./steps/upsert-loyalty-rule"

export const upsertLoyaltyRuleWorkflowId = "loyalty-upsert-rule"

export type UpsertLoyaltyRuleInput = Record<string, unknown> & { id?: string; currency_code?: string }

const validateRuleStep = createStep("loyalty-validate-rule", async (input: UpsertLoyaltyRuleInput, { container }) => {
  const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
  if (input.id) {
    const [existing] = await loyalty.listLoyaltyRules({ id: input.id })
    if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Loyalty rule ${input.id} was not found`)
  }
  if (input.currency_code) {
    const [clash] = await loyalty.listLoyaltyRules({ currency_code: input.currency_code })
    if (clash && clash.id !== input.id) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A loyalty rule for ${input.currency_code.toUpperCase()} already exists (${clash.id})`
      )
    }
  }
  return new StepResponse(undefined)
})

/** Creates a rule for a currency, or updates one by id. One rule per currency. */
export const upsertLoyaltyRuleWorkflow = createWorkflow(
  upsertLoyaltyRuleWorkflowId,
  (input: UpsertLoyaltyRuleInput) => {
    validateRuleStep(input)
    return new WorkflowResponse(upsertLoyaltyRuleStep(input))
  }
)
