import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { LOYALTY_POINTS_MODULE } from "../../modules/loyalty-points"
import type LoyaltyPointsModuleService from "../../modules/loyalty-points/service"
import { isPointsPromotion } from "../../modules/loyalty-points/utils/redemption"

/**
 * Before the order is created:
 * - points applied to the cart must still be covered by the balance (a
 *   reversal or an adjustment may have taken some since) and their discount
 *   must still be on the cart;
 * - a points discount is valid only on the cart it was made for, while that
 *   cart holds the points. Its promotion's usage limit of 1 alone would let
 *   another of the customer's carts spend it first, with the points still
 *   held (and later released) on the cart they were applied to;
 * - every coupon-batch promotion on the cart needs a valid code of its batch
 *   claimed by this cart.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [
    {
      data: [withPromotions],
    },
    [reservation],
  ] = await Promise.all([
    query.graph({
      entity: "cart",
      fields: ["id", "promotions.id", "promotions.code", "promotions.metadata"],
      filters: { id: cart.id },
    }),
    loyalty.listLoyaltyReservations({ cart_id: cart.id, status: "active" }),
  ])
  const promotions = ((withPromotions as any)?.promotions ?? []).filter(Boolean) as {
    id: string
    code: string
    metadata: Record<string, unknown> | null
  }[]

  for (const promotion of promotions.filter(isPointsPromotion)) {
    if (promotion.metadata!.cart_id !== cart.id || reservation?.promotion_code !== promotion.code) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The points discount ${promotion.code} does not belong to this cart's points: remove it and apply points to this cart instead`
      )
    }
  }

  if (reservation) {
    const [account] = await loyalty.listLoyaltyAccounts({ customer_id: reservation.customer_id })
    if (!account || account.points_available < reservation.points) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The ${reservation.points} points applied to this cart are no longer available: remove them and try again`
      )
    }
    if (!promotions.some((p) => p.code === reservation.promotion_code)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The points discount is no longer on this cart: remove the points and apply them again"
      )
    }
  }

  await loyalty.assertCartCodes({ cart_id: cart.id, promotion_ids: promotions.map((p) => p.id) })
})

/**
 * The order exists: spend the held points exactly once (one redeem entry
 * keyed by the order) and mark the cart's coupon codes redeemed by it.
 * The hook is real but marked internal in Medusa's types.
 */
;(completeCartWorkflow.hooks as any).orderCreated(
  async ({ order_id, cart_id }: { order_id: string; cart_id: string }, { container }: any) => {
    const loyalty: LoyaltyPointsModuleService = container.resolve(LOYALTY_POINTS_MODULE)
    // Independent writes (the ledger, the coupon codes): side by side.
    await Promise.all([
      loyalty.consumeReservation({ cart_id, order_id }),
      loyalty.redeemCartCodes({ cart_id, order_id }),
    ])
  }
)
