import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../modules/loyalty-points/service"
import { planRedemption, pointsPromotionCode } from "../../../modules/loyalty-points/utils/redemption"
import { assertCartAccess } from "../../utils/cart-access"

export const planRedemptionStepId = "loyalty-plan-redemption"

export type PlanRedemptionInput = {
  cart:
    | { id: string; customer_id: string | null; currency_code: string; total: number; completed_at: Date | null }
    | undefined
  customer_id: string
  points: number
}

/**
 * Checks that the cart belongs to the customer and is open, and turns the
 * points asked for into a discount under the currency's rule (minimum
 * redemption, maximum share of the order, currency precision).
 */
export const planRedemptionStep = createStep(
  planRedemptionStepId,
  async (input: PlanRedemptionInput, { container }) => {
    assertCartAccess(input.cart, input.customer_id, "owner")
    const cart = input.cart!
    if (cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cart is already completed")
    }
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    const [rule] = await loyalty.listLoyaltyRules({ currency_code: cart.currency_code, is_active: true })
    if (!rule) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Points cannot be redeemed in ${cart.currency_code.toUpperCase()}: no active loyalty rule`
      )
    }
    const plan = planRedemption({
      points: input.points,
      cartTotal: cart.total,
      currency_code: cart.currency_code,
      rule: rule as any,
    })
    return new StepResponse({
      cart_id: cart.id,
      customer_id: input.customer_id,
      currency_code: cart.currency_code,
      points: plan.points,
      amount: plan.amount,
      promotion_code: pointsPromotionCode(cart.id),
      max_amount: MathBN.convert(plan.max_amount).toNumber(),
    })
  }
)
