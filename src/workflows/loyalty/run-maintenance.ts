import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"
import { removePointsFromCartWorkflow } from "./remove-points-from-cart"

export const runLoyaltyMaintenanceWorkflowId = "loyalty-run-maintenance"

export type LoyaltyMaintenanceInput = {
  now?: Date
  /** Points held by a cart untouched for this long are released (default 24 h). */
  reservation_ttl_hours?: number
}

const releaseDuePendingStep = createStep(
  "loyalty-release-due-pending",
  async (input: { now: Date | string }, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    return new StepResponse(await loyalty.releasePendingLots({ before: new Date(input.now) }))
  }
)

const expireLotsStep = createStep("loyalty-expire-lots", async (input: { now: Date | string }, { container }) => {
  const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
  return new StepResponse(await loyalty.expireLots(new Date(input.now)))
})

const releaseAbandonedStep = createStep(
  "loyalty-release-abandoned-reservations",
  async (input: { now: Date | string; ttl_hours: number }, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const stale = await loyalty.listLoyaltyReservations(
      { status: "active", updated_at: { $lt: new Date(new Date(input.now).getTime() - input.ttl_hours * 3_600_000) } },
      { select: ["cart_id"], take: 500 }
    )
    let released = 0
    for (const { cart_id } of stale) {
      try {
        await removePointsFromCartWorkflow(container).run({
          input: { cart_id, customer_id: null, reason: "cart abandoned", require: false },
        })
        released++
      } catch (error) {
        logger.warn(`loyalty: could not release the points held by cart ${cart_id}: ${(error as Error).message}`)
      }
    }
    return new StepResponse(released)
  }
)

const cleanUpRedemptionPromotionsStep = createStep(
  "loyalty-clean-up-redemption-promotions",
  async (input: { now: Date | string }, { container }) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    // An hour after the order was placed (or the points released), the
    // single-use promotion has done its work: remove it.
    const done = await loyalty.listLoyaltyReservations(
      {
        status: ["consumed", "released"],
        promotion_id: { $ne: null },
        updated_at: { $lt: new Date(new Date(input.now).getTime() - 3_600_000) },
      },
      { select: ["id", "promotion_id"], take: 1000 }
    )
    if (!done.length) return new StepResponse(0)
    await container.resolve(Modules.PROMOTION).softDeletePromotions(done.map((r) => r.promotion_id!))
    await loyalty.updateLoyaltyReservations(done.map((r) => ({ id: r.id, promotion_id: null })))
    return new StepResponse(done.length)
  }
)

/**
 * The loyalty program's housekeeping, safe to run twice or overlapping:
 * pending points whose date has come become available, lots past their
 * expiry expire (one entry per lot), abandoned carts release their points,
 * and the single-use promotions of finished redemptions are removed.
 */
export const runLoyaltyMaintenanceWorkflow = createWorkflow(
  runLoyaltyMaintenanceWorkflowId,
  (input: LoyaltyMaintenanceInput) => {
    const params = transform({ input }, ({ input }) => ({
      now: input.now ? new Date(input.now) : new Date(),
      ttl_hours: input.reservation_ttl_hours ?? 24,
    }))
    const released_pending = releaseDuePendingStep(params)
    const expired = expireLotsStep(params)
    const released_reservations = releaseAbandonedStep(params)
    const cleaned_promotions = cleanUpRedemptionPromotionsStep(params)
    return new WorkflowResponse({ released_pending, expired, released_reservations, cleaned_promotions })
  }
)
