import { MedusaError, PromotionActions } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { assertCartAccess } from "../utils/cart-access"
import { claimCouponCodeStep } from "./steps/claim-coupon-code"

export const applyCouponCodeToCartWorkflowId = "coupon-apply-code-to-cart"

const checkCartStep = createStep("coupon-check-cart", async (input: { cart: any; customer_id: string | null }) => {
  const cart = input.cart
  assertCartAccess(cart, input.customer_id, "guest-or-owner")
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The cart is already completed")
  return new StepResponse({
    cart_id: cart.id as string,
    customer_id: (cart.customer_id ?? null) as string | null,
    email: (cart.email ?? null) as string | null,
    customer_group_ids: ((cart.customer?.groups ?? []) as any[]).map((g) => g.id as string),
  })
})

/**
 * Applies one code of a coupon batch to a cart: the code is claimed for this
 * cart (single-use codes by one cart only), then the batch's promotion is
 * added to the cart so Medusa computes the discount.
 */
export const applyCouponCodeToCartWorkflow = createWorkflow(
  applyCouponCodeToCartWorkflowId,
  (input: { cart_id: string; code: string; customer_id: string | null }) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "customer_id", "email", "completed_at", "customer.groups.id"],
      filters: { id: input.cart_id },
    })
    const cart = checkCartStep(
      transform({ carts, input }, ({ carts, input }) => ({ cart: carts[0], customer_id: input.customer_id }))
    )
    const claim = claimCouponCodeStep(transform({ cart, input }, ({ cart, input }) => ({ ...cart, code: input.code })))
    updateCartPromotionsWorkflow.runAsStep({
      input: transform({ cart, claim }, ({ cart, claim }) => ({
        cart_id: cart.cart_id,
        promo_codes: [claim.promotion_code],
        action: PromotionActions.ADD,
        force_refresh_payment_collection: true,
      })),
    })
    return new WorkflowResponse(claim)
  }
)
