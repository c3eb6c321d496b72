import { MedusaError, Modules, PromotionActions } from "@medusajs/framework/utils"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import {
  isPointsPromotion,
  POINTS_CODE_PREFIX,
  pointsPromotionCode,
} from "../../modules/loyalty-points/utils/redemption"

/**
 * A points discount goes only on the cart it was made for: typing another
 * cart's points code into `POST /store/carts/:id/promotions` is refused with
 * a 400 at once (the completeCartWorkflow hook refuses it again at checkout).
 * Only codes shaped like a points code cost a lookup.
 */
updateCartPromotionsWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  if (input.action === PromotionActions.REMOVE) return
  const own = pointsPromotionCode(cart.id)
  const suspects = (input.promo_codes ?? []).filter(
    (code) => code.toUpperCase().startsWith(POINTS_CODE_PREFIX) && code.toUpperCase() !== own
  )
  if (!suspects.length) return
  const promotions = await container
    .resolve(Modules.PROMOTION)
    .listPromotions({ code: suspects }, { select: ["id", "code", "metadata"] })
  const foreign = promotions.find(isPointsPromotion)
  if (foreign) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The code ${foreign.code} is another cart's points discount: apply points to this cart instead`
    )
  }
})
