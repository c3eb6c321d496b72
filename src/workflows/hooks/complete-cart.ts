import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"

/**
 * Before the order is created: points applied to the cart must still be
 * covered by the balance (a reversal may have taken some since) and their
 * discount must still be on the cart.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
  const [reservation] = await loyalty.listLoyaltyReservations({ cart_id: cart.id, status: "active" })
  if (!reservation) return
  const [account] = await loyalty.listLoyaltyAccounts({ customer_id: reservation.customer_id })
  if (!account || account.points_available < reservation.points) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The ${reservation.points} points applied to this cart are no longer available: remove them and try again`
    )
  }
  const codes = ((cart as any).promotions ?? []).map((p: any) => p?.code)
  const adjusted = ((cart as any).items ?? []).some((item: any) =>
    (item?.adjustments ?? []).some((a: any) => a?.code === reservation.promotion_code)
  )
  if (codes.length && !codes.includes(reservation.promotion_code) && !adjusted) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "The points discount is no longer on this cart: remove the points and apply them again"
    )
  }
})

/**
 * The order exists: spend the held points exactly once (one redeem entry keyed
 * by the order). The hook is real but marked internal in Medusa's types.
 */
;(completeCartWorkflow.hooks as any).orderCreated(
  async ({ order_id, cart_id }: { order_id: string; cart_id: string }, { container }: any) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    await loyalty.consumeReservation({ cart_id, order_id })
  }
)
