import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../modules/loyalty-points/service"

export const upsertLoyaltyRuleStepId = "loyalty-upsert-rule"

type RuleInput = Record<string, unknown> & { id?: string }
type Compensation = { created_id?: string; previous?: Record<string, unknown> }

/** Creates or updates one rule; compensation restores the previous values or deletes the new rule. */
export const upsertLoyaltyRuleStep = createStep(
  upsertLoyaltyRuleStepId,
  async (input: RuleInput, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    if (input.id) {
      const previous = await loyalty.retrieveLoyaltyRule(input.id)
      const rule = await loyalty.updateLoyaltyRules(input as any)
      return new StepResponse<typeof rule, Compensation>(rule, { previous })
    }
    const rule = await loyalty.createLoyaltyRules(input as any)
    return new StepResponse<typeof rule, Compensation>(rule, { created_id: rule.id })
  },
  async (compensation: Compensation | undefined, { container }) => {
    if (!compensation) return
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    if (compensation.created_id) {
      await loyalty.deleteLoyaltyRules(compensation.created_id)
    } else if (compensation.previous) {
      const { created_at: _c, updated_at: _u, deleted_at: _d, ...previous } = compensation.previous as any
      await loyalty.updateLoyaltyRules(previous)
    }
  }
)
