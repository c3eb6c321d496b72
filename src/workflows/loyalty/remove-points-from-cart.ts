import { MedusaError, PromotionActions } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deletePromotionsStep, updateCartPromotionsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"
import { assertCartAccess } from "../utils/cart-access"
import { releaseReservationStep } from "./steps/reserve-points"

export const removePointsFromCartWorkflowId = "loyalty-remove-points-from-cart"

const findReservationStep = createStep(
  "loyalty-find-cart-reservation",
  async (input: { cart: any; customer_id: string | null; cart_id: string; require: boolean }, { container }) => {
    // customer_id null: the system (abandoned-cart job) acts on any cart.
    if (input.customer_id) assertCartAccess(input.cart, input.customer_id, "owner")
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    const [reservation] = await loyalty.listLoyaltyReservations({ cart_id: input.cart_id, status: "active" })
    if (!reservation && input.require) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "No points are applied to this cart")
    }
    return new StepResponse(
      reservation ? { ...reservation, cart_open: Boolean(input.cart && !input.cart.completed_at) } : null
    )
  }
)

/**
 * Takes applied points off a cart: the discount is removed from the cart, its
 * promotion deleted, and the points released. Used by the customer (DELETE
 * route) and by the abandoned-cart job.
 */
export const removePointsFromCartWorkflow = createWorkflow(
  removePointsFromCartWorkflowId,
  (input: { cart_id: string; customer_id: string | null; reason: string; require?: boolean }) => {
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at"],
      filters: { id: input.cart_id },
    })
    const reservation = findReservationStep(
      transform({ carts, input }, ({ carts, input }) => ({
        cart: carts[0],
        customer_id: input.customer_id,
        cart_id: input.cart_id,
        require: input.require ?? true,
      }))
    )
    when({ reservation }, ({ reservation }) => Boolean(reservation?.cart_open)).then(() => {
      updateCartPromotionsWorkflow.runAsStep({
        input: transform({ reservation }, ({ reservation }) => ({
          cart_id: reservation!.cart_id,
          promo_codes: [reservation!.promotion_code],
          action: PromotionActions.REMOVE,
          force_refresh_payment_collection: true,
        })),
      })
    })
    when({ reservation }, ({ reservation }) => Boolean(reservation?.promotion_id)).then(() => {
      deletePromotionsStep(transform({ reservation }, ({ reservation }) => [reservation!.promotion_id!]))
    })
    const released = releaseReservationStep(
      transform({ input }, ({ input }) => ({ cart_id: input.cart_id, reason: input.reason }))
    )
    return new WorkflowResponse(released)
  }
)
