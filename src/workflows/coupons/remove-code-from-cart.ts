import { PromotionActions } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { assertCartAccess } from "../utils/cart-access"
import { releaseCouponCodesStep } from "./steps/claim-coupon-code"

export const removeCouponCodeFromCartWorkflowId = "coupon-remove-code-from-cart"

const checkOwnerStep = createStep(
  "coupon-check-cart-owner",
  async (input: { cart: any; customer_id: string | null }) => {
    assertCartAccess(input.cart, input.customer_id, "guest-or-owner")
    return new StepResponse(input.cart.id as string)
  }
)

/** Takes a code off a cart: the code is released and its promotion removed from the cart. */
export const removeCouponCodeFromCartWorkflow = createWorkflow(
  removeCouponCodeFromCartWorkflowId,
  (input: { cart_id: string; code: string; customer_id: string | null }) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at"],
      filters: { id: input.cart_id },
    })
    checkOwnerStep(
      transform({ carts, input }, ({ carts, input }) => ({ cart: carts[0], customer_id: input.customer_id }))
    )
    const released = releaseCouponCodesStep(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, code: input.code }))
    )
    when({ released }, ({ released }) => released.length > 0).then(() => {
      updateCartPromotionsWorkflow.runAsStep({
        input: transform({ released, input }, ({ released, input }) => ({
          cart_id: input.cart_id,
          promo_codes: released.map((r) => r.promotion_code),
          action: PromotionActions.REMOVE,
          force_refresh_payment_collection: true,
        })),
      })
    })
    return new WorkflowResponse(released)
  }
)
