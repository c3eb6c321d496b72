import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyPointsToCartWorkflow } from "../../../../../workflows/loyalty/apply-points-to-cart"
import { removePointsFromCartWorkflow } from "../../../../../workflows/loyalty/remove-points-from-cart"
import type { StoreApplyLoyaltyPointsType } from "../../validators"

/**
 * POST /store/carts/:id/loyalty-points { points } — apply points to the
 * logged-in customer's own cart. Responds with the held points and their value.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreApplyLoyaltyPointsType>, res: MedusaResponse) {
  const { result } = await applyPointsToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, points: req.validatedBody.points },
  })
  res.json({ loyalty_points: { cart_id: req.params.id, ...result } })
}

/** DELETE /store/carts/:id/loyalty-points — take the points off the cart and release them. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removePointsFromCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, customer_id: req.auth_context.actor_id, reason: "removed by customer" },
  })
  res.json({ id: result!.id, object: "loyalty_reservation", deleted: true })
}
