import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { removeCouponCodeFromCartWorkflow } from "../../../../../../workflows/coupons/remove-code-from-cart"

/** DELETE /store/carts/:id/coupons/:code — take a code off the cart. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await removeCouponCodeFromCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, code: req.params.code, customer_id: req.auth_context?.actor_id ?? null },
  })
  if (!result.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This code is not applied to the cart")
  res.json({ id: req.params.code.toUpperCase(), object: "coupon_code", deleted: true })
}
