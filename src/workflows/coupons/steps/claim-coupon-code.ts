import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../modules/loyalty-points/service"

export const claimCouponCodeStepId = "coupon-claim-code"

export type ClaimCouponCodeInput = {
  code: string
  cart_id: string
  customer_id: string | null
  email: string | null
  customer_group_ids: string[]
}

/** Claims a code for a cart; compensation gives the code back. */
export const claimCouponCodeStep = createStep(
  claimCouponCodeStepId,
  async (input: ClaimCouponCodeInput, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    const claim = await loyalty.claimCode(input)
    return new StepResponse(claim, { cart_id: input.cart_id, code: input.code })
  },
  async (compensation: { cart_id: string; code: string } | undefined, { container }) => {
    if (!compensation) return
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    await loyalty.releaseCartCodes(compensation)
  }
)

export const releaseCouponCodesStepId = "coupon-release-codes"

/** Takes a cart's code(s) back (no-op when none is applied). */
export const releaseCouponCodesStep = createStep(
  releaseCouponCodesStepId,
  async (input: { cart_id: string; code?: string }, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    return new StepResponse(await loyalty.releaseCartCodes(input))
  }
)
