import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_POINTS_MODULE } from "../../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../../modules/loyalty-points/service"
import type { ReserveInput } from "../../../modules/loyalty-points/service"

export const reservePointsStepId = "loyalty-reserve-points"

/** Holds points for a cart; compensation releases them. */
export const reservePointsStep = createStep(
  reservePointsStepId,
  async (input: ReserveInput, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    const reservation = await loyalty.reservePoints(input)
    return new StepResponse(reservation, input.cart_id)
  },
  async (cartId: string | undefined, { container }) => {
    if (!cartId) return
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    await loyalty.releaseReservation({ cart_id: cartId, reason: "checkout step failed" })
  }
)

export const releaseReservationStepId = "loyalty-release-reservation"

/** Releases a cart's held points (no-op when none are held). */
export const releaseReservationStep = createStep(
  releaseReservationStepId,
  async (input: { cart_id: string; reason: string }, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    return new StepResponse(await loyalty.releaseReservation(input))
  }
)
