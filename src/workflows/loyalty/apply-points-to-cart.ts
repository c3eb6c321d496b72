import { PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPromotionsStep, updateCartPromotionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { cartFieldsForPromotionRefresh } from "../utils/cart-fields"
import { planRedemptionStep } from "./steps/plan-redemption"
import { reservePointsStep } from "./steps/reserve-points"

export const applyPointsToCartWorkflowId = "loyalty-apply-points-to-cart"

/**
 * A customer applies points to their cart: the points are held and a
 * single-use, customer-bound promotion worth their value is added to the cart,
 * so Medusa's promotion engine computes the discount, taxes and totals.
 * The points are spent when the order is placed (completeCartWorkflow hook).
 *
 * The cart is read once, with the fields Medusa's promotion refresh needs, and
 * handed to it: the refresh would otherwise read the whole cart graph again
 * (the larger part of this request's time).
 */
export const applyPointsToCartWorkflow = createWorkflow(
  applyPointsToCartWorkflowId,
  (input: { cart_id: string; customer_id: string; points: number }) => {
    const { data: cart } = useQueryGraphStep({
      entity: "cart",
      fields: [...cartFieldsForPromotionRefresh, "customer_id"],
      filters: { id: input.cart_id },
      options: { isList: false },
    })
    const plan = planRedemptionStep(
      transform({ cart, input }, ({ cart, input }) => ({
        cart: cart as any,
        customer_id: input.customer_id,
        points: input.points,
      }))
    )
    const promotions = createPromotionsStep(
      transform({ plan }, ({ plan }) => [
        {
          code: plan.promotion_code,
          type: "standard" as const,
          status: "active" as const,
          is_automatic: false,
          // The customer saves exactly the points' value, taxes included.
          is_tax_inclusive: true,
          limit: 1,
          application_method: {
            type: "fixed" as const,
            target_type: "order" as const,
            allocation: "across" as const,
            value: Number(plan.amount),
            currency_code: plan.currency_code,
          },
          rules: [{ attribute: "customer_id", operator: "eq" as const, values: [plan.customer_id] }],
          metadata: { loyalty_points: plan.points, cart_id: plan.cart_id },
        },
      ])
    )
    const reservation = reservePointsStep(
      transform({ plan, promotions }, ({ plan, promotions }) => ({
        cart_id: plan.cart_id,
        customer_id: plan.customer_id,
        points: plan.points,
        amount: plan.amount,
        currency_code: plan.currency_code,
        promotion_id: promotions[0].id,
        promotion_code: plan.promotion_code,
      }))
    )
    updateCartPromotionsWorkflow.runAsStep({
      input: transform({ plan, cart }, ({ plan, cart }) => ({
        cart: cart as any,
        promo_codes: [plan.promotion_code],
        action: PromotionActions.ADD,
        // A payment collection made before the points were applied must be
        // resized to the new total; without one there is nothing to refresh.
        force_refresh_payment_collection: Boolean((cart as any)?.payment_collection?.id),
      })),
    })
    return new WorkflowResponse(reservation)
  }
)
