import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { applyCouponCodeToCartWorkflow } from "../../../../../workflows/coupons/apply-code-to-cart"
import type { StoreApplyCouponCodeType } from "../../validators"

/** POST /store/carts/:id/coupons { code } — apply a unique coupon code (guests and customers). */
export async function POST(req: AuthenticatedMedusaRequest<StoreApplyCouponCodeType>, res: MedusaResponse) {
  const { result } = await applyCouponCodeToCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, code: req.validatedBody.code, customer_id: req.auth_context?.actor_id ?? null },
  })
  res.json({
    coupon: { cart_id: req.params.id, code: req.validatedBody.code.trim().toUpperCase(), batch_id: result.batch_id },
  })
}
